namespace Passerelles.Web.Features.Pick;

/// <summary>The projects suggested while someone types in the project picker of a presentation
/// (<c>?event=…&amp;pick.Input.ProjectId=ecole</c>, or <c>?presentation=…</c>): those they may see whose name matches.
/// Someone who may not change the presentation is refused as its pages refuse them.</summary>
public sealed class ProjectsModel(ProjectPicks picks) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid? @event, Guid? presentation, CancellationToken cancellationToken)
    {
        if (this.PickedField() is not var (field, text)) return BadRequest();
        return await picks.RefusalAsync(new ProjectContext(@event, presentation)) ?? this.Suggestions(field, await picks.FindAsync(text, cancellationToken));
    }
}
