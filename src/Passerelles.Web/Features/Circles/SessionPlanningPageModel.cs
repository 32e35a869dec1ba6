namespace Passerelles.Web.Features.Circles;

/// <summary>What the pages planning sessions of a circle share: the circle, planned only by those who run it while it
/// runs, the zones to choose from, the scheduling warnings, and saving the sessions with the members' invitations in
/// one transaction (the e-mails leave once it commits).</summary>
public abstract class SessionPlanningPageModel<TForm>(AppDbContext db, CurrentActor actors, ViewerTime time, SessionInvitations invitations) : PageModel
    where TForm : SessionFields, new()
{
    [BindProperty] public TForm Input { get; set; } = new();
    public IReadOnlyList<string> Zones { get; private set; } = [];
    public Guid Id { get; private set; }
    public string Circle { get; private set; } = "";
    public SchedulingWarnings.Warnings Warnings { get; protected set; } = SchedulingWarnings.Warnings.None;

    protected ViewerTime Time { get; } = time;

    /// <summary>Reads the circle; returns the answer to give instead of the page when the person may not plan its
    /// sessions, or null.</summary>
    protected async Task<IActionResult?> RefuseUnlessPlannableAsync(Guid id)
    {
        var actor = await actors.GetAsync();
        if (await CircleRefusal.UnlessRunningAsync(db, actor, id) is { } refusal) return refusal;
        var name = await db.Circles.AsNoTracking().ManageableBy(actor).Where(c => c.Id == id).Select(c => c.Name).SingleOrDefaultAsync();
        if (name is null) return NotFound();
        (Id, Circle) = (id, name);
        Zones = SessionForm.ZoneChoices(Time.ZoneId, Input.TimeZoneId);
        return null;
    }

    /// <summary>Adds the sessions, saves them, and invites the members to them.</summary>
    protected async Task SaveAndInviteAsync(IReadOnlyList<CircleSession> sessions, Action<AppDbContext>? alsoAdd = null)
    {
        IReadOnlyList<OutgoingEmail> emails;
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            alsoAdd?.Invoke(db);
            db.CircleSessions.AddRange(sessions);
            await db.SaveChangesAsync();
            emails = await invitations.ComposeAsync(Id, sessions.Select(s => s.Id).ToList(), InvitationKind.New, Request, HttpContext.RequestAborted);
            await transaction.CommitAsync();
        }
        await invitations.SendAsync(emails, HttpContext.RequestAborted);
    }
}
