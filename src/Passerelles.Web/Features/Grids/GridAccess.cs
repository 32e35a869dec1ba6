using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Passerelles.Web.Data;
using Passerelles.Web.Features.Projects;
using Passerelles.Web.Infrastructure.Security;

namespace Passerelles.Web.Features.Grids;

/// <summary>Who reads and who edits grids. Everyone signed in reads published versions. Network administrators and the
/// staff of any incubator (its administrators and coaches) also see drafts, and edit, import, publish and map them:
/// grids are shared by the whole network, not owned by one incubator.</summary>
public static class GridAccess
{
    public static async Task<bool> MayEditAsync(AppDbContext db, ClaimsPrincipal user) =>
        user.IsNetworkAdministrator() || await ProjectAccess.IsStaffSomewhereAsync(db, user);

    /// <summary>A version with its grid, scale and whole structure, tracked so that it can be changed.</summary>
    public static Task<GridVersion?> LoadVersionAsync(AppDbContext db, Guid versionId, bool tracked = true)
    {
        var versions = tracked ? db.GridVersions : db.GridVersions.AsNoTracking();
        return versions
            .Include(v => v.Grid)
            .Include(v => v.Levels)
            .Include(v => v.Dimensions).ThenInclude(d => d.Criteria).ThenInclude(c => c.Indicators)
            .AsSplitQuery()
            .SingleOrDefaultAsync(v => v.Id == versionId);
    }

    /// <summary>A grid with every version and their structure: what starting a new draft copies from.</summary>
    public static Task<Grid?> LoadGridAsync(AppDbContext db, Guid gridId) =>
        db.Grids
            .Include(g => g.Versions).ThenInclude(v => v.Levels)
            .Include(g => g.Versions).ThenInclude(v => v.Dimensions).ThenInclude(d => d.Criteria).ThenInclude(c => c.Indicators)
            .AsSplitQuery()
            .SingleOrDefaultAsync(g => g.Id == gridId);
}
