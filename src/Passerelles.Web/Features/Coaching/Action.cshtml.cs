
namespace Passerelles.Web.Features.Coaching;

/// <summary>One action agreed in a session: its owner, or anyone who may coach its project, marks it done or reopens it.
/// Not found to whoever neither owns it nor sees its project; forbidden to whoever sees the project without coaching it.</summary>
public sealed class ActionModel(AppDbContext db, CurrentActor actors, ViewerTime time, IStringLocalizer<Text> t) : PageModel
{
    public sealed record View(Guid Id, Guid ProjectId, string Project, string Description, string Owner, LocalDate DueOn, Instant? DoneAt);

    [BindProperty(SupportsGet = true, Name = "returnUrl")] public string? ReturnUrl { get; set; }

    public View Action { get; private set; } = null!;
    public LocalDate Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id) => await FindAsync(id) ?? Page();

    public Task<IActionResult> OnPostDoneAsync(Guid id) => ChangeAsync(id, action => action.MarkDone(time.Now), "The action is marked done.");

    public Task<IActionResult> OnPostReopenAsync(Guid id) => ChangeAsync(id, action => action.Reopen(), "The action is open again.");

    private async Task<IActionResult> ChangeAsync(Guid id, Action<CoachingAction> change, string notice)
    {
        if (await FindAsync(id) is { } refused) return refused;
        await ConcurrentChange.SaveAsync(db, async () => change(await db.CoachingActions.SingleAsync(a => a.Id == id)));
        TempData["Notice"] = t[notice].Value;
        return Redirect(ReturnUrl is { Length: > 0 } url && Url.IsLocalUrl(url) ? url : $"/projects/{Action.ProjectId}/coaching");
    }

    private async Task<IActionResult?> FindAsync(Guid id)
    {
        var action = await db.CoachingActions.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new { View = new View(a.Id, a.ProjectId, a.Project.Name, a.Description, a.Owner.DisplayName, a.DueOn, a.DoneAt), a.OwnerId })
            .SingleOrDefaultAsync();
        if (action is null) return NotFound();
        var actor = await actors.GetAsync();
        var projectId = action.View.ProjectId;
        var owns = action.OwnerId == actor.UserId;
        var refused = Refusals.Unless(
            maySee: owns || await db.Projects.VisibleTo(actor).AnyAsync(p => p.Id == projectId),
            mayAct: owns || await db.Projects.CoachableBy(actor).AnyAsync(p => p.Id == projectId));
        if (refused is not null) return refused;
        Action = action.View;
        Today = time.InViewerZone(time.Now).Date;
        return null;
    }
}
