namespace Passerelles.Web.Features.Missions;

/// <summary>Those who edit an event add the network's presentations to it; the speakers and slides come next, on the
/// presentation's page.</summary>
public sealed class NewPresentationModel(AppDbContext db, CurrentActor actors, PresentationEditor editor, IStringLocalizer<Text> t) : PageModel
{
    [BindProperty] public PresentationForm Input { get; set; } = new();

    public PresentationFields Fields { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var actor = await actors.GetAsync();
        if (await EventAccess.LoadAsync(db, actor, id) is not { } access) return NotFound();
        if (!access.Edits) return Forbid();
        Input = PresentationForm.Blank(access.Event);
        Fields = await editor.FieldsAsync(this, access.Event, Input);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var actor = await actors.GetAsync();
        if (await EventAccess.LoadAsync(db, actor, id) is not { } access) return NotFound();
        if (!access.Edits) return Forbid();
        if (!this.IsSearchStep() && ModelState.IsValid && await editor.CheckAsync(Input, access.Event, ModelState) is { } slot)
        {
            var presentation = new Presentation { EventId = id };
            Input.ApplyTo(presentation, access.Event, slot);
            db.Presentations.Add(presentation);
            await db.SaveChangesAsync();
            TempData["Notice"] = t["The presentation was added."].Value;
            return Redirect($"/events/presentations/{presentation.Id}");
        }
        Fields = await editor.FieldsAsync(this, access.Event, Input);
        return Page();
    }
}
