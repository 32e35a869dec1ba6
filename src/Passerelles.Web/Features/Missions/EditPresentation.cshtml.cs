namespace Passerelles.Web.Features.Missions;

/// <summary>Changes a presentation, unless someone else changed it meanwhile: its event's editors and its speakers.</summary>
public sealed class EditPresentationModel(AppDbContext db, CurrentActor actors, PresentationEditor editor, IStringLocalizer<Text> t) : PageModel
{
    [BindProperty] public PresentationForm Input { get; set; } = new();

    public PresentationFields Fields { get; private set; } = null!;
    public Guid Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var actor = await actors.GetAsync();
        if (await PresentationAccess.LoadAsync(db, actor, id) is not { } access) return NotFound();
        if (!access.Edits) return Forbid();
        Input = PresentationForm.For(access.Presentation);
        return await ShowAsync(access.Event, id, access.Presentation.ProjectId);
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var actor = await actors.GetAsync();
        if (await PresentationAccess.LoadAsync(db, actor, id, tracked: true) is not { } access) return NotFound();
        if (!access.Edits) return Forbid();
        var stored = access.Presentation.ProjectId;
        if (this.IsSearchStep() || !ModelState.IsValid || await editor.CheckAsync(Input, access.Event, ModelState, stored) is not { } slot)
            return await ShowAsync(access.Event, id, stored);
        Input.ApplyTo(access.Presentation, access.Event, slot);
        if (!await db.SaveAtVersionAsync(access.Presentation, Input.Version, ModelState, t)) return await ShowAsync(access.Event, id, stored);
        TempData["Notice"] = t["The changes to the presentation were saved."].Value;
        return Redirect($"/events/presentations/{id}");
    }

    private async Task<IActionResult> ShowAsync(Event e, Guid id, Guid? storedProject)
    {
        Id = id;
        Fields = await editor.FieldsAsync(this, e, Input, id, storedProject);
        return Page();
    }
}
