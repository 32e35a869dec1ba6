namespace Passerelles.Web.Features.Missions;

/// <summary>Removes an item from the itinerary, once confirmed, unless someone else changed it meanwhile.</summary>
public sealed class DeleteItineraryItemModel(AppDbContext db, CurrentActor actors, IStringLocalizer<Text> t) : PageModel
{
    public ItineraryItem Item { get; private set; } = null!;

    [BindProperty] public int Version { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid itemId)
    {
        var actor = await actors.GetAsync();
        if (await ItineraryAccess.LoadAsync(db, actor, id) is not { } access) return NotFound();
        if (await access.Items(db, actor).AsNoTracking().SingleOrDefaultAsync(i => i.Id == itemId) is not { } item) return NotFound();
        if (!access.Manages) return Forbid();
        (Item, Version) = (item, item.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid itemId)
    {
        var actor = await actors.GetAsync();
        if (await ItineraryAccess.LoadAsync(db, actor, id) is not { } access) return NotFound();
        if (await access.Items(db, actor).SingleOrDefaultAsync(i => i.Id == itemId) is not { } item) return NotFound();
        if (!access.Manages) return Forbid();
        db.ItineraryItems.Remove(item);
        if (!await db.SaveAtVersionAsync(item, Version, ModelState, t))
        {
            if (await db.ItineraryItems.AsNoTracking().SingleOrDefaultAsync(i => i.Id == itemId) is not { } now) return Redirect($"/missions/{id}/itinerary");
            (Item, Version) = (now, now.Version);
            ModelState.Remove(nameof(Version));
            return Page();
        }
        TempData["Notice"] = t["The item was removed from the itinerary."].Value;
        return Redirect($"/missions/{id}/itinerary");
    }
}
