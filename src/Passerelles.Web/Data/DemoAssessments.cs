using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Web.Features.Assessments;
using Passerelles.Web.Features.Grids;
using Passerelles.Web.Features.Projects;

namespace Passerelles.Web.Data;

/// <summary>Two demo projects assessed with the social-innovation grid by their team, a coach of their incubator and a
/// coach of the partner incubator, who disagree on some criteria; and a feasibility assessment of a territorial
/// cooperation pole in Lanaudière, still in draft. Each partner coach was invited to assess by e-mail. Development
/// only; left as it is once any assessment exists.</summary>
public static class DemoAssessments
{
    /// <summary>Levels by position on the scale (0 = lowest) given to the criteria in order, cycling: the team sees its
    /// project more favourably than the partner coach does.</summary>
    private static readonly int[] TeamView = [3, 3, 2, 2, 3, 2, 1, 2];
    private static readonly int[] CoachView = [2, 2, 2, 1, 2, 2, 1, 1];
    private static readonly int[] PartnerView = [1, 2, 1, 1, 2, 1, 0, 1];

    private const string Espace412Coach = "coach.espace412@demo.passerelles.org";
    private const string TubeCoach = "coach.tube@demo.passerelles.org";

    public static async Task EnsureAsync(AppDbContext db, Instant now)
    {
        if (await db.Assessments.AnyAsync()) return;
        var social = await LatestAsync(db, ShippedGrids.SocialInnovation);
        var ptce = await LatestAsync(db, ShippedGrids.PtceFeasibility);
        if (social is null || ptce is null) return;
        var espace412Coach = await UserIdAsync(db, Espace412Coach);
        var tubeCoach = await UserIdAsync(db, TubeCoach);
        if (espace412Coach is null || tubeCoach is null) return;

        var shared = await db.Projects.Include(p => p.Members).Include(p => p.Shares).FirstOrDefaultAsync(p => p.Name == DemoProjects.SharedProject);
        var tubeProject = await db.Projects.Include(p => p.Members).Include(p => p.Shares)
            .Where(p => p.Members.Any(m => m.UserId != null) && p.Incubator.Name == "Le Tube à ESS'ai").OrderBy(p => p.Name).FirstOrDefaultAsync();
        if (shared is not null) Assess(db, social, shared, espace412Coach.Value, tubeCoach.Value, TubeCoach, now - Duration.FromDays(30));
        if (tubeProject is not null)
        {
            // Its team agreed that L'Espace412's coach assess it too.
            var espace412 = await db.Organisations.Where(o => o.Name == "L'Espace412").Select(o => (Guid?)o.Id).FirstOrDefaultAsync();
            var consenting = tubeProject.Members.First(m => m.UserId != null);
            if (espace412 is { } partnerId && tubeProject.CannotShareWith(partnerId, consenting) is null)
                tubeProject.ShareWith(partnerId, consenting, now - Duration.FromDays(40), now - Duration.FromDays(40), null);
            Assess(db, social, tubeProject, tubeCoach.Value, espace412Coach.Value, Espace412Coach, now - Duration.FromDays(20));
        }

        var territory = Assessment.OfTerritory(ptce.Id, "Lanaudière", "Québec", espace412Coach.Value);
        var levels = ptce.Levels.OrderBy(l => l.Position).ToList();
        foreach (var criterion in ptce.Criteria.Take(3))
            territory.Answer(criterion.Id, levels[Math.Min(2, levels.Count - 1)].Id, false,
                "Rencontres avec les acteurs du territoire, printemps 2026.", "", "À confirmer avec la MRC.");
        db.Assessments.Add(territory);
        await db.SaveChangesAsync();
    }

    private static void Assess(AppDbContext db, GridVersion version, Project project, Guid coach, Guid partnerCoach, string partnerEmail, Instant at)
    {
        if (project.Members.FirstOrDefault(m => m.UserId != null)?.UserId is { } teamMember)
            db.Assessments.Add(Submitted(version, project.Id, AssessorKind.SelfAssessment, teamMember, TeamView, at));
        db.Assessments.Add(Submitted(version, project.Id, AssessorKind.Coach, coach, CoachView, at + Duration.FromDays(2)));
        var partner = Submitted(version, project.Id, AssessorKind.PartnerCoach, partnerCoach, PartnerView, at + Duration.FromDays(3));
        db.Assessments.Add(partner);
        // The partner coach was invited by the project's coach, and followed the invitation.
        var invitation = AssessmentInvitation.Send(project.Id, version.Id, partnerEmail, AssessorKind.PartnerCoach,
            "Ton regard croisé nous aiderait avant le prochain comité.", coach, at + Duration.FromDays(1));
        invitation.StartedWith(partner.Id);
        db.AssessmentInvitations.Add(invitation);
    }

    private static Assessment Submitted(GridVersion version, Guid projectId, AssessorKind kind, Guid assessor, int[] view, Instant at)
    {
        var assessment = Assessment.OfProject(version.Id, projectId, kind, assessor);
        var levels = version.Levels.OrderBy(l => l.Position).ToList();
        var index = 0;
        foreach (var criterion in version.Criteria)
        {
            var level = levels[Math.Min(view[index++ % view.Length], levels.Count - 1)];
            assessment.Answer(criterion.Id, level.Id, false, "", "", "");
        }
        assessment.Submit(at);
        return assessment;
    }

    private static async Task<GridVersion?> LatestAsync(AppDbContext db, string key)
    {
        var id = await db.GridVersions.Where(v => v.Grid.Key == key && v.Status == GridStatus.Published)
            .OrderByDescending(v => v.Number).Select(v => (Guid?)v.Id).FirstOrDefaultAsync();
        return id is { } versionId ? await GridAccess.LoadVersionAsync(db, versionId, tracked: false) : null;
    }

    private static Task<Guid?> UserIdAsync(AppDbContext db, string email) =>
        db.Users.Where(u => u.NormalizedEmail == email.ToUpperInvariant()).Select(u => (Guid?)u.Id).FirstOrDefaultAsync();
}
