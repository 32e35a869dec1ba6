
namespace Passerelles.Web.Features.Indicators;

/// <summary>The indicators of the network (network administrators) or of one organisation (its staff), for a period
/// chosen as a Québec fiscal year, a calendar year or dates (see README.md): each indicator's value with its split
/// between the sides, its themes and the link to what it counts, then trends by quarter and the sides compared.</summary>
public sealed class IndexModel(AppDbContext db, CurrentActor actors, ViewerTime time, IStringLocalizer<Text> t) : PeriodPageModel
{
    public sealed record Choice(Guid Id, string Name);

    public string? OrganisationName { get; private set; }
    public IndicatorScope Scope { get; private set; } = IndicatorScope.Network;
    public ReportingPeriod Period { get; private set; } = null!;
    public IReadOnlyList<IndicatorResult> Results { get; private set; } = [];
    public IReadOnlyList<Choice> Organisations { get; private set; } = [];
    public bool SeesNetwork { get; private set; }

    /// <summary>The parity figures of the scope and period, for those who may see them (<see cref="Parity.IndexModel"/>);
    /// null for the others.</summary>
    public IReadOnlyList<Features.Parity.ParityFigures.Group>? Parity { get; private set; }

    /// <summary>The parity page for the same organisation and period.</summary>
    public string ParityAddress => "/parity?" + Query(Organisation, Period);

    public async Task<IActionResult> OnGetAsync()
    {
        var actor = await actors.GetAsync();
        if (Organisation is { } id)
        {
            if (!actor.SeesIndicatorsOf(id)) return NotFound();
            var organisation = await db.Organisations.AsNoTracking().Where(o => o.Id == id).Select(o => new { o.Name, o.Side }).SingleOrDefaultAsync();
            if (organisation is null) return NotFound();
            (OrganisationName, Scope) = (organisation.Name, new IndicatorScope(id, organisation.Side));
        }
        else if (!actor.SeesNetworkIndicators())
        {
            // Staff have no network page: they land on the indicators of their first organisation.
            var first = actor.Memberships.FirstOrDefault(m => actor.Staffs.Contains(m.OrganisationId))?.OrganisationId ?? actor.Staffs.FirstOrDefault();
            return first == Guid.Empty ? NotFound() : Redirect($"/indicators?organisation={first}");
        }
        SeesNetwork = actor.SeesNetworkIndicators();
        var staffed = actor.Staffs.ToList();
        Organisations = (await db.Organisations.AsNoTracking().Where(o => staffed.Contains(o.Id)).Select(o => new Choice(o.Id, o.Name)).ToListAsync())
            .OrderBy(o => o.Name, StringComparer.CurrentCulture).ToList();

        var today = time.InViewerZone(time.Now).Date;
        var fallback = ReportingPeriod.DefaultFor(Scope.Side ?? Side.Quebec, today);
        var cancellation = HttpContext.RequestAborted;
        var (period, problems) = await PeriodChoice.ReadAsync(db, actor, Fiscal, Year, Grant, From, To, fallback, cancellation);
        foreach (var (field, message) in problems) ModelState.AddModelError(field, t[message]);
        // A refused period is said beside its field, and the default period is shown meanwhile.
        Period = period ?? fallback;
        PeriodForms = new PeriodChoice("/indicators", Organisation is { } chosen ? [("organisation", chosen.ToString())] : [], Period,
            PeriodChoice.YearsUpTo(today), await PeriodChoice.GrantsAsync(db, actor, cancellation), From, To);
        Results = await IndicatorResult.ComputeAsync(new IndicatorQuery(db, Scope, time.Now, today), Period, withTrends: true);
        if (actor.IsNetworkAdministrator || Organisation is { } administered && actor.Administers.Contains(administered))
        {
            Parity = await Features.Parity.ParityFigures.ComputeAsync(db, Organisation, Period.From, Period.To, HttpContext.RequestAborted);
        }
        return Page();
    }

    /// <summary>The address of this page for another period or organisation.</summary>
    public string Address(Guid? organisation, ReportingPeriod period) => "/indicators?" + Query(organisation, period);

    private static string Query(Guid? organisation, ReportingPeriod period) => (organisation is { } id ? $"organisation={id}&" : "") + period.Query;

    public static string Format(decimal value) => value.ToString("#,0.##", System.Globalization.CultureInfo.CurrentCulture);

    public string QuarterLabel(ReportingPeriod quarter) =>
        t["{0} to {1}", quarter.From.ToString("d MMM yyyy", System.Globalization.CultureInfo.CurrentCulture),
            quarter.To.ToString("d MMM yyyy", System.Globalization.CultureInfo.CurrentCulture)];

    public BarChart TrendOf(IndicatorResult result) =>
        new(t["{0}, by quarter", t[result.Definition.Title]], t["Quarter"], t["Unit." + result.Definition.Unit],
            result.Trend.Select(q => new BarChart.Bar(QuarterLabel(q.Period), q.Value, Format(q.Value))).ToList());

    public BarChart SidesOf(IndicatorResult result) =>
        new(t["{0}, by side", t[result.Definition.Title]], t["Side"], t["Unit." + result.Definition.Unit],
            result.Figure.BySide.Select(s => new BarChart.Bar(t["Side." + s.Key], s.Value, Format(s.Value))).ToList());
}
