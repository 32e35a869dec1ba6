using System.Net;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Tests.Funding;
using Passerelles.Web.Features.Funding;

namespace Passerelles.Tests.Home;

/// <summary>The grants section of the home page, for those who manage grants: the reports due within 60 days and the
/// sides short of the co-funding rule, each with its link. The app's clock reads 10 March 2026.</summary>
public sealed class GrantsHomeTests(AppFactory app) : IClassFixture<AppFactory>
{
    /// <summary>Reports due on 15 April 2026 (within 60 days) and 30 June 2026 (not yet), and 15,000 CAD contributed by
    /// the Québec side against a grant of 20,000 CAD: Québec lacks 5,000, France the whole grant.</summary>
    private async Task<FundingTesting.World> GrantWithDeadlinesAsync()
    {
        var world = await app.FundingWorldAsync();
        await app.WithDbAsync(async db =>
        {
            db.ReportingDeadlines.AddRange(
                new ReportingDeadline { GrantId = world.GrantId, DueOn = new LocalDate(2026, 4, 15), Label = "Rapport d'étape" },
                new ReportingDeadline { GrantId = world.GrantId, DueOn = new LocalDate(2026, 6, 30), Label = "Rapport final" });
            db.GrantEntries.Add(new GrantEntry
            {
                GrantId = world.GrantId, BudgetLineId = world.LineId, Kind = EntryKind.Contribution, Label = "Apport de l'incubateur",
                On = new LocalDate(2026, 2, 1), AmountMinor = 1_500_000, Currency = "CAD", CadPerEur = 1.5m, ContributorId = world.Quebec,
            });
            await db.SaveChangesAsync();
        });
        return world;
    }

    [Fact]
    public async Task A_coordinator_with_a_grant_sees_the_report_due_soon_and_the_shortfalls_with_their_links()
    {
        var world = await GrantWithDeadlinesAsync();

        var home = await HtmlPage.GetAsync(world.English.Client, "/");

        Assert.Equal(HttpStatusCode.OK, home.Status);
        Assert.Equal("Reports due within 60 days", home.Text("#grant-deadlines-heading"));
        var deadline = Assert.Single(home.Texts("#grant-deadlines li"));
        Assert.StartsWith("15 April 2026 — Rapport d'étape (FFQCD 2026 ", deadline);
        Assert.Equal(world.Grant, home.Document.QuerySelector("#grant-deadlines a")!.GetAttribute("href"));
        Assert.Equal(["Québec: CA$5,000.00 missing", "France: CA$20,000.00 missing"],
            home.Document.QuerySelectorAll("#grant-shortfalls li").Select(li => li.TextContent.Trim()[(li.TextContent.Trim().IndexOf(" — ", StringComparison.Ordinal) + 3)..]));
        Assert.Equal($"{world.Grant}#co-funding", home.Document.QuerySelector("#grant-shortfalls a")!.GetAttribute("href"));
        Assert.Null(home.Document.QuerySelector("#grants-more"));
    }

    [Theory]
    [InlineData("fr-CA", "Rapports à remettre d'ici 60\u00a0jours", "Québec\u00a0: il manque 5\u00a0000,00\u00a0$")]
    [InlineData("fr-FR", "Rapports à remettre d'ici 60\u00a0jours", "Québec\u00a0: il manque 5\u202f000,00\u00a0$\u00a0CA")]
    public async Task The_section_speaks_each_sides_french(string culture, string heading, string shortfall)
    {
        var world = await GrantWithDeadlinesAsync();
        var client = culture == "fr-CA" ? world.QuebecAdmin.Client : world.FranceAdmin.Client;

        var home = await HtmlPage.GetAsync(client, "/");

        Assert.Equal(heading, home.Text("#grant-deadlines-heading"));
        Assert.StartsWith("15 avril 2026", home.Text("#grant-deadlines li"));
        Assert.EndsWith(shortfall, home.Texts("#grant-shortfalls li")[0]);
    }

    [Fact]
    public async Task Who_manages_no_grant_has_no_grants_section_and_a_coordinator_without_any_is_told_nothing_is_due()
    {
        var world = await GrantWithDeadlinesAsync();

        var coach = await HtmlPage.GetAsync(world.Coach.Client, "/");
        Assert.Null(coach.Document.QuerySelector("#grants"));

        await app.WithDbAsync(async db =>
        {
            await db.GrantEntries.Where(e => e.GrantId == world.GrantId).ExecuteDeleteAsync();
            await db.Grants.Where(g => g.Id == world.GrantId).ExecuteDeleteAsync();
        });
        var none = await HtmlPage.GetAsync(world.English.Client, "/");
        Assert.Equal("No report is due within 60 days.", none.Text("#grant-deadlines-empty"));
        Assert.Null(none.Document.QuerySelector("#grant-shortfalls"));
    }
}
