namespace Passerelles.Web.Features.Missions;

/// <summary>Deletes a presentation from its event once confirmed, with its feedback, contacts and slides: those who edit
/// the event do it, as they add presentations; its speakers, who change it, do not remove it from the programme.</summary>
public sealed class DeletePresentationModel(AppDbContext db, CurrentActor actors, SlideFiles slides, IStringLocalizer<Text> t) : PageModel
{
    public Deletion Deletion { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id) => await FindAsync(id) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await FindAsync(id) is { } refusal) return refusal;
        var presentation = await db.Presentations.Where(p => p.Id == id).Select(p => new { p.EventId, p.SlidesStoredName }).SingleAsync();
        if (await db.Presentations.Where(p => p.Id == id).ExecuteDeleteAsync() > 0) await slides.Store.DeleteAsync(presentation.SlidesStoredName);
        TempData["Notice"] = t["The presentation was deleted."].Value;
        return Redirect($"/events/{presentation.EventId}");
    }

    private async Task<IActionResult?> FindAsync(Guid id)
    {
        var actor = await actors.GetAsync();
        if (await PresentationAccess.LoadAsync(db, actor, id) is not { } access) return NotFound();
        if (!actor.MayEdit(access.Event)) return Forbid();
        Deletion = new Deletion(t["Delete the presentation {0}?", access.Presentation.Title],
            [t["Its feedback, contacts and slides are deleted with it."]], $"/events/presentations/{id}", t["Delete"]);
        return null;
    }
}
