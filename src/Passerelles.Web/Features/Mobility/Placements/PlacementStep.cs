namespace Passerelles.Web.Features.Mobility.Placements;

/// <summary>What the pages recording a step of a placement (arrival, check-in, incident, early return, closing) share:
/// the placement found for who may take the step, today in the viewer's zone, and the placement's stay row.</summary>
public abstract class PlacementStep(AppDbContext db, CurrentActor actors, ViewerTime time, IStringLocalizer<Text> t) : PageModel
{
    public PlacementScope Scope { get; private set; } = null!;
    protected LocalDate Today { get; private set; }
    protected Instant Now => time.Now;

    /// <summary>Who may take this step among those who see the placement; the others get 403.</summary>
    protected abstract bool MayTake(PlacementScope scope);

    /// <summary>Finds the placement; null when the actor may take the step, else the refusal.</summary>
    protected async Task<IActionResult?> EnterAsync(Guid id)
    {
        var scope = await PlacementScope.LoadAsync(db, await actors.GetAsync(), id, tracked: true);
        if (scope is null) return NotFound();
        if (!MayTake(scope)) return Forbid();
        Scope = scope;
        Today = time.InViewerZone(time.Now).Date;
        return null;
    }

    /// <summary>The placement's stay row, created on its first step.</summary>
    protected async Task<PlacementStay> StayAsync() =>
        await db.PlacementStays.SingleOrDefaultAsync(s => s.PlacementId == Scope.Id)
        ?? db.PlacementStays.Add(new PlacementStay { PlacementId = Scope.Id }).Entity;

    /// <summary>Puts the broken rule next to <paramref name="field"/>; true when there was one.</summary>
    protected bool Refused(string? problem, string field)
    {
        if (problem is null) return false;
        ModelState.AddModelError(field, t[problem]);
        return true;
    }

    /// <summary>Saves the step; when someone else changed the placement at the same moment, nothing is saved and the
    /// page says so.</summary>
    protected async Task<IActionResult> SavedAsync(string notice)
    {
        try
        {
            await db.SaveChangesAsync();
        }
        catch (Exception exception) when (exception is DbUpdateConcurrencyException || exception is DbUpdateException update && UniqueViolation.Is(update))
        {
            ModelState.AddModelError("", t["Someone else changed this placement at the same moment. Check it and try again."]);
            return Page();
        }
        TempData["Notice"] = t[notice].Value;
        return Redirect($"/mobility/placements/{Scope.Id}");
    }

    protected static LocalDate Day(DateOnly? date) => LocalDate.FromDateOnly(date!.Value);
}
