namespace Passerelles.Web.Features.Missions;

/// <summary>Deletes an event once confirmed, by those who edit it: its presentations go with it (their feedback,
/// contacts and slides too). The itinerary items of missions that take part in it stay in their itineraries, without
/// the link: a mission's plan is its own, and whoever deletes the event may not even see it.</summary>
public sealed class DeleteEventModel(AppDbContext db, CurrentActor actors, SlideFiles slides, IStringLocalizer<Text> t) : PageModel
{
    public Deletion Deletion { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id) => await FindAsync(id) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await FindAsync(id) is { } refusal) return refusal;
        var stored = await db.Presentations.Where(p => p.EventId == id && p.SlidesStoredName != null).Select(p => p.SlidesStoredName).ToListAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.ItineraryItems.Where(i => i.EventId == id).ExecuteUpdateAsync(s => s.SetProperty(i => i.EventId, (Guid?)null));
        // Presentations, with their speakers, feedback and contacts, go with the event (cascade).
        await db.Events.Where(e => e.Id == id).ExecuteDeleteAsync();
        await transaction.CommitAsync();
        foreach (var name in stored) await slides.Store.DeleteAsync(name);
        TempData["Notice"] = t["The event was deleted."].Value;
        return Redirect("/events");
    }

    private async Task<IActionResult?> FindAsync(Guid id)
    {
        if (await EventAccess.LoadAsync(db, await actors.GetAsync(), id) is not { } access) return NotFound();
        if (!access.Edits) return Forbid();
        var presentations = await db.Presentations.CountAsync(p => p.EventId == id);
        var items = await db.ItineraryItems.CountAsync(i => i.EventId == id);
        var details = new List<string> { t["Presentations deleted with it, with their feedback, contacts and slides: {0}.", presentations] };
        if (items > 0) details.Add(t["Itinerary items of missions that take part in it, which stay in their itineraries without the link to the event: {0}.", items]);
        Deletion = new Deletion(t["Delete the event {0}?", access.Event.Name], details, $"/events/{id}", t["Delete"]);
        return null;
    }
}
