namespace Passerelles.Web.Features.Grids;

/// <summary>A grid version, read-only and printable. Those who edit grids start (or continue) a draft from here.</summary>
public sealed class VersionModel(AppDbContext db, CurrentActor actors, IStringLocalizer<Text> t) : PageModel
{
    public GridVersion Version { get; private set; } = null!;
    public bool MayEdit { get; private set; }
    public Guid? DraftId { get; private set; }
    public bool HasEarlierPublished { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        MayEdit = (await actors.GetAsync()).MayEditGrids();
        if (await GridLoader.LoadVersionAsync(db, id, tracked: false) is not { } version) return NotFound();
        if (version.Status == GridStatus.Draft && !MayEdit) return NotFound();
        Version = version;
        DraftId = await db.GridVersions.Where(v => v.GridId == version.GridId && v.Status == GridStatus.Draft).Select(v => (Guid?)v.Id).SingleOrDefaultAsync();
        HasEarlierPublished = await db.GridVersions.AnyAsync(v => v.GridId == version.GridId && v.Status == GridStatus.Published && v.Number < version.Number);
        return Page();
    }

    /// <summary>Edits start here: the grid's draft in progress, or a new one copied from its latest published version.</summary>
    public async Task<IActionResult> OnPostDraftAsync(Guid id)
    {
        if (!(await actors.GetAsync()).MayEditGrids()) return Forbid();
        var gridId = await db.GridVersions.Where(v => v.Id == id).Select(v => (Guid?)v.GridId).SingleOrDefaultAsync();
        if (gridId is null || await GridLoader.LoadGridAsync(db, gridId.Value) is not { } grid) return NotFound();
        var existing = grid.Draft is not null;
        var draft = grid.StartOrContinueDraft();
        if (!existing) db.GridVersions.Add(draft);
        await db.SaveChangesAsync();
        TempData["Notice"] = (existing ? t["This grid already has a draft: you are editing it."] : t["A new draft was copied from the latest published version."]).Value;
        return Redirect($"/grids/versions/{draft.Id}/edit");
    }
}
