namespace Passerelles.Web.Features.Circles;

/// <summary>Running a session, for its co-facilitators: the shared notes, the decisions taken, the actions agreed (each
/// with an owner from the circle and a due date), and the link to the recording, which is refused unless every attendee
/// present consented (attendance and consent are taken on <see cref="AttendanceModel"/>).</summary>
public sealed class RunSessionModel(AppDbContext db, CurrentActor actors, IStringLocalizer<Text> t) : PageModel
{
    public sealed class NotesForm
    {
        [StringLength(CircleSession.NotesMaxLength)]
        [Display(Name = "Notes (Markdown)")]
        public string? Notes { get; set; }

        public int Version { get; set; }
    }

    public sealed class DecisionForm
    {
        [Required]
        [StringLength(SessionDecision.TextMaxLength)]
        [Display(Name = "Decision")]
        public string? Text { get; set; }
    }

    public sealed class ActionForm
    {
        [Required]
        [StringLength(CircleAction.DescriptionMaxLength)]
        [Display(Name = "What")]
        public string? Description { get; set; }

        [Required]
        [Display(Name = "Who")]
        public Guid? OwnerId { get; set; }

        [Required]
        [Display(Name = "Due date")]
        public DateOnly? DueOn { get; set; }
    }

    public sealed class RecordingForm
    {
        [StringLength(CircleSession.RecordingUrlMaxLength)]
        [Display(Name = "Link to the recording")]
        public string? Url { get; set; }
    }

    public Guid Id { get; private set; }
    public Guid CircleId { get; private set; }
    public string Circle { get; private set; } = "";
    public string Title { get; private set; } = "";
    public Instant StartsAt { get; private set; }
    public IReadOnlyList<CirclePeople.Person> Members { get; private set; } = [];
    public IReadOnlyList<string> Decisions { get; private set; } = [];
    public IReadOnlyList<SessionModel.ActionRow> Actions { get; private set; } = [];
    public bool RecordingAllowed { get; private set; }

    public NotesForm Notes { get; set; } = new();
    public DecisionForm NewDecision { get; set; } = new();
    public ActionForm NewAction { get; set; } = new();
    public RecordingForm Recording { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await CircleRefusal.UnlessRunningSessionAsync(db, await actors.GetAsync(), id) is { } refusal) return refusal;
        if (await FindAsync(id) is not { } session) return NotFound();
        Notes = new NotesForm { Notes = session.Notes, Version = session.Version };
        Recording = new RecordingForm { Url = session.RecordingUrl };
        return Page();
    }

    public async Task<IActionResult> OnPostNotesAsync(Guid id, [Bind(Prefix = nameof(Notes))] NotesForm notes)
    {
        if (await CircleRefusal.UnlessRunningSessionAsync(db, await actors.GetAsync(), id) is { } refusal) return refusal;
        if (await FindAsync(id) is not { } session) return NotFound();
        Notes = notes;
        Recording = new RecordingForm { Url = session.RecordingUrl };
        if (!ModelState.IsValid) return Page();
        session.Notes = notes.Notes?.Trim() ?? "";
        if (!await db.SaveAtVersionAsync(session, notes.Version, ModelState, t, "Notes.Notes")) return Page();
        return Done(id, "The notes were saved.");
    }

    public async Task<IActionResult> OnPostDecisionAsync(Guid id, [Bind(Prefix = nameof(NewDecision))] DecisionForm decision)
    {
        if (await CircleRefusal.UnlessRunningSessionAsync(db, await actors.GetAsync(), id) is { } refusal) return refusal;
        if (await FindAsync(id) is not { } session) return NotFound();
        (Notes, NewDecision, Recording) = (new NotesForm { Notes = session.Notes, Version = session.Version }, decision, new RecordingForm { Url = session.RecordingUrl });
        if (!ModelState.IsValid) return Page();
        db.SessionDecisions.Add(new SessionDecision { SessionId = id, Text = decision.Text!.Trim() });
        await db.SaveChangesAsync();
        return Done(id, "The decision was recorded.");
    }

    public async Task<IActionResult> OnPostActionAsync(Guid id, [Bind(Prefix = nameof(NewAction))] ActionForm action)
    {
        if (await CircleRefusal.UnlessRunningSessionAsync(db, await actors.GetAsync(), id) is { } refusal) return refusal;
        if (await FindAsync(id) is not { } session) return NotFound();
        (Notes, NewAction, Recording) = (new NotesForm { Notes = session.Notes, Version = session.Version }, action, new RecordingForm { Url = session.RecordingUrl });
        if (action.OwnerId is { } owner && Members.All(m => m.Id != owner))
            ModelState.AddModelError("NewAction.OwnerId", t["Choose a member of the circle."]);
        if (!ModelState.IsValid) return Page();
        db.CircleActions.Add(new CircleAction
        {
            SessionId = id, Description = action.Description!.Trim(), OwnerId = action.OwnerId!.Value, DueOn = LocalDate.FromDateOnly(action.DueOn!.Value),
        });
        await db.SaveChangesAsync();
        return Done(id, "The action was recorded.");
    }

    public async Task<IActionResult> OnPostRecordingAsync(Guid id, [Bind(Prefix = nameof(Recording))] RecordingForm recording)
    {
        if (await CircleRefusal.UnlessRunningSessionAsync(db, await actors.GetAsync(), id) is { } refusal) return refusal;
        if (await FindAsync(id) is not { } session) return NotFound();
        (Notes, Recording) = (new NotesForm { Notes = session.Notes, Version = session.Version }, recording);
        var text = recording.Url?.Trim();
        Uri? url = null;
        if (text is { Length: > 0 } && (url = WebAddress.Safe(text)) is null)
            ModelState.AddModelError("Recording.Url", t["Enter a web address starting with http:// or https://."]);
        if (!ModelState.IsValid) return Page();
        await db.Entry(session).Collection(s => s.Attendance).LoadAsync();
        if (!session.SetRecording(url?.ToString()))
        {
            ModelState.AddModelError("Recording.Url", t[CircleSession.RecordingNeedsConsent]);
            return Page();
        }
        await db.SaveChangesAsync();
        return Done(id, url is null ? "The recording link was removed." : "The recording link was saved.");
    }

    private IActionResult Done(Guid id, string notice)
    {
        TempData["Notice"] = t[notice].Value;
        return Redirect($"/circles/sessions/{id}/run");
    }

    private async Task<CircleSession?> FindAsync(Guid id)
    {
        var actor = await actors.GetAsync();
        var session = await db.CircleSessions.Include(s => s.Circle)
            .SingleOrDefaultAsync(s => s.Id == id && db.Circles.ManageableBy(actor).Any(c => c.Id == s.CircleId));
        if (session is null) return null;
        (Id, CircleId, Circle, Title, StartsAt) = (id, session.CircleId, session.Circle.Name, session.Title, session.StartsAt);
        Members = await db.CircleMembers.AsNoTracking().Where(m => m.CircleId == session.CircleId)
            .OrderBy(m => m.User.DisplayName).Select(m => new CirclePeople.Person(m.UserId, m.User.DisplayName)).ToListAsync();
        Decisions = await SessionModel.DecisionsAsync(db, id);
        Actions = await SessionModel.ActionsAsync(db, id);
        RecordingAllowed = CircleSession.RecordingAllowed(await db.SessionAttendance.AsNoTracking().Where(a => a.SessionId == id).ToListAsync());
        return session;
    }
}
