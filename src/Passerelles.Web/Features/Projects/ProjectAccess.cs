using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Passerelles.Web.Data;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Infrastructure.Security;

namespace Passerelles.Web.Features.Projects;

/// <summary>Who sees and who manages incubated projects and an incubator's set-up.
/// Staff of an incubator: its organisation administrators and coaches. They manage its programmes, cohorts, stage
/// model and projects; network administrators manage everything.
/// Seeing a project: its incubator's staff, the members of its team who have an account, network administrators,
/// and the coaches of a partner incubator only while an unrevoked share with that partner stands. Nothing else crosses
/// from one incubator to another.</summary>
public static class ProjectAccess
{
    private static readonly MemberRole[] StaffRoles = [MemberRole.OrganisationAdministrator, MemberRole.Coach];

    /// <summary>The incubators whose staff the person is: all of them for network administrators.</summary>
    public static IQueryable<Organisation> StaffedBy(this IQueryable<Organisation> organisations, AppDbContext db, ClaimsPrincipal user)
    {
        var incubators = organisations.Where(o => o.Kind == OrganisationKind.Incubator);
        if (user.IsNetworkAdministrator()) return incubators;
        if (user.UserId() is not { } userId) return incubators.Where(o => false);
        var staffOf = db.Memberships.Where(m => m.UserId == userId && StaffRoles.Contains(m.Role)).Select(m => m.OrganisationId);
        return incubators.Where(o => staffOf.Contains(o.Id));
    }

    public static async Task<bool> IsStaffOfAsync(AppDbContext db, ClaimsPrincipal user, Guid incubatorId) =>
        await db.Organisations.StaffedBy(db, user).AnyAsync(o => o.Id == incubatorId);

    public static async Task<bool> IsStaffSomewhereAsync(AppDbContext db, ClaimsPrincipal user) =>
        await db.Organisations.StaffedBy(db, user).AnyAsync();

    public static IQueryable<Project> VisibleTo(this IQueryable<Project> projects, AppDbContext db, ClaimsPrincipal user)
    {
        if (user.IsNetworkAdministrator()) return projects;
        if (user.UserId() is not { } userId) return projects.Where(p => false);
        var staffOf = db.Memberships.Where(m => m.UserId == userId && StaffRoles.Contains(m.Role)).Select(m => m.OrganisationId);
        var coachOf = db.Memberships.Where(m => m.UserId == userId && m.Role == MemberRole.Coach).Select(m => m.OrganisationId);
        return projects.Where(p =>
            staffOf.Contains(p.IncubatorId) ||
            p.Members.Any(m => m.UserId == userId) ||
            p.Shares.Any(s => s.RevokedAt == null && coachOf.Contains(s.PartnerIncubatorId)));
    }

    /// <summary>The projects the person manages: those of the incubators they are staff of.</summary>
    public static IQueryable<Project> ManageableBy(this IQueryable<Project> projects, AppDbContext db, ClaimsPrincipal user)
    {
        if (user.IsNetworkAdministrator()) return projects;
        if (user.UserId() is not { } userId) return projects.Where(p => false);
        var staffOf = db.Memberships.Where(m => m.UserId == userId && StaffRoles.Contains(m.Role)).Select(m => m.OrganisationId);
        return projects.Where(p => staffOf.Contains(p.IncubatorId));
    }

    public static Task<bool> MaySeeAsync(AppDbContext db, ClaimsPrincipal user, Guid projectId) =>
        db.Projects.VisibleTo(db, user).AnyAsync(p => p.Id == projectId);

    public static Task<bool> MayManageAsync(AppDbContext db, ClaimsPrincipal user, Guid projectId) =>
        db.Projects.ManageableBy(db, user).AnyAsync(p => p.Id == projectId);
}
