
namespace Passerelles.Web.Features.Coaching;

/// <summary>Coaching hours for incubator staff over a period, per project, coach, cohort and month, counted over the
/// projects they may see (see <see cref="CoachingHours"/> for how collective sessions count).</summary>
public sealed class HoursModel(AppDbContext db, CurrentActor actors, ViewerTime time, IStringLocalizer<Text> t) : PageModel
{
    /// <summary>Longer periods would read too many sessions at once.</summary>
    public const int MaxDays = 3 * 366;

    [BindProperty(SupportsGet = true, Name = "from"), DateInRange] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true, Name = "to"), DateInRange] public DateOnly? To { get; set; }

    public decimal Total { get; private set; }
    public decimal Planned { get; private set; }
    public BarChart ByMonth { get; private set; } = null!;
    public BarChart ByProject { get; private set; } = null!;
    public BarChart ByCoach { get; private set; } = null!;
    public BarChart ByCohort { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        var actor = await actors.GetAsync();
        if (!await db.Organisations.StaffedBy(actor).AnyAsync()) return Forbid();
        var today = time.InViewerZone(time.Now).Date;
        // A date out of range is refused beside its field, and the current month is shown meanwhile.
        var inRange = ModelState.IsValid;
        var from = inRange && From is { } f ? LocalDate.FromDateOnly(f) : today.With(DateAdjusters.StartOfMonth);
        var to = inRange && To is { } e ? LocalDate.FromDateOnly(e) : today.With(DateAdjusters.EndOfMonth);
        if (to < from) ModelState.AddModelError(nameof(To), t["The end of the period comes after its start."]);
        else if (Period.Between(from, to, PeriodUnits.Days).Days > MaxDays) ModelState.AddModelError(nameof(To), t["Choose a period of at most three years."]);
        if (!ModelState.IsValid) to = from;
        From = from.ToDateOnly();
        To = to.ToDateOnly();

        // Each session's day is its organiser's: read a day more on each side, then keep the days of the period.
        var start = from.PlusDays(-1).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();
        var end = to.PlusDays(2).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();
        var visible = db.Projects.VisibleTo(actor).Select(p => p.Id);
        var rows = await (
                from sp in db.CoachingSessionProjects.AsNoTracking()
                join s in db.CoachingSessions on sp.SessionId equals s.Id
                where sp.StartsAt >= start && sp.StartsAt < end && visible.Contains(sp.ProjectId)
                select new { sp.SessionId, sp.ProjectId, sp.Project.CohortId, s.CoachId, s.StartsAt, s.TimeZoneId, s.DurationMinutes })
            .ToListAsync();
        var period = new DateInterval(from, to);
        var byDone = rows.ToLookup(
            r => CoachingHours.HasTakenPlace(r.StartsAt, r.DurationMinutes, time.Now),
            r => new CoachingHours.Entry(r.SessionId, r.ProjectId, r.CohortId, r.CoachId, r.StartsAt.InZone(TimeZones.Get(r.TimeZoneId)).Date, r.DurationMinutes));
        var entries = byDone[true].During(period).ToList();

        Total = CoachingHours.Total(entries);
        Planned = CoachingHours.Total(byDone[false].During(period));
        var projectIds = entries.Select(e => e.ProjectId).Distinct().ToList();
        var coachIds = entries.Select(e => e.CoachId).Distinct().ToList();
        var cohortIds = entries.Where(e => e.CohortId is not null).Select(e => e.CohortId!.Value).Distinct().ToList();
        var projects = await db.Projects.AsNoTracking().Where(p => projectIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name);
        var coaches = await db.Users.AsNoTracking().Where(u => coachIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName);
        var cohorts = await db.Cohorts.AsNoTracking().Where(c => cohortIds.Contains(c.Id))
            .Select(c => new { c.Id, Name = c.Programme.Name + " — " + c.Name }).ToDictionaryAsync(c => c.Id, c => c.Name);

        var hours = t["Hours"].Value;
        ByMonth = new BarChart(t["Hours per month"], t["Month"], hours, entries
            .GroupBy(e => new YearMonth(e.Day.Year, e.Day.Month))
            .OrderBy(g => g.Key)
            .Select(g => Bar(g.Key.ToString("MMMM yyyy", null), CoachingHours.Total(g)))
            .ToList());
        ByProject = Chart(t["Hours per project"], t["Project"], hours, CoachingHours.ByProject(entries), projects);
        ByCoach = Chart(t["Hours per coach"], t["Coach"], hours, CoachingHours.ByCoach(entries), coaches);
        ByCohort = Chart(t["Hours per cohort"], t["Cohort"], hours, CoachingHours.ByCohort(entries), cohorts);
        return Page();
    }

    private static BarChart Chart(string caption, string label, string value, IReadOnlyDictionary<Guid, decimal> totals, IReadOnlyDictionary<Guid, string> names) =>
        new(caption, label, value, totals.OrderByDescending(p => p.Value).ThenBy(p => names.GetValueOrDefault(p.Key))
            .Select(p => Bar(names.GetValueOrDefault(p.Key) ?? "—", p.Value)).ToList());

    private static BarChart.Bar Bar(string label, decimal hours) => new(label, hours, hours.ToString("0.##"));
}
