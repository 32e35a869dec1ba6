
namespace Passerelles.Web.Features.Circles;

/// <summary>Plans a weekly or fortnightly series in the organiser's zone: every occurrence becomes a session at once
/// (see <see cref="SeriesOccurrences"/> for the offset weeks and the changes of clocks), and the members get one
/// invitation holding them all.</summary>
public sealed class PlanSeriesModel(AppDbContext db, CurrentActor actors, ViewerTime time, SessionInvitations invitations, SchedulingWarnings warnings, IStringLocalizer<Text> t)
    : SessionPlanningPageModel<SeriesForm>(db, actors, time, invitations)
{
    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await RefuseUnlessPlannableAsync(id) is { } refusal) return refusal;
        var nextWeek = SessionTime.Local(Time.Now, Time.ZoneId).Date.PlusDays(7);
        Input = new SeriesForm
        {
            FirstDate = nextWeek.ToDateOnly(), Time = new TimeOnly(10, 0), TimeZoneId = Time.ZoneId, DurationMinutes = 90, Count = 6,
            KeepsItsHour = Time.ZoneId == TimeZones.France ? Organisations.Side.France : Organisations.Side.Quebec,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await RefuseUnlessPlannableAsync(id) is { } refusal) return refusal;
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
        await SaveAndInviteAsync(sessions, context => context.SessionSeries.Add(series));
        TempData["Notice"] = t.Plural(sessions.Count, "{0} session was planned and the members invited.", "{0} sessions were planned and the members invited.").Value;
        return Redirect($"/circles/{id}");
    }

}
