namespace Passerelles.Web.Features.Grids;

/// <summary>Removes an element from a draft, with everything under it, after confirmation.</summary>
public sealed class RemoveModel(AppDbContext db, CurrentActor actors, IStringLocalizer<Text> t) : PageModel
{
    public GridVersion Draft { get; private set; } = null!;
    public GridElementKind Kind { get; private set; }
    public string Name { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid versionId, string kind, Guid elementId) =>
        await LoadAsync(versionId, kind, elementId, tracked: false) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid versionId, string kind, Guid elementId)
    {
        if (await LoadAsync(versionId, kind, elementId, tracked: true) is { } refused) return refused;
        DraftElements.Remove(Draft, Kind, elementId);
        await db.SaveChangesAsync();
        TempData["Notice"] = t["{0} was removed from the draft.", Name].Value;
        return Redirect($"/grids/versions/{versionId}/edit");
    }

    private async Task<IActionResult?> LoadAsync(Guid versionId, string kind, Guid elementId, bool tracked)
    {
        // Drafts are not shown to those who may not edit grids: for them this version does not exist.
        if (!(await actors.GetAsync()).MayEditGrids()) return NotFound();
        if (DraftElements.ParseKind(kind) is not { } parsed) return NotFound();
        if (await GridLoader.LoadVersionAsync(db, versionId, tracked) is not { } version) return NotFound();
        if (version.CannotEdit() is { } frozen)
        {
            TempData["Notice"] = t[frozen].Value;
            return Redirect($"/grids/versions/{versionId}");
        }
        if (DraftElements.Find(version, parsed, elementId) is not { } element) return NotFound();
        (Draft, Kind, Name) = (version, parsed, element.Label.ForCurrentCulture());
        return null;
    }
}
