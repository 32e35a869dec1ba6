using System.Net;
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
        var version = await app.WithDbAsync(async db => (await GridLoader.LoadVersionAsync(db, assessments[0].GridVersionId, tracked: false))!);

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

    private Task<Guid> StudyIdAsync(string territory) =>
        app.WithDbAsync(db => db.TerritoryStudies.Where(s => s.TerritoryName == territory).Select(s => s.Id).SingleAsync());

    [Fact]
    public async Task Lanaudiere_is_sponsored_by_CERESO_and_the_PTCE_and_the_Seignanx_by_the_PTCE_both_assessed_by_the_two_coaches()
    {
        var studies = await app.WithDbAsync(db => db.TerritoryStudies.AsNoTracking()
            .Select(s => new
            {
                s.TerritoryName,
                Sponsors = s.Sponsors.Select(x => x.Organisation.Name).OrderBy(n => n).ToList(),
                Assessors = s.Assessors.Select(x => x.User.Email!).OrderBy(e => e).ToList(),
            })
            .ToListAsync());

        Assert.Equal(["Lanaudière", "Seignanx"], studies.Select(s => s.TerritoryName).Order());
        Assert.Equal(["CERESO", "PTCE Sud Aquitaine"], studies.Single(s => s.TerritoryName == "Lanaudière").Sponsors);
        Assert.Equal(["PTCE Sud Aquitaine"], studies.Single(s => s.TerritoryName == "Seignanx").Sponsors);
        Assert.All(studies, s => Assert.Equal(["coach.espace412@demo.passerelles.org", "coach.tube@demo.passerelles.org"], s.Assessors));
    }

    [Fact]
    public async Task The_invitations_of_the_PTCE_fit_study_are_listed_on_each_studys_page_with_their_statuses()
    {
        var client = await app.SignedInClientAsync("coordination.ptce@demo.passerelles.org", DemoData.Password);

        var lanaudiere = await HtmlPage.GetAsync(client, $"/assessments/territories/{await StudyIdAsync("Lanaudière")}");
        var seignanx = await HtmlPage.GetAsync(client, $"/assessments/territories/{await StudyIdAsync(DemoAssessments.Seignanx)}");

        static List<(string Invited, string InvitedBy, string Status)> Rows(HtmlPage page) => page.Document.QuerySelectorAll("table.invitations tbody tr")
            .Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList())
            .Select(c => (Invited: c[0], InvitedBy: c[2], Status: c[4]))
            .ToList();
        Assert.Equal(
            [
                ("invite.rqis@demo.passerelles.org", "Geneviève Gagnon", "Envoyée"),
                ("coach.tube@demo.passerelles.org", "Mathieu Bouchard", "Commencée"),
            ],
            Rows(lanaudiere));
        Assert.Equal(
            [
                ("coach.espace412@demo.passerelles.org", "Julien Etcheverry", "Envoyée"),
                ("coach.tube@demo.passerelles.org", "Mathieu Bouchard", "Soumise"),
            ],
            Rows(seignanx));
        Assert.Contains("2", seignanx.Text("table.invitations tbody tr:first-child td:nth-child(4)"));
        Assert.Single(seignanx.Document.QuerySelectorAll("table.invitations button"));
        Assert.Contains(seignanx.Texts("ul.results a"), link => link.Contains("Seignanx (Nouvelle-Aquitaine)"));
    }

    [Fact]
    public async Task The_RQIS_partner_was_invited_to_Lanaudiere_and_sees_no_study_until_they_follow_the_invitation()
    {
        var lanaudiere = await StudyIdAsync("Lanaudière");
        var invitation = await app.WithDbAsync(db => db.AssessmentInvitations.AsNoTracking()
            .SingleAsync(i => i.Email == "invite.rqis@demo.passerelles.org"));
        var partner = await app.SignedInClientAsync("invite.rqis@demo.passerelles.org", DemoData.Password);

        Assert.Equal((lanaudiere, null, 1), (invitation.StudyId!.Value, invitation.AssessmentId, invitation.SendCount));
        Assert.Equal(HttpStatusCode.NotFound, (await partner.GetAsync($"/assessments/territories/{lanaudiere}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await partner.GetAsync($"/assessments/invitations/{invitation.Id}")).StatusCode);
    }

    [Fact]
    public async Task CERESOs_director_runs_Lanaudiere_but_not_the_Seignanx()
    {
        var director = await app.SignedInClientAsync("direction.cereso@demo.passerelles.org", DemoData.Password);

        var page = await HtmlPage.GetAsync(director, "/assessments/territories");

        Assert.Equal(["Lanaudière (Québec)"], page.Texts("table.studies tbody td:first-child"));
        Assert.Equal(HttpStatusCode.NotFound, (await director.GetAsync($"/assessments/territories/{await StudyIdAsync(DemoAssessments.Seignanx)}")).StatusCode);
    }
}
