using Microsoft.AspNetCore.Mvc.ModelBinding;
using Passerelles.Web.Features.Grids;
using Passerelles.Web.Infrastructure;

namespace Passerelles.Web.Features.Missions;

/// <summary>The presentation form's fields: the event's tracks, the published grids and the projects the person may
/// see.</summary>
public sealed record PresentationFields(Event Event, PresentationForm Input, IReadOnlyList<PickerChoice> Grids, IReadOnlyList<PickerChoice> Projects);

/// <summary>What the pages adding and changing a presentation share: the fields, and the checks that read the
/// database — a track of this event, a published grid, a project the person sees — before the slot's.</summary>
public sealed class PresentationEditor(AppDbContext db, IStringLocalizer<Text> t)
{
    public const int MaxProjects = 200;

    public async Task<PresentationFields> FieldsAsync(Event e, PresentationForm input, Actor actor)
    {
        var grids = (await db.GridVersions.AsNoTracking().Where(v => v.Status == GridStatus.Published)
                .Select(v => new { v.GridId, v.Number, v.Title }).ToListAsync())
            .GroupBy(v => v.GridId).Select(g => new PickerChoice(g.Key, g.MaxBy(v => v.Number)!.Title.ForCurrentCulture()))
            .OrderBy(g => g.Name, StringComparer.CurrentCulture).ToList();
        var projects = await db.Projects.AsNoTracking().VisibleTo(actor).OrderBy(p => p.Name).Take(MaxProjects)
            .Select(p => new PickerChoice(p.Id, p.Name)).ToListAsync();
        return new PresentationFields(e, input, grids, projects);
    }

    public async Task<(Instant StartsAt, Instant EndsAt)?> CheckAsync(PresentationForm input, Event e, Actor actor, ModelStateDictionary modelState)
    {
        if (input.TrackId is { } track && e.Tracks.All(x => x.Id != track))
            modelState.AddModelError($"Input.{nameof(PresentationForm.TrackId)}", t[PresentationForm.UnknownChoice]);
        if (input.GridId is { } grid && !await db.GridVersions.AnyAsync(v => v.GridId == grid && v.Status == GridStatus.Published))
            modelState.AddModelError($"Input.{nameof(PresentationForm.GridId)}", t[PresentationForm.UnknownChoice]);
        if (input.ProjectId is { } project && !await db.Projects.VisibleTo(actor).AnyAsync(p => p.Id == project))
            modelState.AddModelError($"Input.{nameof(PresentationForm.ProjectId)}", t[PresentationForm.UnknownChoice]);
        return modelState.IsValid ? input.Resolve(e, modelState, t) : null;
    }
}
