using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Tests.Projects;
using Passerelles.Web.Features.Assessments;
using Passerelles.Web.Features.Grids;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Tests.Assessments;

/// <summary>A study's page: its invitations sorted either way by the columns that matter.</summary>
public sealed class TerritoriesPageTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly Instant Start = Instant.FromUtc(2026, 3, 1, 9, 0);

    /// <summary>A study run by the administrator of its sponsor, with these invitations; returns the administrator and
    /// the study's address.</summary>
    internal static async Task<(HttpClient Sponsor, string Address)> InvitationsAsync(AppFactory app, params (string Email, int Day, bool Started)[] invitations)
    {
        var sponsor = await app.CreateOrganisationAsync(side: Side.Quebec);
        var (client, userId, _) = await app.PersonClientAsync(sponsor.Id, MemberRole.OrganisationAdministrator);
        var studyId = await app.CreateStudyAsync(AssessmentsTesting.Territory(), sponsor.Id);
        await app.WithDbAsync(async db =>
        {
            var version = await db.GridVersions.Where(v => v.Grid.Key == ShippedGrids.PtceFeasibility && v.Status == GridStatus.Published)
                .OrderByDescending(v => v.Number).Select(v => v.Id).FirstAsync();
            var study = await db.TerritoryStudies.SingleAsync(s => s.Id == studyId);
            foreach (var (email, day, started) in invitations)
            {
                var invitation = AssessmentInvitation.SendForTerritory(version, study, $"{email}@example.org", "", userId, Start + Duration.FromDays(day));
                if (started)
                {
                    var assessment = Assessment.OfTerritory(version, study, userId);
                    db.Assessments.Add(assessment);
                    invitation.StartedWith(assessment.Id);
                }
                db.AssessmentInvitations.Add(invitation);
            }
            await db.SaveChangesAsync();
        });
        return (client, $"/assessments/territories/{studyId}");
    }

    /// <summary>The invited addresses, in the order the page lists them.</summary>
    private static async Task<List<string>> InvitedAsync(HttpClient sponsor, string address)
    {
        var page = await HtmlPage.GetAsync(sponsor, address);
        return page.Texts("table.invitations tbody tr td:first-child").Select(e => e[..e.IndexOf('@', StringComparison.Ordinal)]).ToList();
    }

    [Fact]
    public async Task Invitations_are_listed_newest_sending_first_and_sort_by_invited_or_status_either_way()
    {
        var (sponsor, study) = await InvitationsAsync(app, ("bernard", 1, true), ("alice", 3, false), ("chloe", 2, false));

        Assert.Equal(["alice", "chloe", "bernard"], await InvitedAsync(sponsor, study));
        Assert.Equal(["bernard", "chloe", "alice"], await InvitedAsync(sponsor, $"{study}?descending=false"));
        Assert.Equal(["alice", "bernard", "chloe"], await InvitedAsync(sponsor, $"{study}?sort=invited"));
        Assert.Equal(["chloe", "bernard", "alice"], await InvitedAsync(sponsor, $"{study}?sort=invited&descending=true"));
        // Sent before started; among the sent ones, the newest sending first.
        Assert.Equal(["alice", "chloe", "bernard"], await InvitedAsync(sponsor, $"{study}?sort=status"));

        var sorted = await HtmlPage.GetAsync(sponsor, $"{study}?sort=invited");
        var headers = sorted.Document.QuerySelectorAll("table.invitations th[aria-sort]").ToList();
        var invited = Assert.Single(headers);
        Assert.Equal(("Invited", "ascending"), (invited.TextContent.Trim(), invited.GetAttribute("aria-sort")));
        Assert.Equal($"{study}?sort=invited&descending=true#invitations", invited.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal($"{study}#invitations",
            sorted.Document.QuerySelectorAll("table.invitations th a").Single(a => a.TextContent.Trim() == "Last sent").GetAttribute("href"));
    }
}

/// <summary>A study's invitations paged.</summary>
public sealed class TerritoryInvitationPagingTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_studys_invitations_are_paged_by_twenty_five()
    {
        var (sponsor, study) = await TerritoriesPageTests.InvitationsAsync(app, Enumerable.Range(0, StudyModel.InvitationsPageSize + 1)
            .Select(i => ($"p{i:00}", i, false)).ToArray());

        var first = await HtmlPage.GetAsync(sponsor, $"{study}?sort=invited");
        var second = await HtmlPage.GetAsync(sponsor, $"{study}?sort=invited&p=2");

        Assert.Equal(StudyModel.InvitationsPageSize, first.Document.QuerySelectorAll("table.invitations tbody tr").Length);
        Assert.Contains("Page 1 of 2", first.Text("#invitations nav.pager"));
        Assert.Equal($"{study}?sort=invited&p=2#invitations", first.Document.QuerySelector("#invitations nav.pager a[rel=next]")!.GetAttribute("href"));
        Assert.Contains("Page 2 of 2", second.Text("#invitations nav.pager"));
        Assert.StartsWith("p25@", Assert.Single(second.Texts("table.invitations tbody tr td:first-child")), StringComparison.Ordinal);
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
        var sponsor = await app.CreateOrganisationAsync(side: Side.Quebec);
        var administrator = await app.StaffClientAsync(sponsor.Id, MemberRole.OrganisationAdministrator);
        var studyId = await app.CreateStudyAsync(AssessmentsTesting.Territory(), sponsor.Id);

        var territories = await HtmlPage.GetAsync(administrator, "/assessments/territories");
        var invite = await HtmlPage.GetAsync(administrator, $"/assessments/territories/{studyId}/invite");

        Assert.Contains("No published grid assesses territories yet.", territories.Text("#start-heading + p"));
        Assert.Null(territories.Document.QuerySelector("select[name='Input.GridVersionId']"));
        Assert.Contains("No published grid assesses territories yet.", invite.Text("main"));
        Assert.Null(invite.Document.QuerySelector("main form[method='post']"));
    }
}
