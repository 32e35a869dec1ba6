namespace Passerelles.Web.Features.Grids;

/// <summary>Removes an element from a draft, with everything under it, after confirmation.</summary>
public sealed class RemoveModel(AppDbContext db, CurrentActor actors, IStringLocalizer<Text> t) : GridDraftPageModel(db, actors, t)
{
    public string Name { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid versionId, string kind, Guid elementId) =>
        await LoadAsync(versionId, kind, elementId, tracked: false) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid versionId, string kind, Guid elementId)
    {
        if (await LoadAsync(versionId, kind, elementId, tracked: true) is { } refused) return refused;
        DraftElements.Remove(Draft, Kind, elementId);
        await Db.SaveChangesAsync();
        TempData["Notice"] = T["{0} was removed from the draft.", Name].Value;
        return Redirect($"/grids/versions/{versionId}/edit");
    }

    private async Task<IActionResult?> LoadAsync(Guid versionId, string kind, Guid elementId, bool tracked)
    {
        if (await LoadDraftAsync(versionId, tracked, kind) is { } refused) return refused;
        if (DraftElements.Find(Draft, Kind, elementId) is not { } element) return NotFound();
        Name = element.Label.ForCurrentCulture();
        return null;
    }
}
