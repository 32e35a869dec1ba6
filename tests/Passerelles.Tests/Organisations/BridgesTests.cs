using System.Net;
using Passerelles.Tests.Bridges;
using Passerelles.Web.Features.Bridges;
using Passerelles.Web.Features.Organisations;
using static Passerelles.Tests.Organisations.OrganisationsTesting;

namespace Passerelles.Tests.Organisations;

public sealed class BridgesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static IReadOnlyList<string> BridgeCounterparts(HtmlPage page) =>
        page.Texts("table.organisation-bridges tbody td:first-child a");

    [Fact]
    public async Task The_organisation_page_lists_its_bridges_both_ways_and_offers_its_staff_to_record_one_from_it()
    {
        var espace = await app.CreatePublicOrganisationAsync("Espace", Side.Quebec);
        var tube = await app.CreatePublicOrganisationAsync("Tube", Side.France);
        var cereso = await app.CreatePublicOrganisationAsync("CERESO", Side.Quebec);
        var unrelated = await app.CreatePublicOrganisationAsync("Ailleurs", Side.France);
        await app.CreateBridgeAsync(espace.Id, tube.Id, BridgeKind.DelegationVisit);
        await app.CreateBridgeAsync(cereso.Id, espace.Id, BridgeKind.Membership);
        await app.CreateBridgeAsync(tube.Id, unrelated.Id);
        var email = $"{Guid.NewGuid():N}@test.passerelles.org";
        var user = await app.CreateUserAsync(email, culture: "en");
        await app.AddMemberAsync(espace.Id, user.Id, MemberRole.Coach);
        var coach = await app.SignedInClientAsync(email);

        var page = await HtmlPage.GetAsync(coach, $"/organisations/{espace.Id}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal([cereso.Name, tube.Name], BridgeCounterparts(page).Order(StringComparer.Ordinal));
        Assert.Contains("Delegation visit", page.Text("table.organisation-bridges"));
        var record = page.Document.QuerySelector($"a[href='/bridges/new?from={espace.Id}']");
        Assert.NotNull(record);
        var form = await HtmlPage.GetAsync(coach, record.GetAttribute("href")!);
        Assert.Equal(espace.Id.ToString(), form.Document.QuerySelector("input[name='Input.FromOrganisationId'][checked]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Someone_outside_the_organisation_sees_only_the_bridges_they_may_see_and_cannot_record_one()
    {
        var espace = await app.CreatePublicOrganisationAsync("Espace", Side.Quebec);
        var tube = await app.CreatePublicOrganisationAsync("Tube", Side.France);
        var secret = await app.CreateOrganisationAsync(Unique("Discrète"), Side.France);
        await app.CreateBridgeAsync(espace.Id, tube.Id);
        await app.CreateBridgeAsync(espace.Id, secret.Id);
        var outsider = await app.SignedInOutsiderAsync();
        var network = await app.AdministratorClientAsync();

        var seenByOutsider = await HtmlPage.GetAsync(outsider, $"/organisations/{espace.Id}");
        var seenByNetwork = await HtmlPage.GetAsync(network, $"/organisations/{espace.Id}");

        Assert.Equal([tube.Name], BridgeCounterparts(seenByOutsider));
        Assert.Null(seenByOutsider.Document.QuerySelector("a[href^='/bridges/new']"));
        Assert.Equal(2, BridgeCounterparts(seenByNetwork).Count);
        Assert.NotNull(seenByNetwork.Document.QuerySelector($"a[href='/bridges/new?from={espace.Id}']"));
    }

    [Fact]
    public async Task An_organisation_without_bridges_says_so()
    {
        var alone = await app.CreatePublicOrganisationAsync("Seule", Side.Quebec);
        var email = $"{Guid.NewGuid():N}@test.passerelles.org";
        await app.CreateUserAsync(email, culture: "en");
        var outsider = await app.SignedInClientAsync(email);

        var page = await HtmlPage.GetAsync(outsider, $"/organisations/{alone.Id}");

        Assert.Equal("No bridge yet.", page.Text("#bridges-heading + p"));
        Assert.Null(page.Document.QuerySelector("table.organisation-bridges"));
    }
}
