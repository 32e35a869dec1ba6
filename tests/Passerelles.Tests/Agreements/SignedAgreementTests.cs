using System.Net;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Tests.Bridges;
using Passerelles.Web.Features.Agreements;
using Passerelles.Web.Features.Bridges;

namespace Passerelles.Tests.Agreements;

/// <summary>What the signatory reads, what a signed agreement changes around it, and the order of its audit trail.</summary>
public sealed class SignedAgreementTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static async Task ApproveAsync(HttpClient client, Guid agreementId, Guid partyId)
    {
        var page = await HtmlPage.GetAsync(client, $"/agreements/{agreementId}/parties/{partyId}/approve");
        var done = await page.SubmitAsync(client, "main form", new Dictionary<string, string> { ["Input.Reference"] = "CA-2026-03", ["Input.ResolvedOn"] = "2026-03-02" });
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
    }

    [Fact]
    public async Task The_sign_page_shows_the_text_rendered_like_the_agreement_page_not_its_markdown_source()
    {
        var world = await app.AgreementAsync(durationBody: "La présente entente dure **trois ans**.\n\n- renouvelable\n- résiliable <script>alert(1)</script>");
        await app.OpenSignatureAsync(world);

        var page = await HtmlPage.GetAsync(world.CeresoSigner.Client, $"/agreements/{world.AgreementId}/sign");

        var text = page.Document.QuerySelector("#signed-text")!;
        Assert.Equal(["Article 1. Objet", "Article 2. Durée", "Annex 1. Calendrier"], text.QuerySelectorAll("h3").Select(h => h.TextContent.Trim()));
        Assert.Equal("trois ans", text.QuerySelector(".agreement-article strong")!.TextContent);
        Assert.Equal(["renouvelable", "résiliable <script>alert(1)</script>"], text.QuerySelectorAll(".agreement-article li").Select(li => li.TextContent.Trim()));
        Assert.Equal(["Mission à Tarnos", "Mission à Joliette"], text.QuerySelectorAll(".agreement-annex li").Select(li => li.TextContent.Trim()));
        Assert.Empty(text.QuerySelectorAll("script"));
        Assert.DoesNotContain("## Article", text.TextContent);
        Assert.DoesNotContain("**", text.TextContent);
    }

    [Fact]
    public async Task Signing_by_all_makes_the_agreement_bridge_between_the_parties_active_and_says_so_in_the_trail()
    {
        var world = await app.AgreementAsync(ceresoRank: 1, tubeRank: 1);
        var bridge = await app.CreateBridgeAsync(world.Cereso.Id, world.Tube.Id, BridgeKind.Agreement, start: new LocalDate(2023, 10, 16), status: BridgeStatus.Introduced);
        var partnership = await app.CreateBridgeAsync(world.Tube.Id, world.Cereso.Id, BridgeKind.Partnership, status: BridgeStatus.Proposed);
        await app.OpenSignatureAsync(world);

        await world.CeresoSigner.SignAsync(world.AgreementId);
        var halfway = await app.WithDbAsync(db => db.Bridges.Where(b => b.Id == bridge.Id).Select(b => b.Status).SingleAsync());
        await world.TubeSigner.SignAsync(world.AgreementId);

        var bridges = await app.WithDbAsync(db => db.Bridges.AsNoTracking()
            .Where(b => b.FromOrganisationId == world.Cereso.Id || b.ToOrganisationId == world.Cereso.Id).ToListAsync());
        Assert.Equal(BridgeStatus.Introduced, halfway);
        Assert.Equal((BridgeStatus.Active, new LocalDate(2023, 10, 16)), bridges.Where(b => b.Id == bridge.Id).Select(b => (b.Status, b.StartDate)).Single());
        Assert.Equal(BridgeStatus.Proposed, bridges.Single(b => b.Id == partnership.Id).Status);
        Assert.Equal(2, bridges.Count);
        var details = await HtmlPage.GetAsync(world.CeresoAdmin.Client, $"/agreements/{world.AgreementId}");
        // Parties of the same signing rank are named in alphabetical order.
        var pair = string.Join(" ⟷ ", new[] { world.Cereso.Name, world.Tube.Name }.OrderBy(name => name));
        Assert.Equal([$"Bridge made active (version 1) — {pair}"],
            details.Texts("#audit-trail li").Where(line => line.Contains("Bridge")).Select(line => string.Join(" — ", line.Split(" — ")[2..])));
    }

    [Fact]
    public async Task Signing_by_all_parties_without_an_agreement_bridge_records_an_active_one()
    {
        var world = await app.AgreementAsync(ceresoRank: 1, tubeRank: 1);
        var ended = await app.CreateBridgeAsync(world.Tube.Id, world.Cereso.Id, BridgeKind.Agreement, start: new LocalDate(2019, 1, 1), end: new LocalDate(2020, 1, 1), status: BridgeStatus.Ended);
        await app.OpenSignatureAsync(world);

        await world.CeresoSigner.SignAsync(world.AgreementId);
        await world.TubeSigner.SignAsync(world.AgreementId);

        var recorded = await app.WithDbAsync(db => db.Bridges.AsNoTracking()
            .SingleAsync(b => (b.FromOrganisationId == world.Cereso.Id || b.ToOrganisationId == world.Cereso.Id) && b.Id != ended.Id));
        Assert.Equal(new[] { world.Cereso.Id, world.Tube.Id }.Order(), new[] { recorded.FromOrganisationId, recorded.ToOrganisationId }.Order());
        Assert.Equal((BridgeKind.Agreement, BridgeStatus.Active, new LocalDate(2026, 3, 10)), (recorded.Kind, recorded.Status, recorded.StartDate));
        Assert.Equal("Entente de partenariat CERESO – Le Tube à ESS'ai", recorded.Description);
        Assert.Equal(BridgeStatus.Ended, await app.WithDbAsync(db => db.Bridges.Where(b => b.Id == ended.Id).Select(b => b.Status).SingleAsync()));
        Assert.Contains(AgreementEventKind.BridgeRecorded, await app.WithDbAsync(db => db.AgreementEvents.Where(e => e.AgreementId == world.AgreementId).Select(e => e.Kind).ToListAsync()));
    }

    [Fact]
    public async Task The_audit_trail_lists_events_of_the_same_instant_in_the_order_they_happened()
    {
        var world = await app.AgreementAsync(ceresoRank: 1, tubeRank: 1);
        var details = await HtmlPage.GetAsync(world.CeresoAdmin.Client, $"/agreements/{world.AgreementId}");
        await details.SubmitAsync(world.CeresoAdmin.Client, "form[action*='handler=sendForApproval']");
        await ApproveAsync(world.CeresoAdmin.Client, world.AgreementId, world.CeresoParty);
        await ApproveAsync(world.TubeAdmin.Client, world.AgreementId, world.TubeParty);
        await world.CeresoSigner.SignAsync(world.AgreementId);
        await world.TubeSigner.SignAsync(world.AgreementId);

        var trail = (await HtmlPage.GetAsync(world.CeresoAdmin.Client, $"/agreements/{world.AgreementId}")).Texts("#audit-trail li")
            .Select(line => line.Split(" — ")[2]).ToList();
        Assert.Equal(
            ["Sent for approval (version 1)", "Approval recorded (version 1)", "Approval recorded (version 1)", "Signature opened (version 1)",
             "Signature (version 1)", "Signature (version 1)", "Signed by all parties (version 1)", "Bridge recorded (version 1)"],
            trail);
    }
}
