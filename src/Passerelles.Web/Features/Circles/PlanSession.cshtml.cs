
namespace Passerelles.Web.Features.Circles;

/// <summary>Plans one session of a circle in the organiser's zone and invites the members.</summary>
public sealed class PlanSessionModel(AppDbContext db, CurrentActor actors, ViewerTime time, SessionInvitations invitations, SchedulingWarnings warnings, IStringLocalizer<Text> t) : PageModel, ISessionFormPage
{
    [BindProperty] public SessionForm Input { get; set; } = new();
    public IReadOnlyList<string> Zones { get; private set; } = [];
    public Guid Id { get; private set; }
    public string Circle { get; private set; } = "";
    public SchedulingWarnings.Warnings Warnings { get; private set; } = SchedulingWarnings.Warnings.None;

    /// <summary>Opens the form empty for tomorrow at 10:00, or at a time proposed by the slot finder (<paramref name="at"/>,
    /// an instant, shown in the organiser's zone).</summary>
    public async Task<IActionResult> OnGetAsync(Guid id, string? at, int? minutes)
    {
        if (await CircleRefusal.UnlessRunningAsync(db, await actors.GetAsync(), id) is { } refusal) return refusal;
        if (!await FindAsync(id)) return NotFound();
        var tomorrow = SessionTime.Local(time.Now, time.ZoneId).Date.PlusDays(1);
        Input = new SessionForm { Date = tomorrow.ToDateOnly(), Time = new TimeOnly(10, 0), TimeZoneId = time.ZoneId, DurationMinutes = 90 };
        if (at is not null && NodaTime.Text.InstantPattern.General.Parse(at) is { Success: true } proposed)
        {
            var local = SessionTime.Local(proposed.Value, time.ZoneId);
            (Input.Date, Input.Time) = (local.Date.ToDateOnly(), local.TimeOfDay.ToTimeOnly());
            if (minutes is > 0 and <= CircleSession.MaxDurationMinutes) Input.DurationMinutes = minutes;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await CircleRefusal.UnlessRunningAsync(db, await actors.GetAsync(), id) is { } refusal) return refusal;
        if (!await FindAsync(id)) return NotFound();
        if (!ModelState.IsValid) return Page();
        Warnings = await warnings.ForAsync(id, [Input.When()], []);
        if (!Warnings.AcknowledgedBy(Input.Acknowledged)) return Page();
        var session = new CircleSession { CircleId = id, Title = Input.Title!.Trim(), Agenda = Input.Agenda?.Trim() ?? "", VideoUrl = SessionForm.VideoLink(Input.VideoUrl) };
        session.Schedule(Input.StartsAt(), Input.CanonicalZone(), Input.DurationMinutes!.Value);
        IReadOnlyList<Infrastructure.Email.OutgoingEmail> emails;
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            db.CircleSessions.Add(session);
            await db.SaveChangesAsync();
            emails = await invitations.ComposeAsync(id, [session.Id], InvitationKind.New, Request, HttpContext.RequestAborted);
            await transaction.CommitAsync();
        }
        await invitations.SendAsync(emails, HttpContext.RequestAborted);
        TempData["Notice"] = t["The session was planned and the members invited."].Value;
        return Redirect($"/circles/sessions/{session.Id}");
    }

    private async Task<bool> FindAsync(Guid id)
    {
        var actor = await actors.GetAsync();
        var name = await db.Circles.AsNoTracking().ManageableBy(actor).Where(c => c.Id == id).Select(c => c.Name).SingleOrDefaultAsync();
        if (name is null) return false;
        (Id, Circle) = (id, name);
        Zones = SessionForm.ZoneChoices(time.ZoneId, Input.TimeZoneId);
        return true;
    }
}
