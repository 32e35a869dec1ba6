using System.Net;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Web.Features.Bridges;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Tests.Bridges;

public sealed class RecordTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_coach_of_either_organisation_records_a_bridge_stamped_with_their_name()
    {
        var cereso = await app.CreatePublicOrganisationAsync("CERESO", Side.Quebec);
        var tube = await app.CreatePublicOrganisationAsync("Tube", Side.France);
        var email = $"{Guid.NewGuid():N}@test.passerelles.org";
        var coach = await app.CreateUserAsync(email);
        await app.AddMemberAsync(tube.Id, coach.Id, MemberRole.Coach);
        var client = await app.SignedInClientAsync(email);

        var response = await BridgeForms.PostAsync(client, "/bridges/new", BridgeForms.Valid(cereso.Id, tube.Id));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var bridge = await app.WithDbAsync(db => db.Bridges.AsNoTracking().SingleAsync(b => b.FromOrganisationId == cereso.Id));
        Assert.Equal(BridgeKind.DelegationVisit, bridge.Kind);
        Assert.Equal(new LocalDate(2023, 10, 16), bridge.StartDate);
        Assert.Equal(new LocalDate(2023, 10, 21), bridge.EndDate);
        Assert.Equal(coach.Id, bridge.CreatedBy);
    }

    [Theory]
    [InlineData("Input.ToOrganisationId", "same")]
    [InlineData("Input.EndDate", "2023-10-01")]
    [InlineData("Input.Kind", "Teleportation")]
    [InlineData("Input.Kind", "42")]
    [InlineData("Input.FromOrganisationId", "unknown")]
    [InlineData("Input.Description", "long")]
    [InlineData("Input.EvidenceUrl", "javascript:alert(1)")]
    public async Task A_broken_rule_is_shown_next_to_its_field_and_nothing_is_saved(string field, string value)
    {
        var from = await app.CreatePublicOrganisationAsync("Départ", Side.Quebec);
        var to = await app.CreatePublicOrganisationAsync("Arrivée", Side.France);
        var client = await app.AdministratorClientAsync();
        var posted = value switch
        {
            "same" => from.Id.ToString(),
            "unknown" => Guid.NewGuid().ToString(),
            "long" => new string('x', Bridge.DescriptionMaxLength + 1),
            _ => value,
        };
        var before = await app.BridgeCountAsync();

        var response = await BridgeForms.PostAsync(client, "/bridges/new", BridgeForms.Valid(from.Id, to.Id, new Dictionary<string, string> { [field] = posted }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlPage.FromAsync(response);
        Assert.NotNull(page.FieldError(field));
        Assert.Equal(before, await app.BridgeCountAsync());
    }

    [Fact]
    public async Task Someone_who_is_not_staff_of_either_organisation_cannot_record_a_bridge_between_them()
    {
        var from = await app.CreatePublicOrganisationAsync("Départ", Side.Quebec);
        var to = await app.CreatePublicOrganisationAsync("Arrivée", Side.France);
        var elsewhere = await app.CreatePublicOrganisationAsync("Ailleurs", Side.France);
        var coachElsewhere = await app.SignedInMemberAsync(elsewhere.Id, MemberRole.Coach);
        var projectMember = await app.SignedInMemberAsync(from.Id, MemberRole.ProjectMember);
        var outsider = await app.SignedInOutsiderAsync();
        var before = await app.BridgeCountAsync();

        var refused = await BridgeForms.PostAsync(coachElsewhere, "/bridges/new", BridgeForms.Valid(from.Id, to.Id));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await projectMember.GetAsync("/bridges/new")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.GetAsync("/bridges/new")).StatusCode);
        Assert.Equal(before, await app.BridgeCountAsync());
    }

    [Fact]
    public async Task Only_staff_of_its_organisations_may_edit_end_or_delete_a_bridge()
    {
        var from = await app.CreatePublicOrganisationAsync("Départ", Side.Quebec);
        var to = await app.CreatePublicOrganisationAsync("Arrivée", Side.France);
        var hidden = await app.CreateOrganisationAsync(BridgesTesting.Unique("Discrète"), Side.France);
        var bridge = await app.CreateBridgeAsync(from.Id, to.Id);
        var hiddenBridge = await app.CreateBridgeAsync(from.Id, hidden.Id);
        var outsider = await app.SignedInOutsiderAsync();

        foreach (var action in new[] { "edit", "end", "delete", "status" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await outsider.GetAsync($"/bridges/{bridge.Id}/{action}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/bridges/{hiddenBridge.Id}/{action}")).StatusCode);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/bridges/{hiddenBridge.Id}/evidence")).StatusCode);
        Assert.Equal(2, await app.WithDbAsync(db => db.Bridges.CountAsync(b => b.Id == bridge.Id || b.Id == hiddenBridge.Id)));
    }

    [Fact]
    public async Task The_administrator_of_a_carrier_records_and_edits_bridges_for_the_organisations_it_carries()
    {
        var carrier = await app.CreateOrganisationAsync(BridgesTesting.Unique("Porteur"), Side.Quebec);
        var middle = await app.CreateOrganisationAsync(BridgesTesting.Unique("Relais"), Side.Quebec);
        var carried = await app.CreateOrganisationAsync(BridgesTesting.Unique("Portée"), Side.Quebec);
        var partner = await app.CreatePublicOrganisationAsync("Partenaire", Side.France);
        await app.WithDbAsync(async db =>
        {
            (await db.Organisations.FindAsync(middle.Id))!.ParentId = carrier.Id;
            (await db.Organisations.FindAsync(carried.Id))!.ParentId = middle.Id;
            await db.SaveChangesAsync();
        });
        var administrator = await app.SignedInMemberAsync(carrier.Id, MemberRole.OrganisationAdministrator);

        var recorded = await BridgeForms.PostAsync(administrator, "/bridges/new", BridgeForms.Valid(carried.Id, partner.Id));
        var bridge = await app.WithDbAsync(db => db.Bridges.AsNoTracking().SingleAsync(b => b.FromOrganisationId == carried.Id));

        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await administrator.GetAsync($"/bridges/{bridge.Id}/edit")).StatusCode);
        Assert.Contains(carried.Name, (await HtmlPage.GetAsync(administrator, "/bridges")).Html);
    }

    [Fact]
    public async Task Ending_a_bridge_keeps_it_on_record_and_deleting_removes_it_after_confirmation()
    {
        var from = await app.CreatePublicOrganisationAsync("Départ", Side.Quebec);
        var to = await app.CreatePublicOrganisationAsync("Arrivée", Side.France);
        var ended = await app.CreateBridgeAsync(from.Id, to.Id, start: new LocalDate(2018, 5, 1));
        var deleted = await app.CreateBridgeAsync(from.Id, to.Id, BridgeKind.Funding);
        var client = await app.SignedInMemberAsync(from.Id, MemberRole.OrganisationAdministrator);

        var endPage = await HtmlPage.GetAsync(client, $"/bridges/{ended.Id}/end");
        var endResponse = await endPage.SubmitAsync(client, "main form", new Dictionary<string, string> { ["EndDate"] = "2025-12-31" });
        var deletePage = await HtmlPage.GetAsync(client, $"/bridges/{deleted.Id}/delete");
        var deleteResponse = await deletePage.SubmitAsync(client, "main form");

        Assert.Equal(HttpStatusCode.Redirect, endResponse.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, deleteResponse.StatusCode);
        var after = await app.WithDbAsync(db => db.Bridges.AsNoTracking().SingleAsync(b => b.Id == ended.Id));
        Assert.Equal(BridgeStatus.Ended, after.Status);
        Assert.Equal(new LocalDate(2025, 12, 31), after.EndDate);
        Assert.False(await app.WithDbAsync(db => db.Bridges.AnyAsync(b => b.Id == deleted.Id)));
    }

    [Fact]
    public async Task Editing_a_bridge_saves_the_change()
    {
        var from = await app.CreatePublicOrganisationAsync("Départ", Side.Quebec);
        var to = await app.CreatePublicOrganisationAsync("Arrivée", Side.France);
        var bridge = await app.CreateBridgeAsync(from.Id, to.Id);
        var client = await app.AdministratorClientAsync();

        var response = await BridgeForms.PostAsync(client, $"/bridges/{bridge.Id}/edit", BridgeForms.Valid(from.Id, to.Id,
            new Dictionary<string, string> { ["Input.Kind"] = "Agreement", ["Input.Version"] = "1" }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await app.WithDbAsync(db => db.Bridges.AsNoTracking().SingleAsync(b => b.Id == bridge.Id));
        Assert.Equal(BridgeKind.Agreement, after.Kind);
        Assert.Equal(2, after.Version);
    }

    [Fact]
    public async Task Editing_cannot_move_a_status_back()
    {
        var from = await app.CreatePublicOrganisationAsync("Départ", Side.Quebec);
        var to = await app.CreatePublicOrganisationAsync("Arrivée", Side.France);
        var bridge = await app.CreateBridgeAsync(from.Id, to.Id, BridgeKind.Counterpart, status: BridgeStatus.Introduced);
        var client = await app.AdministratorClientAsync();

        var response = await BridgeForms.PostAsync(client, $"/bridges/{bridge.Id}/edit", BridgeForms.Valid(from.Id, to.Id,
            new Dictionary<string, string> { ["Input.Kind"] = "Counterpart", ["Input.Status"] = "Proposed", ["Input.Version"] = "1" }));

        Assert.NotNull((await HtmlPage.FromAsync(response)).FieldError("Input.Status"));
        Assert.Equal(BridgeStatus.Introduced, (await app.WithDbAsync(db => db.Bridges.AsNoTracking().SingleAsync(b => b.Id == bridge.Id))).Status);
    }
}
