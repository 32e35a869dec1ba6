namespace Passerelles.Web.Features.Grids;

/// <summary>The draft editor: the version's settings, and its structure with links to add, edit, move and remove
/// levels, dimensions, criteria and indicators. A published version is refused here: it is frozen.</summary>
public sealed class EditModel(AppDbContext db, CurrentActor actors, IStringLocalizer<Text> t) : GridDraftPageModel(db, actors, t)
{
    [BindProperty] public VersionSettingsForm Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id, tracked: false) is { } refused) return refused;
        Input = VersionSettingsForm.From(Draft);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id, tracked: true) is { } refused) return refused;
        if (Input.Version != Draft.Version)
            ModelState.AddModelError("", T["Someone else changed this draft meanwhile. Reload the page to see their change."]);
        if (!ModelState.IsValid) return Page();
        Input.ApplyTo(Draft);
        await Db.SaveChangesAsync();
        TempData["Notice"] = T["The draft was saved."].Value;
        return Redirect($"/grids/versions/{id}/edit");
    }

    public async Task<IActionResult> OnPostMoveAsync(Guid id, string? kind, Guid element, int direction)
    {
        if (await LoadAsync(id, tracked: true) is { } refused) return refused;
        if (direction is not (-1 or 1) || !DraftElements.TryMove(Draft, kind, element, direction)) return NotFound();
        await Db.SaveChangesAsync();
        return Redirect($"/grids/versions/{id}/edit");
    }

    private Task<IActionResult?> LoadAsync(Guid id, bool tracked) => LoadDraftAsync(id, tracked);
}
