using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Passerelles.Web.Data;
using Passerelles.Web.Features.Grids;
using Passerelles.Web.Features.Projects;
using Passerelles.Web.Infrastructure.Security;

namespace Passerelles.Web.Features.Assessments;

/// <summary>Who assesses and who reads assessments. A project's assessments follow the project: whoever sees the
/// project (its team, its incubator's staff, partner coaches while a share stands, network administrators) may assess
/// it and read its assessments; nobody else learns they exist. A territory is assessed and read by incubator staff and
/// network administrators. Only the assessor changes a draft; nobody changes a submitted assessment.</summary>
public static class AssessmentAccess
{
    /// <summary>How the person would assess the project: as its team, as a coach of its incubator (network
    /// administrators count as such) or as a partner coach; null when they do not see it.</summary>
    public static async Task<AssessorKind?> KindForAsync(AppDbContext db, ClaimsPrincipal user, Guid projectId)
    {
        if (!await ProjectAccess.MaySeeAsync(db, user, projectId)) return null;
        var userId = user.UserId();
        if (await db.ProjectMembers.AnyAsync(m => m.ProjectId == projectId && m.UserId == userId)) return AssessorKind.SelfAssessment;
        if (await ProjectAccess.MayManageAsync(db, user, projectId)) return AssessorKind.Coach;
        return AssessorKind.PartnerCoach;
    }

    public static async Task<bool> MayReadAsync(AppDbContext db, ClaimsPrincipal user, Guid? projectId) =>
        projectId is { } id ? await ProjectAccess.MaySeeAsync(db, user, id) : await GridAccess.MayEditAsync(db, user);

    /// <summary>The assessments the person may read.</summary>
    public static IQueryable<Assessment> VisibleTo(this IQueryable<Assessment> assessments, AppDbContext db, ClaimsPrincipal user, bool staff)
    {
        var projects = db.Projects.VisibleTo(db, user).Select(p => p.Id);
        return assessments.Where(a => a.ProjectId == null ? staff : projects.Contains(a.ProjectId.Value));
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
        var version = await GridAccess.LoadVersionAsync(db, assessment.GridVersionId, tracked: false);
        return (assessment, version!);
    }
}
