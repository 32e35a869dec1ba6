namespace Passerelles.Web.Features.Missions;

/// <summary>Changes an item of the itinerary, unless someone else changed it meanwhile.</summary>
public sealed class EditItineraryItemModel(AppDbContext db, CurrentActor actors, ItineraryEditor editor, IStringLocalizer<Text> t) : PageModel
{
    [BindProperty] public ItineraryForm Input { get; set; } = new();

    public ItineraryFields Fields { get; private set; } = null!;
    public Guid ItemId { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid itemId)
    {
        var actor = await actors.GetAsync();
        if (await ItineraryAccess.LoadAsync(db, actor, id) is not { } access) return NotFound();
        if (await access.Items(db, actor).AsNoTracking().SingleOrDefaultAsync(i => i.Id == itemId) is not { } item) return NotFound();
        if (!access.Manages) return Forbid();
        Input = ItineraryForm.For(item);
        return await ShowAsync(id, itemId, actor);
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid itemId)
    {
        var actor = await actors.GetAsync();
        if (await ItineraryAccess.LoadAsync(db, actor, id) is not { } access) return NotFound();
        if (await access.Items(db, actor).SingleOrDefaultAsync(i => i.Id == itemId) is not { } item) return NotFound();
        if (!access.Manages) return Forbid();
        if (Input.Kind != item.Kind) return BadRequest();
        if (this.IsSearchStep() || !ModelState.IsValid || await editor.CheckAsync(Input, access.Mission, actor, ModelState, item.HostPersonId) is not (var when, var place))
            return await ShowAsync(id, itemId, actor);
        Input.ApplyTo(item, when, place);
        if (!await db.SaveAtVersionAsync(item, Input.Version, ModelState, t)) return await ShowAsync(id, itemId, actor);
        TempData["Notice"] = t["The changes to the itinerary were saved."].Value;
        return Redirect($"/missions/{id}/itinerary#item-{itemId}");
    }

    private async Task<IActionResult> ShowAsync(Guid id, Guid itemId, Actor actor)
    {
        ItemId = itemId;
        Fields = await editor.FieldsAsync(this, id, Input, actor);
        return Page();
    }
}
