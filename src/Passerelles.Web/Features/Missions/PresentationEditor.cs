
namespace Passerelles.Web.Features.Missions;

/// <summary>The presentation form's fields: the event's tracks, the published grids, and the picker of the projects the
/// person may see.</summary>
public sealed record PresentationFields(Event Event, PresentationForm Input, IReadOnlyList<PickerChoice> Grids, Picker Project);

/// <summary>What the pages adding and changing a presentation share: the fields, and the checks that read the
/// database — a track of this event, a published grid, a project the person sees — before the slot's.</summary>
public sealed class PresentationEditor(AppDbContext db, ProjectPicks projects, IStringLocalizer<Text> t)
{
    /// <summary>The fields of a presentation of <paramref name="e"/>, added to it or, when <paramref name="presentation"/>
    /// is given, changed: the project it already presents stays, by a name that tells nothing, for someone who may not see
    /// it.</summary>
    public async Task<PresentationFields> FieldsAsync(PageModel page, Event e, PresentationForm input, Guid? presentation = null, Guid? storedProject = null)
    {
        var grids = (await db.GridVersions.AsNoTracking().Where(v => v.Status == GridStatus.Published)
                .Select(v => new { v.GridId, v.Number, v.Title }).ToListAsync())
            .GroupBy(v => v.GridId).Select(g => new PickerChoice(g.Key, g.MaxBy(v => v.Number)!.Title.ForCurrentCulture()))
            .OrderBy(g => g.Name, StringComparer.CurrentCulture).ToList();
        var context = presentation is null ? new ProjectContext(Event: e.Id) : new ProjectContext(Presentation: presentation);
        var unseen = storedProject is not null && input.ProjectId == storedProject ? t["A project you may not see"].Value : null;
        var project = await projects.PickerAsync(page, context, $"Input.{nameof(PresentationForm.ProjectId)}", t["Project"], input.ProjectId, t["No project"], unseen);
        return new PresentationFields(e, input, grids, project);
    }

    public async Task<(Instant StartsAt, Instant EndsAt)?> CheckAsync(PresentationForm input, Event e, ModelStateDictionary modelState, Guid? storedProject = null)
    {
        if (input.TrackId is { } track && e.Tracks.All(x => x.Id != track))
            modelState.AddModelError($"Input.{nameof(PresentationForm.TrackId)}", t[PresentationForm.UnknownChoice]);
        if (input.GridId is { } grid && !await db.GridVersions.AnyAsync(v => v.GridId == grid && v.Status == GridStatus.Published))
            modelState.AddModelError($"Input.{nameof(PresentationForm.GridId)}", t[PresentationForm.UnknownChoice]);
        if (input.ProjectId is { } project && project != storedProject && !await projects.MayPickAsync(project))
            modelState.AddModelError($"Input.{nameof(PresentationForm.ProjectId)}", t[PresentationForm.UnknownProject]);
        return modelState.IsValid ? input.Resolve(e, modelState, t) : null;
    }
}
