using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelles.Web.Data;
using Passerelles.Web.Features.Agreements;

namespace Passerelles.Tests.Agreements;

/// <summary>The demo agreement, seeded twice on a database of its own: the second run changes nothing.</summary>
public sealed class DemoAgreementTests(DemoAgreementTests.Seeded app) : IClassFixture<DemoAgreementTests.Seeded>
{
    public sealed class Seeded : AppFactory, IAsyncLifetime
    {
        public async Task InitializeAsync()
        {
            for (var run = 0; run < 2; run++)
            {
                await using var scope = Services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<DemoData>().EnsureAsync();
            }
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    [Fact]
    public async Task The_demo_agreement_is_in_negotiation_with_two_versions_comments_and_one_approval()
    {
        var agreement = await app.WithDbAsync(db => db.Agreements.Include(a => a.Parties).ThenInclude(p => p.Organisation).SingleAsync());
        var (versions, comments, approvals) = await app.WithDbAsync(async db => (
            await db.AgreementVersions.CountAsync(v => v.AgreementId == agreement.Id),
            await db.AgreementComments.CountAsync(c => c.AgreementId == agreement.Id),
            await db.PartyApprovals.Where(a => a.AgreementId == agreement.Id).Select(a => a.PartyId).ToListAsync()));

        Assert.Equal(DemoAgreements.Title, agreement.Title);
        Assert.Equal(AgreementStatus.InApproval, agreement.Status);
        Assert.Equal(["CERESO", "Le Tube à ESS'ai"], agreement.Parties.OrderBy(p => p.SigningRank).Select(p => p.Organisation.Name));
        Assert.Equal(2, versions);
        Assert.True(comments >= 2);
        Assert.Equal(agreement.Parties.Single(p => p.Organisation.Name == "CERESO").Id, Assert.Single(approvals));
    }

    [Fact]
    public async Task Le_Tube_signs_through_the_PTCE_coordinator_who_finds_the_agreement_and_can_record_its_approval()
    {
        var signatories = await app.WithDbAsync(db => db.AgreementSignatories.AsNoTracking()
            .Select(s => new { Party = db.AgreementParties.Where(p => p.Id == s.PartyId).Select(p => p.Organisation.Name).Single(), s.User.Email })
            .ToListAsync());
        var client = await app.SignedInClientAsync("coordination.ptce@demo.passerelles.org", DemoData.Password);

        var list = await HtmlPage.GetAsync(client, "/agreements");
        var link = list.Document.QuerySelector("tbody a[href^='/agreements/']")!;
        var details = await HtmlPage.GetAsync(client, link.GetAttribute("href")!);

        Assert.Equal(
            [("CERESO", "direction.cereso@demo.passerelles.org"), ("Le Tube à ESS'ai", "coordination.ptce@demo.passerelles.org")],
            signatories.Select(s => (s.Party, s.Email)).Order());
        Assert.Equal(DemoAgreements.Title, link.TextContent.Trim());
        Assert.Equal(DemoAgreements.Title, details.Text("main h1"));
        Assert.NotNull(details.Document.QuerySelector("a[href$='/approve']"));
    }

    [Fact]
    public async Task The_demo_agreement_has_commitments_drawn_from_its_articles_and_a_term_that_renews_tacitly()
    {
        var agreement = await app.WithDbAsync(db => db.Agreements.SingleAsync());
        var commitments = await app.WithDbAsync(db => db.Commitments.Where(c => c.AgreementId == agreement.Id).ToListAsync());
        var current = await app.WithDbAsync(db => AgreementFile.VersionAsync(db, agreement.Id, agreement.CurrentVersion));

        Assert.Equal(3, commitments.Count);
        Assert.All(commitments, c => Assert.Contains(current!.Articles, a => a.Key == c.ArticleKey));
        Assert.Contains(commitments, c => c.Recurrence != Recurrence.Once);
        Assert.NotNull(agreement.ExpiresOn);
        Assert.Equal((90, RenewalMode.RenewsTacitly, (int?)12), (agreement.NoticeDays, agreement.Renewal, agreement.RenewalMonths));
    }
}
