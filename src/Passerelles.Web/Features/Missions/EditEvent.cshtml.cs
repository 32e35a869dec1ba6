namespace Passerelles.Web.Features.Missions;

/// <summary>Changes an event and its tracks, unless someone else changed it meanwhile.</summary>
public sealed class EditEventModel(AppDbContext db, CurrentActor actors, EventEditor editor, IStringLocalizer<Text> t) : PageModel
{
    [BindProperty] public EventForm Input { get; set; } = new();

    public EventFields Fields { get; private set; } = null!;
    public Guid Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var actor = await actors.GetAsync();
        var e = await db.Events.AsNoTracking().VisibleTo(actor).Include(x => x.Tracks).SingleOrDefaultAsync(x => x.Id == id);
        if (e is null) return NotFound();
        if (!actor.MayEdit(e)) return Forbid();
        Input = EventForm.For(e);
        return await ShowAsync(id);
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var actor = await actors.GetAsync();
        var e = await db.Events.VisibleTo(actor).Include(x => x.Tracks).SingleOrDefaultAsync(x => x.Id == id);
        if (e is null) return NotFound();
        if (!actor.MayEdit(e)) return Forbid();
        if (this.IsSearchStep() || !ModelState.IsValid || !await editor.CheckAsync(Input, actor, ModelState)) return await ShowAsync(id);
        Input.ApplyTo(e);
        if (!await db.SaveAtVersionAsync(e, Input.Version, ModelState, t)) return await ShowAsync(id);
        TempData["Notice"] = t["The changes to the event were saved."].Value;
        return Redirect($"/events/{id}");
    }

    private async Task<IActionResult> ShowAsync(Guid id)
    {
        Id = id;
        Fields = await editor.FieldsAsync(this, Input);
        return Page();
    }
}
