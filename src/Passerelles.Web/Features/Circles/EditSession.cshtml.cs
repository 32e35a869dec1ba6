
namespace Passerelles.Web.Features.Circles;

/// <summary>Changes one session (even one of a series); the members receive the new version, whose raised SEQUENCE
/// replaces the old one in their calendars.</summary>
public sealed class EditSessionModel(AppDbContext db, CurrentActor actors, ViewerTime time, SessionInvitations invitations, SchedulingWarnings warnings, IStringLocalizer<Text> t) : PageModel, ISessionFormPage
{
    [BindProperty] public SessionForm Input { get; set; } = new();
    public IReadOnlyList<string> Zones { get; private set; } = [];
    public Guid Id { get; private set; }
    public bool InSeries { get; private set; }
    public SchedulingWarnings.Warnings Warnings { get; private set; } = SchedulingWarnings.Warnings.None;

    /// <summary>When set, the page asks the organiser to confirm a change reaching this many sessions.</summary>
    public int? ToConfirm { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await CircleRefusal.UnlessRunningSessionAsync(db, await actors.GetAsync(), id) is { } refusal) return refusal;
        if (await FindAsync(id) is not { } session) return NotFound();
        Input = SessionForm.For(session);
        Zones = SessionForm.ZoneChoices(time.ZoneId, Input.TimeZoneId);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await CircleRefusal.UnlessRunningSessionAsync(db, await actors.GetAsync(), id) is { } refusal) return refusal;
        if (await FindAsync(id) is not { } session) return NotFound();
        Zones = SessionForm.ZoneChoices(time.ZoneId, Input.TimeZoneId);
        if (!ModelState.IsValid) return Page();
        var reached = await ReachedAsync(session);
        var before = SessionTime.Local(session.StartsAt, session.TimeZoneId);
        var zoneBefore = session.TimeZoneId;
        var after = LocalDate.FromDateOnly(Input.Date!.Value) + LocalTime.FromTimeOnly(Input.Time!.Value);
        var others = await db.CircleSessions.Where(s => reached.Contains(s.Id) && s.Id != id).ToListAsync();
        var moves = others.Prepend(session).Select(occurrence => (Occurrence: occurrence, StartsAt: occurrence == session
                ? Input.StartsAt()
                : SeriesChange.Moved(occurrence.StartsAt, zoneBefore, before, after, Input.CanonicalZone())))
            .ToList();
        var duration = Duration.FromMinutes(Input.DurationMinutes!.Value);
        Warnings = await warnings.ForAsync(session.CircleId, moves
            .Where(m => m.StartsAt != m.Occurrence.StartsAt || Input.DurationMinutes != m.Occurrence.DurationMinutes)
            .Select(m => new Interval(m.StartsAt, m.StartsAt + duration)).ToList(), reached.ToList());
        if ((reached.Count > 1 && !Input.Confirmed) || !Warnings.AcknowledgedBy(Input.Acknowledged))
        {
            ToConfirm = reached.Count > 1 ? reached.Count : null;
            return Page();
        }
        var (title, agenda, video) = (Input.Title!.Trim(), Input.Agenda?.Trim() ?? "", SessionForm.VideoLink(Input.VideoUrl));
        var changed = new List<Guid>();
        foreach (var (occurrence, startsAt) in moves)
        {
            var sequence = occurrence.Sequence;
            occurrence.Schedule(startsAt, Input.CanonicalZone(), Input.DurationMinutes!.Value);
            if (title != occurrence.Title || agenda != occurrence.Agenda || video != occurrence.VideoUrl)
            {
                (occurrence.Title, occurrence.Agenda, occurrence.VideoUrl) = (title, agenda, video);
                if (occurrence.Sequence == sequence) occurrence.Revise();
            }
            if (occurrence.Sequence != sequence) changed.Add(occurrence.Id);
        }
        if (!await db.SaveAtVersionAsync(session, Input.Version, ModelState, t)) return Page();
        if (changed.Count > 0)
            await invitations.SendAsync(session.CircleId, changed, InvitationKind.Updated, Request, HttpContext.RequestAborted);
        TempData["Notice"] = t["The session was changed and the members told."].Value;
        return Redirect($"/circles/sessions/{id}");
    }

    private async Task<CircleSession?> FindAsync(Guid id)
    {
        var actor = await actors.GetAsync();
        Id = id;
        var session = await db.CircleSessions.SingleOrDefaultAsync(s => s.Id == id && s.CancelledAt == null && db.Circles.ManageableBy(actor).Any(c => c.Id == s.CircleId));
        InSeries = session?.SeriesId is not null;
        return session;
    }

    private async Task<IReadOnlyList<Guid>> ReachedAsync(CircleSession session)
    {
        if (session.SeriesId is not { } seriesId || Input.Scope == SeriesScope.ThisOccurrence) return [session.Id];
        var series = await db.CircleSessions.AsNoTracking().Where(s => s.SeriesId == seriesId)
            .Select(s => new SeriesChange.Planned(s.Id, s.StartsAt, s.CancelledAt != null)).ToListAsync();
        return SeriesChange.Reached(series, new SeriesChange.Planned(session.Id, session.StartsAt, false), Input.Scope, time.Now);
    }
}
