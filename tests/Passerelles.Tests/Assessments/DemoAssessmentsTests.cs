using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelles.Web.Data;
using Passerelles.Web.Features.Assessments;
using Passerelles.Web.Features.Grids;

namespace Passerelles.Tests.Assessments;

/// <summary>The demo assessments, seeded twice on a database of their own: the second run changes nothing.</summary>
public sealed class DemoAssessmentsTests(DemoAssessmentsTests.Seeded app) : IClassFixture<DemoAssessmentsTests.Seeded>
{
    public sealed class Seeded : AppFactory, IAsyncLifetime
    {
        public async Task InitializeAsync()
        {
            for (var i = 0; i < 2; i++)
            {
                await using var scope = Services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<DemoData>().EnsureAsync();
            }
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    [Fact]
    public async Task Two_projects_are_assessed_by_their_team_and_a_coach_of_each_incubator_with_some_disagreement()
    {
        var assessments = await app.WithDbAsync(db => db.Assessments.AsNoTracking().Include(a => a.Answers)
            .Where(a => a.ProjectId != null && a.GridVersion.Grid.Key == ShippedGrids.SocialInnovation).ToListAsync());
        var version = await app.WithDbAsync(async db => (await GridAccess.LoadVersionAsync(db, assessments[0].GridVersionId, tracked: false))!);

        var byProject = assessments.GroupBy(a => a.ProjectId).ToList();
        Assert.Equal(2, byProject.Count);
        Assert.All(byProject, g => Assert.Equal(
            [AssessorKind.SelfAssessment, AssessorKind.Coach, AssessorKind.PartnerCoach], g.Select(a => a.Kind).Order()));
        Assert.All(assessments, a => Assert.Equal(AssessmentStatus.Submitted, a.Status));
        var columns = byProject[0].OrderBy(a => a.Kind).Select(a => new AssessmentResults.Column(a.Id, a.Kind, a.AssessorId, "", a.SubmittedAt!.Value,
            version.Number, Scoring.Score(version, a.ForScoring()), a.ForScoring().ToDictionary(x => x.CriterionId), [])).ToList();
        Assert.Contains(AssessmentResults.Calibrate(version, columns), r => r.Disagreement);
    }

    [Fact]
    public async Task Lanaudiere_is_assessed_for_a_territorial_cooperation_pole_in_draft_and_the_Seignanx_as_the_point_of_comparison()
    {
        var territory = await app.WithDbAsync(db => db.Assessments.AsNoTracking().Where(a => a.ProjectId == null)
            .Join(db.Users, a => a.AssessorId, u => u.Id, (a, u) => new { a.TerritoryName, a.Status, a.GridVersion.Grid.Key, u.Email })
            .ToListAsync());

        Assert.All(territory, a => Assert.Equal(ShippedGrids.PtceFeasibility, a.Key));
        Assert.Equal(
            [
                ("Lanaudière", AssessmentStatus.Draft, "coach.espace412@demo.passerelles.org"),
                ("Lanaudière", AssessmentStatus.Draft, "coach.tube@demo.passerelles.org"),
                ("Seignanx", AssessmentStatus.Submitted, "coach.tube@demo.passerelles.org"),
            ],
            territory.Select(a => (a.TerritoryName, a.Status, a.Email!)).Order());
    }

    [Fact]
    public async Task Each_partner_coach_was_invited_and_followed_the_invitation_to_a_submitted_assessment()
    {
        var invitations = await app.WithDbAsync(db => db.AssessmentInvitations.AsNoTracking().Where(i => i.ProjectId != null)
            .Select(i => new { i.Kind, Status = i.Assessment!.Status, AssessmentKind = i.Assessment.Kind }).ToListAsync());

        Assert.Equal(2, invitations.Count);
        Assert.All(invitations, i => Assert.Equal((AssessorKind.PartnerCoach, AssessmentStatus.Submitted, AssessorKind.PartnerCoach), (i.Kind, i.Status, i.AssessmentKind)));
    }

    [Fact]
    public async Task The_invitations_of_the_PTCE_fit_study_are_listed_on_the_territories_page_with_their_statuses()
    {
        var client = await app.SignedInClientAsync("coach.espace412@demo.passerelles.org", DemoData.Password);

        var page = await HtmlPage.GetAsync(client, "/assessments/territories");

        var rows = page.Document.QuerySelectorAll("table.invitations tbody tr")
            .Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList())
            .Select(c => (Invited: c[0], Territory: c[1], InvitedBy: c[3], Status: c[5]))
            .ToList();
        Assert.Equal(
            [
                ("coach.espace412@demo.passerelles.org", "Seignanx (Nouvelle-Aquitaine)", "Julien Etcheverry", "Envoyée"),
                ("coach.tube@demo.passerelles.org", "Lanaudière (Québec)", "Mathieu Bouchard", "Commencée"),
                ("coach.tube@demo.passerelles.org", "Seignanx (Nouvelle-Aquitaine)", "Mathieu Bouchard", "Soumise"),
            ],
            rows);
        Assert.Contains("2", page.Text("table.invitations tbody tr:first-child td:nth-child(5)"));
        Assert.Single(page.Document.QuerySelectorAll("table.invitations button"));
        Assert.Contains(page.Texts("#results-heading + ul a"), link => link.Contains("Seignanx (Nouvelle-Aquitaine)"));
    }
}
