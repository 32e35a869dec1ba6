
namespace Passerelles.Web.Features.Circles;

/// <summary>Plans a weekly or fortnightly series in the organiser's zone: every occurrence becomes a session at once
/// (see <see cref="SeriesOccurrences"/> for the offset weeks and the changes of clocks), and the members get one
/// invitation holding them all.</summary>
public sealed class PlanSeriesModel(AppDbContext db, CurrentActor actors, ViewerTime time, SessionInvitations invitations, SchedulingWarnings warnings, IStringLocalizer<Text> t) : PageModel
{
    [BindProperty] public SeriesForm Input { get; set; } = new();
    public IReadOnlyList<string> Zones { get; private set; } = [];
    public Guid Id { get; private set; }
    public string Circle { get; private set; } = "";
    public SchedulingWarnings.Warnings Warnings { get; private set; } = SchedulingWarnings.Warnings.None;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await CircleRefusal.UnlessRunningAsync(db, await actors.GetAsync(), id) is { } refusal) return refusal;
        if (!await FindAsync(id)) return NotFound();
        var nextWeek = SessionTime.Local(time.Now, time.ZoneId).Date.PlusDays(7);
        Input = new SeriesForm
        {
            FirstDate = nextWeek.ToDateOnly(), Time = new TimeOnly(10, 0), TimeZoneId = time.ZoneId, DurationMinutes = 90, Count = 6,
            KeepsItsHour = time.ZoneId == TimeZones.France ? Organisations.Side.France : Organisations.Side.Quebec,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await CircleRefusal.UnlessRunningAsync(db, await actors.GetAsync(), id) is { } refusal) return refusal;
        if (!await FindAsync(id)) return NotFound();
        if (!ModelState.IsValid) return Page();
        var series = Input.ToSeries(id);
        var agenda = Input.Agenda?.Trim() ?? "";
        var video = SessionForm.VideoLink(Input.VideoUrl);
        var sessions = SeriesOccurrences.Expand(series.Rule).Select(occurrence =>
        {
            var session = new CircleSession { CircleId = id, SeriesId = series.Id, RecurrenceId = occurrence.Nominal, Title = series.Title, Agenda = agenda, VideoUrl = video };
            session.Schedule(occurrence.StartsAt, series.TimeZoneId, series.DurationMinutes);
            return session;
        }).ToList();
        Warnings = await warnings.ForAsync(id, sessions.Select(s => new NodaTime.Interval(s.StartsAt, s.EndsAt)).ToList(), []);
        if (!Warnings.AcknowledgedBy(Input.Acknowledged)) return Page();
        IReadOnlyList<Infrastructure.Email.OutgoingEmail> emails;
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            db.SessionSeries.Add(series);
            db.CircleSessions.AddRange(sessions);
            await db.SaveChangesAsync();
            emails = await invitations.ComposeAsync(id, sessions.Select(s => s.Id).ToList(), InvitationKind.New, Request, HttpContext.RequestAborted);
            await transaction.CommitAsync();
        }
        await invitations.SendAsync(emails, HttpContext.RequestAborted);
        TempData["Notice"] = t.Plural(sessions.Count, "{0} session was planned and the members invited.", "{0} sessions were planned and the members invited.").Value;
        return Redirect($"/circles/{id}");
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
