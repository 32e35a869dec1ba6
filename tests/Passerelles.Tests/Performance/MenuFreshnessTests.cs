using Passerelles.Tests.Coaching;
using Passerelles.Web.Features.Circles;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Tests.Performance;

/// <summary>The menu and the home page read the person's memberships once per request and keep nothing across requests:
/// a change shows on the very next page.</summary>
public sealed class MenuFreshnessTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static async Task<IReadOnlyList<string>> MenuAsync(HttpClient client) =>
        (await HtmlPage.GetAsync(client, "/")).Texts("nav.main-nav a");

    [Fact]
    public async Task A_guest_added_to_a_circle_finds_circles_in_the_menu_on_the_next_request()
    {
        var partner = await app.CreateOrganisationAsync(side: Side.France);
        var guest = await app.PersonAsync(partner.Id, MemberRole.PartnerGuest, "Maïté Lasserre");
        Assert.Equal(["Home", "Directory", "Bridges", "Mobility"], await MenuAsync(guest.Client));

        await app.WithDbAsync(async db =>
        {
            var circle = new Circle { Name = "Cercle des partenaires", Purpose = "Partager nos pratiques." };
            circle.AddMember(guest.User.Id, Side.France);
            db.Circles.Add(circle);
            await db.SaveChangesAsync();
        });

        Assert.Equal(["Home", "Directory", "Circles", "Bridges", "Mobility"], await MenuAsync(guest.Client));
    }

    [Fact]
    public async Task A_person_made_coach_gets_the_staff_menu_and_their_organisation_on_the_next_request()
    {
        var incubator = await app.CreateOrganisationAsync("Incubateur des Moulins");
        var person = await app.PersonAsync(name: "Julie Tremblay");
        Assert.Equal(["Home", "Directory", "Bridges", "Mobility"], await MenuAsync(person.Client));

        await app.AddMemberAsync(incubator.Id, person.User.Id, MemberRole.Coach);

        var home = await HtmlPage.GetAsync(person.Client, "/");
        Assert.Equal(["Home", "Organisations", "Directory", "Projects", "Circles", "Bridges", "Agreements", "Missions", "Mobility", "Grids", "People", "Events", "Indicators"], home.Texts("nav.main-nav a"));
        Assert.Contains("Incubateur des Moulins", home.Texts("#memberships-heading + ul a"));
    }
}
