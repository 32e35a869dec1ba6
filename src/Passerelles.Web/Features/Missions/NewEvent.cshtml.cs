namespace Passerelles.Web.Features.Missions;

/// <summary>The staff of any organisation create an event the network takes part in; its zone is, until chosen, the
/// zone of the side of the person creating it.</summary>
public sealed class NewEventModel(AppDbContext db, CurrentActor actors, EventEditor editor, IStringLocalizer<Text> t) : PageModel
{
    [BindProperty] public EventForm Input { get; set; } = new();

    public EventFields Fields { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        var actor = await actors.GetAsync();
        if (!actor.MayCreateEvent()) return Forbid();
        Input = EventForm.Blank(actor.Memberships.FirstOrDefault()?.Side ?? Side.France);
        Fields = await editor.FieldsAsync(this, Input);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var actor = await actors.GetAsync();
        if (!actor.MayCreateEvent()) return Forbid();
        if (!this.IsSearchStep() && ModelState.IsValid && await editor.CheckAsync(Input, actor, ModelState))
        {
            var e = new Event();
            Input.ApplyTo(e);
            db.Events.Add(e);
            await db.SaveChangesAsync();
            TempData["Notice"] = t["The event was created."].Value;
            return Redirect($"/events/{e.Id}");
        }
        Fields = await editor.FieldsAsync(this, Input);
        return Page();
    }
}
