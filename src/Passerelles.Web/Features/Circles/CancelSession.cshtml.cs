namespace Passerelles.Web.Features.Circles;

/// <summary>Cancels a session after confirmation — for a session of a series, this one, this one and those after it,
/// or every occurrence not yet begun; the members receive a METHOD:CANCEL calendar message. The sessions stay, marked
/// cancelled, so calendars and the circle's history keep them.</summary>
public sealed class CancelSessionModel(AppDbContext db, CurrentActor actors, ViewerTime time, SessionInvitations invitations, IStringLocalizer<Text> t) : PageModel
{
    public sealed class CancelForm
    {
        public SeriesScope Scope { get; set; }
    }

    [BindProperty] public CancelForm Input { get; set; } = new();
    public Guid Id { get; private set; }
    public string Title { get; private set; } = "";
    public string Circle { get; private set; } = "";
    public Instant StartsAt { get; private set; }
    public bool InSeries { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await CircleRefusal.UnlessRunningSessionAsync(db, await actors.GetAsync(), id) is { } refusal) return refusal;
        return await FindAsync(id) is not null ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await CircleRefusal.UnlessRunningSessionAsync(db, await actors.GetAsync(), id) is { } refusal) return refusal;
        if (await FindAsync(id) is not { } session) return NotFound();
        var reached = await ReachedAsync(session);
        var sessions = await db.CircleSessions.Where(s => reached.Contains(s.Id)).ToListAsync();
        foreach (var occurrence in sessions) occurrence.Cancel(time.Now);
        await db.SaveChangesAsync();
        await invitations.SendAsync(session.CircleId, reached, InvitationKind.Cancelled, Request, HttpContext.RequestAborted);
        TempData["Notice"] = reached.Count == 1
            ? t["The session was cancelled and the members told."].Value
            : t["{0} sessions were cancelled and the members told.", reached.Count].Value;
        return Redirect($"/circles/sessions/{id}");
    }

    private async Task<IReadOnlyList<Guid>> ReachedAsync(CircleSession session)
    {
        if (session.SeriesId is not { } seriesId || Input.Scope == SeriesScope.ThisOccurrence) return [session.Id];
        var series = await db.CircleSessions.AsNoTracking().Where(s => s.SeriesId == seriesId)
            .Select(s => new SeriesChange.Planned(s.Id, s.StartsAt, s.CancelledAt != null)).ToListAsync();
        return SeriesChange.Reached(series, new SeriesChange.Planned(session.Id, session.StartsAt, false), Input.Scope, time.Now);
    }

    private async Task<CircleSession?> FindAsync(Guid id)
    {
        var actor = await actors.GetAsync();
        var session = await db.CircleSessions.Include(s => s.Circle)
            .SingleOrDefaultAsync(s => s.Id == id && s.CancelledAt == null && db.Circles.ManageableBy(actor).Any(c => c.Id == s.CircleId));
        if (session is null) return null;
        (Id, Title, Circle, StartsAt, InSeries) = (id, session.Title, session.Circle.Name, session.StartsAt, session.SeriesId is not null);
        return session;
    }
}
