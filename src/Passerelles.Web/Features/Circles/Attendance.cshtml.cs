namespace Passerelles.Web.Features.Circles;

/// <summary>Takes the attendance of a session, member by member, with each attendee's consent to a recording. While a
/// recording link is kept, a change that would leave an attendee present without consent is refused.</summary>
public sealed class AttendanceModel(AppDbContext db, CurrentActor actors, ViewerTime time, IStringLocalizer<Text> t) : PageModel
{
    /// <summary>What the access trail calls this list.</summary>
    public const string TrailName = "circle-attendance";

    public sealed class AttendeeForm
    {
        public Guid UserId { get; set; }
        public string Name { get; set; } = "";
        public bool Present { get; set; }
        public bool ConsentsToRecording { get; set; }
    }

    public sealed class AttendanceForm
    {
        public List<AttendeeForm> Attendees { get; set; } = [];
    }

    [BindProperty] public AttendanceForm Input { get; set; } = new();
    public Guid Id { get; private set; }
    public string Title { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await CircleRefusal.UnlessRunningSessionAsync(db, await actors.GetAsync(), id) is { } refusal) return refusal;
        if (await FindAsync(id) is not { } session) return NotFound();
        Input = new AttendanceForm { Attendees = await AttendeesAsync(session) };
        await db.TraceAsync(User.UserId(), reader => PersonalDataAccess.OfRecord(reader, PersonalDataAccessKind.Read, TrailName, id, null, Input.Attendees.Count, time.Now));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await CircleRefusal.UnlessRunningSessionAsync(db, await actors.GetAsync(), id) is { } refusal) return refusal;
        if (await FindAsync(id) is not { } session) return NotFound();
        var members = await AttendeesAsync(session);
        // A row posted twice for one person, or a value that is not a box's, leaves the attendance as it was stored.
        if (!ModelState.IsValid || Input.Attendees.CountBy(a => a.UserId).Any(c => c.Value > 1))
        {
            ModelState.AddModelError("", t["The attendance could not be read: check it and save it again."]);
            Input = new AttendanceForm { Attendees = members };
            return Page();
        }
        // Only the circle's members are recorded: a row for anyone else is ignored.
        var answers = Input.Attendees.ToDictionary(a => a.UserId);
        Input = new AttendanceForm
        {
            Attendees = members.Select(m => answers.TryGetValue(m.UserId, out var answer)
                ? new AttendeeForm { UserId = m.UserId, Name = m.Name, Present = answer.Present, ConsentsToRecording = answer.ConsentsToRecording }
                : m).ToList(),
        };
        foreach (var answer in Input.Attendees)
        {
            var row = session.Attendance.FirstOrDefault(a => a.UserId == answer.UserId);
            if (row is null) session.Attendance.Add(row = new SessionAttendance { SessionId = id, UserId = answer.UserId });
            (row.Present, row.ConsentsToRecording) = (answer.Present, answer.ConsentsToRecording);
        }
        if (session.RecordingUrl is not null && !CircleSession.RecordingAllowed(session.Attendance))
        {
            ModelState.AddModelError("", t["A recording link is kept for this session: every attendee present must consent. Remove the link first."]);
            return Page();
        }
        await db.SaveChangesAsync();
        TempData["Notice"] = t["The attendance was saved."].Value;
        return Redirect($"/circles/sessions/{id}");
    }

    private async Task<CircleSession?> FindAsync(Guid id)
    {
        var actor = await actors.GetAsync();
        var session = await db.CircleSessions.Include(s => s.Attendance)
            .SingleOrDefaultAsync(s => s.Id == id && db.Circles.ManageableBy(actor).Any(c => c.Id == s.CircleId));
        if (session is null) return null;
        (Id, Title) = (id, session.Title);
        return session;
    }

    /// <summary>The circle's members (and anyone who attended and has left the circle since), with what was recorded.</summary>
    private async Task<List<AttendeeForm>> AttendeesAsync(CircleSession session)
    {
        var memberIds = await db.CircleMembers.AsNoTracking().Where(m => m.CircleId == session.CircleId).Select(m => m.UserId).ToListAsync();
        var ids = memberIds.Concat(session.Attendance.Select(a => a.UserId)).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName }).ToListAsync();
        return names.OrderBy(n => n.DisplayName, StringComparer.CurrentCulture).Select(n =>
        {
            var row = session.Attendance.FirstOrDefault(a => a.UserId == n.Id);
            return new AttendeeForm { UserId = n.Id, Name = n.DisplayName, Present = row?.Present ?? false, ConsentsToRecording = row?.ConsentsToRecording ?? false };
        }).ToList();
    }
}
