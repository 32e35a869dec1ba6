using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Tests.Projects;
using Passerelles.Web.Features.Assessments;
using Passerelles.Web.Features.Grids;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Tests.Assessments;

/// <summary>The territory assessments page: its invitations sorted either way by the columns that matter.</summary>
public sealed class TerritoriesPageTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly Instant Start = Instant.FromUtc(2026, 3, 1, 9, 0);

    internal static async Task<(HttpClient Staff, string Tag)> InvitationsAsync(AppFactory app, params (string Email, string Territory, int Day, bool Started)[] invitations)
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var (staff, staffId, _) = await app.PersonClientAsync((await app.CreateOrganisationAsync(side: Side.Quebec)).Id);
        await app.WithDbAsync(async db =>
        {
            var version = await db.GridVersions.Where(v => v.Grid.Key == ShippedGrids.PtceFeasibility && v.Status == GridStatus.Published)
                .OrderByDescending(v => v.Number).Select(v => v.Id).FirstAsync();
            foreach (var (email, territory, day, started) in invitations)
            {
                var study = await TerritoryStudy.FindOrStartAsync(db, $"{territory} {tag}", "");
                var invitation = AssessmentInvitation.SendForTerritory(version, study, $"{email}-{tag}@example.org", "", staffId,
                    Start + Duration.FromDays(day));
                if (started)
                {
                    var assessment = Assessment.OfTerritory(version, study, staffId);
                    db.Assessments.Add(assessment);
                    invitation.StartedWith(assessment.Id);
                }
                db.AssessmentInvitations.Add(invitation);
            }
            await db.SaveChangesAsync();
        });
        return (staff, tag);
    }

    /// <summary>The invited addresses of this test's invitations, in the order the page lists them.</summary>
    private static async Task<List<string>> InvitedAsync(HttpClient staff, string tag, string address)
    {
        var page = await HtmlPage.GetAsync(staff, address);
        return page.Texts("table.invitations tbody tr td:first-child").Where(e => e.EndsWith($"-{tag}@example.org", StringComparison.Ordinal))
            .Select(e => e[..e.IndexOf('-', StringComparison.Ordinal)]).ToList();
    }

    [Fact]
    public async Task Invitations_are_listed_newest_sending_first_and_sort_by_invited_territory_or_status_either_way()
    {
        var (staff, tag) = await InvitationsAsync(app, ("bernard", "Matawinie", 1, true), ("alice", "Seignanx", 3, false), ("chloe", "Joliette", 2, false));

        Assert.Equal(["alice", "chloe", "bernard"], await InvitedAsync(staff, tag, "/assessments/territories"));
        Assert.Equal(["bernard", "chloe", "alice"], await InvitedAsync(staff, tag, "/assessments/territories?descending=false"));
        Assert.Equal(["alice", "bernard", "chloe"], await InvitedAsync(staff, tag, "/assessments/territories?sort=invited"));
        Assert.Equal(["chloe", "bernard", "alice"], await InvitedAsync(staff, tag, "/assessments/territories?sort=invited&descending=true"));
        Assert.Equal(["chloe", "bernard", "alice"], await InvitedAsync(staff, tag, "/assessments/territories?sort=territory"));
        // Sent before started; among the sent ones, the newest sending first.
        Assert.Equal(["alice", "chloe", "bernard"], await InvitedAsync(staff, tag, "/assessments/territories?sort=status"));

        var sorted = await HtmlPage.GetAsync(staff, "/assessments/territories?sort=invited");
        var headers = sorted.Document.QuerySelectorAll("table.invitations th[aria-sort]").ToList();
        var invited = Assert.Single(headers);
        Assert.Equal(("Invited", "ascending"), (invited.TextContent.Trim(), invited.GetAttribute("aria-sort")));
        Assert.Equal("/assessments/territories?sort=invited&descending=true#invitations", invited.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("/assessments/territories#invitations",
            sorted.Document.QuerySelectorAll("table.invitations th a").Single(a => a.TextContent.Trim() == "Last sent").GetAttribute("href"));
    }
}

/// <summary>The territory invitations paged, on a database of their own so that the count is known.</summary>
public sealed class TerritoryInvitationPagingTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Territory_invitations_are_paged_by_twenty_five()
    {
        var (staff, _) = await TerritoriesPageTests.InvitationsAsync(app, Enumerable.Range(0, TerritoriesModel.InvitationsPageSize + 1)
            .Select(i => ($"p{i:00}", "Lanaudière", i, false)).ToArray());

        var first = await HtmlPage.GetAsync(staff, "/assessments/territories?sort=invited");
        var second = await HtmlPage.GetAsync(staff, "/assessments/territories?sort=invited&p=2");

        Assert.Equal(TerritoriesModel.InvitationsPageSize, first.Document.QuerySelectorAll("table.invitations tbody tr").Length);
        Assert.Contains("Page 1 of 2", first.Text("#invitations nav.pager"));
        Assert.Equal("/assessments/territories?sort=invited&p=2#invitations", first.Document.QuerySelector("#invitations nav.pager a[rel=next]")!.GetAttribute("href"));
        Assert.Contains("Page 2 of 2", second.Text("#invitations nav.pager"));
        Assert.StartsWith("p25-", Assert.Single(second.Texts("table.invitations tbody tr td:first-child")), StringComparison.Ordinal);
    }
}

/// <summary>With no territory grid published, the territory pages say so instead of offering forms that cannot succeed.</summary>
public sealed class NoTerritoryGridTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Without_a_published_territory_grid_the_territory_pages_say_so_instead_of_offering_their_forms()
    {
        await app.WithDbAsync(db => db.GridVersions.Where(v => v.Grid.Subject == GridSubject.Territory)
            .ExecuteUpdateAsync(v => v.SetProperty(x => x.Status, GridStatus.Draft)));
        var staff = await app.StaffClientAsync((await app.CreateOrganisationAsync(side: Side.Quebec)).Id);

        var territories = await HtmlPage.GetAsync(staff, "/assessments/territories");
        var invite = await HtmlPage.GetAsync(staff, "/assessments/territories/invite");

        Assert.Contains("No published grid assesses territories yet.", territories.Text("#start-heading + p"));
        Assert.Null(territories.Document.QuerySelector("select[name='Input.GridVersionId']"));
        Assert.Contains("No published grid assesses territories yet.", invite.Text("main"));
        Assert.Null(invite.Document.QuerySelector("main form[method='post']"));
    }
}
