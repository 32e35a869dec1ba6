namespace Passerelles.Web.Features.Grids;

/// <summary>Grids and their versions loaded whole, with their structure. Who may read or edit them is decided by
/// <see cref="AssessmentRules"/>.</summary>
public static class GridLoader
{
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
