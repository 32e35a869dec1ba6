using System.Net;
using Microsoft.EntityFrameworkCore;
using Passerelles.Tests.Account;
using Passerelles.Web.Features.Agreements;

namespace Passerelles.Tests.Agreements;

/// <summary>Signatures and approvals given at the same moment: each party's is recorded, and only a person's own second
/// signature is refused as already given.</summary>
public sealed class ConcurrentSigningTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static Dictionary<string, string> Credentials(AgreementsTesting.Signer signer) => new()
    {
        ["Input.Password"] = AppFactory.Password, ["Input.Code"] = signer.Code(), ["Input.TimeZoneId"] = "America/Toronto",
    };

    private Task<List<AgreementEventKind>> TrailAsync(Guid id) =>
        app.WithDbAsync(db => db.AgreementEvents.Where(e => e.AgreementId == id).Select(e => e.Kind).ToListAsync());

    [Fact]
    public async Task Two_parties_signing_at_the_same_moment_both_have_their_signatures_recorded()
    {
        for (var round = 0; round < 3; round++)
        {
            var world = await app.AgreementAsync(ceresoRank: 1, tubeRank: 1);
            await app.OpenSignatureAsync(world);
            var ceresoPage = await HtmlPage.GetAsync(world.CeresoSigner.Client, $"/agreements/{world.AgreementId}/sign");
            var tubePage = await HtmlPage.GetAsync(world.TubeSigner.Client, $"/agreements/{world.AgreementId}/sign");

            var responses = await Task.WhenAll(
                ceresoPage.SubmitAsync(world.CeresoSigner.Client, "main form", Credentials(world.CeresoSigner)),
                tubePage.SubmitAsync(world.TubeSigner.Client, "main form", Credentials(world.TubeSigner)));

            Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
            var signers = await app.WithDbAsync(db => db.AgreementSignatures.Where(s => s.AgreementId == world.AgreementId).Select(s => s.UserId).ToListAsync());
            Assert.Equal(new[] { world.CeresoSigner.User.Id, world.TubeSigner.User.Id }.Order(), signers.Order());
            Assert.Equal(AgreementStatus.Signed, await app.WithDbAsync(db => db.Agreements.Where(a => a.Id == world.AgreementId).Select(a => a.Status).SingleAsync()));
            var trail = await TrailAsync(world.AgreementId);
            Assert.Equal(2, trail.Count(k => k == AgreementEventKind.Signed));
            Assert.Equal(1, trail.Count(k => k == AgreementEventKind.SignedByAll));
            Assert.Single(app.Mail.Sent, m => m.To == world.CeresoAdmin.User.Email && m.Subject.EndsWith("is signed by all parties", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task A_signature_posted_twice_at_the_same_moment_is_recorded_once_and_the_second_is_told_it_already_counts()
    {
        var world = await app.AgreementAsync(ceresoRank: 1, tubeRank: 2);
        await app.OpenSignatureAsync(world);
        var page = await HtmlPage.GetAsync(world.CeresoSigner.Client, $"/agreements/{world.AgreementId}/sign");

        var responses = await Task.WhenAll(
            page.SubmitAsync(world.CeresoSigner.Client, "main form", Credentials(world.CeresoSigner)),
            page.SubmitAsync(world.CeresoSigner.Client, "main form", Credentials(world.CeresoSigner)));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Redirect], responses.Select(r => r.StatusCode).Order());
        var refused = await HtmlPage.FromAsync(responses.Single(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Equal("You have already signed this version.", refused.Text("#signing-problem"));
        Assert.Equal(1, await app.WithDbAsync(db => db.AgreementSignatures.CountAsync(s => s.AgreementId == world.AgreementId)));
        Assert.Equal(1, (await TrailAsync(world.AgreementId)).Count(k => k == AgreementEventKind.Signed));
        Assert.Single(app.Mail.Sent, m => m.To == world.TubeSigner.User.Email && m.Subject.StartsWith("Your signature is awaited", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_last_two_approvals_given_at_the_same_moment_are_both_recorded_and_open_signature()
    {
        var world = await app.AgreementAsync();
        await app.WithDbAsync(db => db.Agreements.Where(a => a.Id == world.AgreementId)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, AgreementStatus.InApproval)));
        var ceresoPage = await HtmlPage.GetAsync(world.CeresoAdmin.Client, $"/agreements/{world.AgreementId}/parties/{world.CeresoParty}/approve");
        var tubePage = await HtmlPage.GetAsync(world.TubeAdmin.Client, $"/agreements/{world.AgreementId}/parties/{world.TubeParty}/approve");
        var values = new Dictionary<string, string> { ["Input.Reference"] = "CA-2026-03", ["Input.ResolvedOn"] = "2026-03-02" };

        var responses = await Task.WhenAll(
            ceresoPage.SubmitAsync(world.CeresoAdmin.Client, "main form", values),
            tubePage.SubmitAsync(world.TubeAdmin.Client, "main form", values));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Equal(2, await app.WithDbAsync(db => db.PartyApprovals.CountAsync(a => a.AgreementId == world.AgreementId)));
        Assert.Equal(AgreementStatus.InSignature, await app.WithDbAsync(db => db.Agreements.Where(a => a.Id == world.AgreementId).Select(a => a.Status).SingleAsync()));
        Assert.Equal(1, (await TrailAsync(world.AgreementId)).Count(k => k == AgreementEventKind.SignatureOpened));
        Assert.Single(app.Mail.Sent, m => m.To == world.CeresoSigner.User.Email && m.Subject.StartsWith("Your signature is awaited", StringComparison.Ordinal));
    }
}
