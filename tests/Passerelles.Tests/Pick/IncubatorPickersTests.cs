using System.Net;
using Microsoft.EntityFrameworkCore;
using Passerelles.Tests.Coaching;
using Passerelles.Tests.Directory;
using Passerelles.Tests.Organisations;
using Passerelles.Tests.People;
using Passerelles.Tests.Projects;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Tests.Pick;

/// <summary>The fields that accept an incubator (an application, a new programme) suggest incubators only, found by
/// name, never listed whole; the server refuses any other organisation next to the field and stores nothing.</summary>
public sealed class IncubatorPickersTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task An_incubator_field_suggests_incubators_only()
    {
        var tag = DirectoryTesting.Tag();
        var incubator = await app.PublicOrganisationAsync($"Incubateur {tag}");
        await CooperativeAsync($"Coopérative {tag}");
        var outsider = await app.SignedInOutsiderAsync();

        var page = await HtmlPage.GetAsync(outsider, $"/pick/organisations?pick.Input.IncubatorId={tag}&only=Incubators");
        var any = await HtmlPage.GetAsync(outsider, $"/pick/organisations?pick.Input.IncubatorId={tag}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal([incubator.Id.ToString()], Choices(page));
        Assert.Equal(2, Choices(any).Count);
    }

    [Fact]
    public async Task A_visitor_finds_the_incubator_to_apply_to_by_a_search_step_without_javascript()
    {
        var tag = DirectoryTesting.Tag();
        var incubator = await app.PublicOrganisationAsync($"Incubateur {tag}", Side.France);
        await CooperativeAsync($"Coopérative {tag}");
        var visitor = app.VisitorClient();
        var form = await HtmlPage.GetAsync(visitor, "/projects/apply");
        var name = $"Projet {tag}";

        var search = await HtmlPage.FromAsync(await form.SubmitAsync(visitor, "main form", new Dictionary<string, string>
        {
            ["Input.Name"] = name, ["pick"] = "Input.IncubatorId", ["pick.Input.IncubatorId"] = tag,
        }));

        Assert.Equal(HttpStatusCode.OK, search.Status);
        Assert.Equal([incubator.Id.ToString()], Choices(search));
        Assert.Equal(name, search.Document.QuerySelector("input[name='Input.Name']")!.GetAttribute("value"));
        Assert.Null(search.FieldError("Input.Name"));
        Assert.Null(search.Document.QuerySelector("input[name='pick.Input.IncubatorId'][data-hx-get]"));
        Assert.False(await app.WithDbAsync(db => db.Projects.AnyAsync(p => p.Name == name)));
    }

    [Fact]
    public async Task A_staff_member_is_offered_only_the_incubators_they_staff_for_a_new_programme()
    {
        var tag = DirectoryTesting.Tag();
        var own = await app.PublicOrganisationAsync($"Incubateur A {tag}");
        await app.PublicOrganisationAsync($"Incubateur B {tag}");
        var coach = await CoachingTesting.PersonAsync(app, own.Id, MemberRole.Coach);

        var page = await HtmlPage.GetAsync(coach.Client, $"/pick/organisations?pick.Input.IncubatorId={tag}&only=StaffedIncubators");
        var administrator = await HtmlPage.GetAsync(await app.AdministratorClientAsync(), $"/pick/organisations?pick.Input.IncubatorId={tag}&only=StaffedIncubators");

        Assert.Equal([own.Id.ToString()], Choices(page));
        Assert.Equal(2, Choices(administrator).Count);
    }

    [Fact]
    public async Task A_programme_for_an_incubator_the_person_does_not_staff_is_refused_next_to_the_field()
    {
        var own = await app.CreateOrganisationAsync();
        var other = await app.PublicOrganisationAsync($"Incubateur {DirectoryTesting.Tag()}");
        var coach = await CoachingTesting.PersonAsync(app, own.Id, MemberRole.Coach);
        var form = await HtmlPage.GetAsync(coach.Client, "/programmes/new");
        var name = $"Parcours {DirectoryTesting.Tag()}";

        var refused = await HtmlPage.FromAsync(await form.SubmitAsync(coach.Client, "main form", new Dictionary<string, string>
        {
            ["Input.IncubatorId"] = other.Id.ToString(), ["Input.Name"] = name,
        }));

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Equal("You are not on the staff of this incubator.", refused.FieldError("Input.IncubatorId"));
        Assert.False(await app.WithDbAsync(db => db.Programmes.AnyAsync(p => p.Name == name)));
    }

    private Task CooperativeAsync(string name) => app.WithDbAsync(async db =>
    {
        db.Organisations.Add(new Organisation
        {
            Name = name, Kind = OrganisationKind.Cooperative, Side = Side.Quebec, CountryCode = "CA", Region = "Lanaudière",
            DefaultCulture = "fr-CA", TimeZoneId = "America/Toronto", IsPublic = true,
        });
        await db.SaveChangesAsync();
    });

    private static List<string> Choices(HtmlPage page) =>
        page.Document.QuerySelectorAll("input[type='radio'][name='Input.IncubatorId']").Select(i => i.GetAttribute("value")!).ToList();
}
