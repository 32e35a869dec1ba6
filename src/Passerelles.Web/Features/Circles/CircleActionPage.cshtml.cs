namespace Passerelles.Web.Features.Circles;

/// <summary>One action agreed in a circle's session: its owner, or a co-facilitator of the circle, marks it done or reopens it.</summary>
public sealed class CircleActionPageModel(AppDbContext db, CurrentActor actors, ViewerTime time, IStringLocalizer<Text> t) : PageModel
{
    public sealed record View(Guid Id, Guid SessionId, string Session, string Circle, string Description, string Owner, LocalDate DueOn, Instant? DoneAt);

    public View Action { get; private set; } = null!;
    public LocalDate Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id) => await FindAsync(id) ?? Page();

    public Task<IActionResult> OnPostDoneAsync(Guid id) => ChangeAsync(id, action => action.MarkDone(time.Now), "The action is marked done.");

    public Task<IActionResult> OnPostReopenAsync(Guid id) => ChangeAsync(id, action => action.Reopen(), "The action is open again.");

    private async Task<IActionResult> ChangeAsync(Guid id, Action<CircleAction> change, string notice)
    {
        if (await FindAsync(id) is { } refusal) return refusal;
        await ConcurrentChange.SaveAsync(db, async () => change(await db.CircleActions.SingleAsync(a => a.Id == id)));
        TempData["Notice"] = t[notice].Value;
        return Redirect($"/circles/actions/{id}");
    }

    /// <summary>Loads the action, or answers 404 to someone outside its circle and 403 to a member who neither owns it
    /// nor runs the circle.</summary>
    private async Task<IActionResult?> FindAsync(Guid id)
    {
        var actor = await actors.GetAsync();
        var action = await db.CircleActions.AsNoTracking()
            .Where(a => a.Id == id && db.Circles.VisibleTo(actor).Any(c => c.Id == a.Session.CircleId))
            .Select(a => new
            {
                View = new View(a.Id, a.SessionId, a.Session.Title, a.Session.Circle.Name, a.Description, a.Owner.DisplayName, a.DueOn, a.DoneAt),
                a.OwnerId,
                Runs = db.Circles.ManageableBy(actor).Any(c => c.Id == a.Session.CircleId),
            })
            .SingleOrDefaultAsync();
        if (action is null) return NotFound();
        if (action.OwnerId != actor.UserId && !action.Runs) return Forbid();
        Action = action.View;
        Today = time.InViewerZone(time.Now).Date;
        return null;
    }
}
