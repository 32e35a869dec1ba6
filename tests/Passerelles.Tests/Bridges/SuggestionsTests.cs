using System.Net;
using Microsoft.EntityFrameworkCore;
using Passerelles.Web.Features.Bridges;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Tests.Bridges;

public sealed class SuggestionsTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_coordinator_proposes_an_introduction_then_moves_it_forward_and_each_move_is_stamped()
    {
        var espace = await app.CreatePublicOrganisationAsync("Espace", Side.Quebec);
        var tube = await app.CreatePublicOrganisationAsync("Tube", Side.France);
        var email = $"{Guid.NewGuid():N}@test.passerelles.org";
        var coordinator = await app.CreateUserAsync(email);
        await app.AddMemberAsync(espace.Id, coordinator.Id, MemberRole.OrganisationAdministrator);
        var client = await app.SignedInClientAsync(email);

        var page = await HtmlPage.GetAsync(client, $"/bridges/suggestions?organisation={espace.Id}");
        Assert.Contains("même type\u00A0: Incubateur", WebUtility.HtmlDecode(page.Html));
        var proposed = await page.SubmitAsync(client, $"form[action*='candidate={tube.Id}']");
        Assert.Equal(HttpStatusCode.Redirect, proposed.StatusCode);

        var bridge = await app.WithDbAsync(db => db.Bridges.AsNoTracking().SingleAsync(b => b.FromOrganisationId == espace.Id));
        Assert.Equal((BridgeKind.Counterpart, BridgeStatus.Proposed, tube.Id), (bridge.Kind, bridge.Status, bridge.ToOrganisationId));

        app.Clock.Advance(TimeSpan.FromMinutes(5));
        var status = await HtmlPage.GetAsync(client, $"/bridges/{bridge.Id}/status");
        Assert.True(status.Status == HttpStatusCode.OK, $"{status.Status} {status.Response.Headers.Location}");
        var moved = await status.SubmitAsync(client, "main form", new Dictionary<string, string> { ["to"] = "Introduced" });
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);

        var after = await app.WithDbAsync(db => db.Bridges.AsNoTracking().SingleAsync(b => b.Id == bridge.Id));
        Assert.Equal(BridgeStatus.Introduced, after.Status);
        Assert.Equal(coordinator.Id, after.UpdatedBy);
        Assert.True(after.UpdatedAt > bridge.CreatedAt);
        Assert.Equal(2, after.Version);

        var back = await (await HtmlPage.GetAsync(client, $"/bridges/{bridge.Id}/status"))
            .SubmitAsync(client, "main form", new Dictionary<string, string> { ["to"] = "Proposed" });
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
        Assert.Equal(BridgeStatus.Introduced, (await app.WithDbAsync(db => db.Bridges.AsNoTracking().SingleAsync(b => b.Id == bridge.Id))).Status);
    }

    [Fact]
    public async Task Someone_without_a_staff_role_sees_suggestions_but_cannot_propose()
    {
        var espace = await app.CreatePublicOrganisationAsync("Espace", Side.Quebec);
        var tube = await app.CreatePublicOrganisationAsync("Tube", Side.France);
        var outsider = await app.SignedInOutsiderAsync();

        var page = await HtmlPage.GetAsync(outsider, $"/bridges/suggestions?organisation={espace.Id}");
        Assert.Contains(tube.Name, page.Html);
        Assert.Null(page.Document.QuerySelector($"form[action*='candidate={tube.Id}']"));

        var token = page.Document.QuerySelector("input[name='__RequestVerificationToken']")?.GetAttribute("value");
        var response = await outsider.PostAsync($"/bridges/suggestions?organisation={espace.Id}&candidate={tube.Id}&handler=Propose",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token ?? "" }));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Bridges.AnyAsync(b => b.FromOrganisationId == espace.Id)));
    }

    [Fact]
    public async Task A_private_organisation_is_suggested_and_has_suggestions_only_for_those_who_may_see_it()
    {
        var espace = await app.CreatePublicOrganisationAsync("Espace", Side.Quebec);
        var hidden = await app.CreateOrganisationAsync(BridgesTesting.Unique("Discrète"), Side.France);
        var coachElsewhere = await app.SignedInMemberAsync((await app.CreatePublicOrganisationAsync("Ailleurs", Side.Quebec)).Id, MemberRole.Coach);
        var member = await app.SignedInMemberAsync(hidden.Id, MemberRole.Coach);

        Assert.DoesNotContain(hidden.Name, (await HtmlPage.GetAsync(coachElsewhere, $"/bridges/suggestions?organisation={espace.Id}")).Html);
        Assert.Equal(HttpStatusCode.NotFound, (await coachElsewhere.GetAsync($"/bridges/suggestions?organisation={hidden.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync($"/bridges/suggestions?organisation={hidden.Id}")).StatusCode);
    }
}
