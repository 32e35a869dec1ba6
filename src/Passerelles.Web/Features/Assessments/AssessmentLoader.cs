
namespace Passerelles.Web.Features.Assessments;

/// <summary>What the assessment pages load: an assessment with its pinned version, the grids a new assessment may use,
/// and how a person would assess a project. Who may read or answer is decided by <see cref="AssessmentRules"/>.</summary>
public static class AssessmentLoader
{
    /// <summary>How the person would assess the project: as its team, as staff of its incubator (network administrators
    /// count as such) or as a partner coach; null when they do not see it.</summary>
    public static async Task<AssessorKind?> KindForAsync(AppDbContext db, Actor actor, Guid projectId)
    {
        var project = db.Projects.AsNoTracking().Where(p => p.Id == projectId);
        if (!await project.VisibleTo(actor).AnyAsync()) return null;
        if (await db.ProjectMembers.AnyAsync(m => m.ProjectId == projectId && m.UserId == actor.UserId)) return AssessorKind.SelfAssessment;
        if (await project.ManageableBy(actor).AnyAsync()) return AssessorKind.Coach;
        return AssessorKind.PartnerCoach;
    }

    /// <summary>The latest published version of each grid about <paramref name="subject"/>: what new assessments use.</summary>
    public static async Task<IReadOnlyList<(Guid Id, string Title)>> AssessableVersionsAsync(AppDbContext db, GridSubject subject)
    {
        var versions = await db.GridVersions.AsNoTracking()
            .Where(v => v.Status == GridStatus.Published && v.Grid.Subject == subject)
            .Select(v => new { v.Id, v.GridId, v.Number, v.Title, v.Grid.Key })
            .ToListAsync();
        return versions.GroupBy(v => v.GridId).Select(g => g.MaxBy(v => v.Number)!)
            .OrderBy(v => v.Key, StringComparer.Ordinal)
            .Select(v => (v.Id, $"{v.Title.ForCurrentCulture()} (v{v.Number})"))
            .ToList();
    }

    /// <summary>An assessment with its answers, tracked, and the version it pins with its whole structure.</summary>
    public static async Task<(Assessment Assessment, GridVersion Version)?> LoadAsync(AppDbContext db, Guid id)
    {
        var assessment = await db.Assessments.Include(a => a.Answers).Include(a => a.Project).SingleOrDefaultAsync(a => a.Id == id);
        if (assessment is null) return null;
        var version = await GridLoader.LoadVersionAsync(db, assessment.GridVersionId, tracked: false);
        return (assessment, version!);
    }
}
