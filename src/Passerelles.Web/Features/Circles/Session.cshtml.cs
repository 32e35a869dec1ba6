namespace Passerelles.Web.Features.Circles;

/// <summary>One session: when in both sides' time (and the viewer's), why the hour differs in an offset week, the agenda,
/// the video-conference link. Each member answers whether they will come; the organisers see every answer and who has
/// not answered.</summary>
public sealed class SessionModel(AppDbContext db, CurrentActor actors, TimeProvider clock, IStringLocalizer<Text> t) : PageModel
{
    public sealed record RsvpRow(string Name, RsvpAnswer? Answer);

    public sealed record ActionRow(Guid Id, string Description, string Owner, LocalDate DueOn, bool Done);

    public sealed record AttendeeRow(string Name, bool Present, bool ConsentsToRecording);

    public Guid Id { get; private set; }
    public Guid CircleId { get; private set; }
    public string Circle { get; private set; } = "";
    public string Title { get; private set; } = "";
    public string Agenda { get; private set; } = "";
    public Instant StartsAt { get; private set; }
    public string TimeZoneId { get; private set; } = "";
    public int DurationMinutes { get; private set; }
    public bool Cancelled { get; private set; }
    public bool InSeries { get; private set; }
    public bool CanManage { get; private set; }
    public OffsetWeeks.Period? OffsetPeriod { get; private set; }
    public string Notes { get; private set; } = "";
    public Uri? RecordingUrl { get; private set; }
    public Uri? VideoUrl { get; private set; }
    public bool IsMember { get; private set; }
    public RsvpAnswer? MyAnswer { get; private set; }

    /// <summary>Every member's answer (null: not answered yet), for the organisers only.</summary>
    public IReadOnlyList<RsvpRow> Rsvps { get; private set; } = [];
    public IReadOnlyList<string> Decisions { get; private set; } = [];
    public IReadOnlyList<ActionRow> Actions { get; private set; } = [];
    public IReadOnlyList<AttendeeRow> Attendance { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    /// <summary>A member answers whether they will come: yes, maybe or no; a later answer replaces the earlier one.</summary>
    public async Task<IActionResult> OnPostRsvpAsync(Guid id, string? answer)
    {
        if (!await LoadAsync(id)) return NotFound();
        if (!IsMember || User.UserId() is not { } userId) return Forbid();
        if (Cancelled) return Redirect($"/circles/sessions/{id}");
        if (!Enum.GetNames<RsvpAnswer>().Contains(answer) || !Enum.TryParse<RsvpAnswer>(answer, out var chosen))
        {
            ModelState.AddModelError("answer", t["Choose yes, maybe or no."]);
            return Page();
        }
        var now = Instant.FromDateTimeOffset(clock.GetUtcNow());
        var mine = db.SessionRsvps.Where(r => r.SessionId == id && r.UserId == userId);
        // Two clicks at once: the second insert finds the first one's row and updates it instead.
        if (await mine.ExecuteUpdateAsync(r => r.SetProperty(x => x.Answer, chosen).SetProperty(x => x.AnsweredAt, now)) == 0 &&
            !await OnceOnly.ClaimAsync(db, new SessionRsvp { SessionId = id, UserId = userId, Answer = chosen, AnsweredAt = now },
                r => r.SessionId == id && r.UserId == userId, HttpContext.RequestAborted))
            await mine.ExecuteUpdateAsync(r => r.SetProperty(x => x.Answer, chosen).SetProperty(x => x.AnsweredAt, now));
        TempData["Notice"] = t["Your answer was saved."].Value;
        return Redirect($"/circles/sessions/{id}");
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var actor = await actors.GetAsync();
        var session = await db.CircleSessions.AsNoTracking()
            .Where(s => s.Id == id && db.Circles.VisibleTo(actor).Any(c => c.Id == s.CircleId))
            .Select(s => new
            {
                s.CircleId, Circle = s.Circle.Name, s.Title, s.Agenda, s.StartsAt, s.TimeZoneId, s.DurationMinutes, s.CancelledAt, s.SeriesId, s.Notes, s.RecordingUrl, s.VideoUrl,
                Runs = db.Circles.ManageableBy(actor).Any(c => c.Id == s.CircleId),
            })
            .SingleOrDefaultAsync();
        if (session is null) return false;
        Id = id;
        (CircleId, Circle, Title, Agenda, StartsAt, TimeZoneId, DurationMinutes) =
            (session.CircleId, session.Circle, session.Title, session.Agenda, session.StartsAt, session.TimeZoneId, session.DurationMinutes);
        Cancelled = session.CancelledAt is not null;
        InSeries = session.SeriesId is not null;
        CanManage = session.Runs;
        OffsetPeriod = OffsetWeeks.Around(StartsAt);
        Notes = session.Notes;
        RecordingUrl = WebAddress.Safe(session.RecordingUrl);
        Decisions = await DecisionsAsync(db, id);
        Actions = await ActionsAsync(db, id);
        Attendance = await (
                from a in db.SessionAttendance.AsNoTracking()
                join u in db.Users on a.UserId equals u.Id
                where a.SessionId == id
                orderby u.DisplayName
                select new AttendeeRow(u.DisplayName, a.Present, a.ConsentsToRecording))
            .ToListAsync();
        VideoUrl = SessionForm.VideoLink(session.VideoUrl) is { } video ? new Uri(video) : null;
        var userId = User.UserId();
        var members = await db.CircleMembers.AsNoTracking().Where(m => m.CircleId == CircleId)
            .Select(m => new { m.UserId, m.User.DisplayName, Answer = db.SessionRsvps.Where(r => r.SessionId == id && r.UserId == m.UserId).Select(r => (RsvpAnswer?)r.Answer).FirstOrDefault() })
            .ToListAsync();
        IsMember = members.Any(m => m.UserId == userId);
        MyAnswer = members.FirstOrDefault(m => m.UserId == userId)?.Answer;
        if (CanManage)
            Rsvps = members.OrderBy(m => m.DisplayName, StringComparer.CurrentCulture).Select(m => new RsvpRow(m.DisplayName, m.Answer)).ToList();
        return true;
    }

    public static async Task<IReadOnlyList<string>> DecisionsAsync(AppDbContext db, Guid sessionId) =>
        (await db.SessionDecisions.AsNoTracking().Where(d => d.SessionId == sessionId)
            .Select(d => new { d.Text, d.CreatedAt, d.Id }).ToListAsync())
        .OrderBy(d => d.CreatedAt).ThenBy(d => d.Id).Select(d => d.Text).ToList();

    public static async Task<IReadOnlyList<ActionRow>> ActionsAsync(AppDbContext db, Guid sessionId) =>
        await db.CircleActions.AsNoTracking().Where(a => a.SessionId == sessionId)
            .OrderBy(a => a.DueOn).ThenBy(a => a.Description)
            .Select(a => new ActionRow(a.Id, a.Description, a.Owner.DisplayName, a.DueOn, a.DoneAt != null))
            .ToListAsync();
}
