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
    public async Task Lanaudiere_is_assessed_for_a_territorial_cooperation_pole_in_draft()
    {
        var territory = await app.WithDbAsync(db => db.Assessments.AsNoTracking()
            .Where(a => a.ProjectId == null).Select(a => new { a.TerritoryName, a.Status, a.GridVersion.Grid.Key }).ToListAsync());

        var lanaudiere = Assert.Single(territory);
        Assert.Equal(("Lanaudière", AssessmentStatus.Draft, ShippedGrids.PtceFeasibility), (lanaudiere.TerritoryName, lanaudiere.Status, lanaudiere.Key));
    }

    [Fact]
    public async Task Each_partner_coach_was_invited_and_followed_the_invitation_to_a_submitted_assessment()
    {
        var invitations = await app.WithDbAsync(db => db.AssessmentInvitations.AsNoTracking()
            .Select(i => new { i.Kind, Status = i.Assessment!.Status, AssessmentKind = i.Assessment.Kind }).ToListAsync());

        Assert.Equal(2, invitations.Count);
        Assert.All(invitations, i => Assert.Equal((AssessorKind.PartnerCoach, AssessmentStatus.Submitted, AssessorKind.PartnerCoach), (i.Kind, i.Status, i.AssessmentKind)));
    }
}
