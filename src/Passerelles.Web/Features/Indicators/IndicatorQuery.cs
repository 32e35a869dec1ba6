namespace Passerelles.Web.Features.Indicators;

/// <summary>What indicators are counted over: one organisation (its incubated projects, its coaches' sessions, its
/// agreements, its missions and placements) or, with no organisation, the whole network.</summary>
public sealed record IndicatorScope(Guid? OrganisationId, Side? Side)
{
    public static readonly IndicatorScope Network = new(null, null);

    public bool IsNetwork => OrganisationId is null;

    /// <summary>The sides counted: the organisation's own, or both.</summary>
    public IReadOnlyList<Side> Sides => Side is { } side ? [side] : [Organisations.Side.Quebec, Organisations.Side.France];
}

/// <summary>A value with its split between the two sides, and its parts where it has some (projects by stage,
/// enterprises by legal form). <see cref="Part.Label"/> is a resource key when <see cref="Part.Translated"/>.</summary>
public sealed record IndicatorFigure(decimal Value, IReadOnlyDictionary<Side, decimal> BySide, IReadOnlyList<IndicatorFigure.Part> Parts)
{
    public sealed record Part(string Key, string Label, bool Translated, decimal Value);

    public static IndicatorFigure Of(IEnumerable<(Side Side, decimal Value)> rows, IReadOnlyList<Part>? parts = null)
    {
        var bySide = Enum.GetValues<Side>().ToDictionary(s => s, _ => 0m);
        foreach (var (side, value) in rows) bySide[side] += value;
        return new IndicatorFigure(bySide.Values.Sum(), bySide, parts ?? []);
    }
}

/// <summary>One request's counting: the database, the scope, the clock, and the aggregates already read, so that
/// indicators drawn from the same rows (individual and collective hours) read them once. Used by one request at a time.</summary>
public sealed class IndicatorQuery(AppDbContext db, IndicatorScope scope, Instant now, LocalDate today)
{
    private readonly Dictionary<(string, ReportingPeriod), object> _read = [];

    public AppDbContext Db { get; } = db;
    public IndicatorScope Scope { get; } = scope;
    public Instant Now { get; } = now;
    public LocalDate Today { get; } = today;

    /// <summary>The aggregate <paramref name="name"/> over <paramref name="period"/>, read once.</summary>
    public async Task<T> OnceAsync<T>(string name, ReportingPeriod period, Func<Task<T>> read) where T : notnull
    {
        if (_read.TryGetValue((name, period), out var known)) return (T)known;
        var value = await read();
        _read[(name, period)] = value;
        return value;
    }

    /// <summary>The instants a period covers on a side: from the first day's midnight to the day after the last, in
    /// the side's zone, so that a session on 31 March in Montréal falls in the fiscal year ending that day.</summary>
    public static (Instant Start, Instant End) Bounds(ReportingPeriod period, Side side)
    {
        var zone = TimeZones.Get(side.TimeZoneId());
        return (period.From.AtStartOfDayInZone(zone).ToInstant(), period.To.PlusDays(1).AtStartOfDayInZone(zone).ToInstant());
    }
}
