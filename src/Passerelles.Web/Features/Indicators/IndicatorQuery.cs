using System.Linq.Expressions;
using System.Runtime.CompilerServices;

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

    /// <summary>The aggregate <paramref name="name"/> over <paramref name="period"/> if it was already read.</summary>
    public bool TryRead<T>(string name, ReportingPeriod period, out T value) where T : notnull
    {
        var known = _read.TryGetValue((name, period), out var read);
        value = known ? (T)read! : default!;
        return known;
    }

    /// <summary>In a query passed to <see cref="ByQuarter"/>, the bit of the quarter of the period (1 for the first,
    /// 2, 4...) in which <paramref name="at"/> falls on <paramref name="side"/>, in that side's zone. The rows must
    /// already be within the period on their side.</summary>
    public static int QuarterBit(Instant at, Side side) => throw new InvalidOperationException("Only inside a query read by quarter.");

    /// <summary>The quarters of <paramref name="period"/> whose bits are set in <paramref name="bits"/>, by index.</summary>
    public static IEnumerable<int> Quarters(int bits) =>
        Enumerable.Range(0, 31).Where(i => (bits & (1 << i)) != 0);

    /// <summary>Translates <see cref="QuarterBit"/> in <paramref name="query"/> into SQL for the quarters of
    /// <paramref name="period"/> (<see cref="ReportingPeriod.Quarters"/>): the side's bounds of each quarter as
    /// parameters, so that one statement reads the period once and counts each quarter apart.</summary>
    public static IQueryable<T> ByQuarter<T>(IQueryable<T> query, ReportingPeriod period) =>
        query.Provider.CreateQuery<T>(new QuarterBits(period).Visit(query.Expression));

    private sealed class QuarterBits(ReportingPeriod period) : ExpressionVisitor
    {
        private readonly IReadOnlyList<ReportingPeriod> _quarters = period.Quarters();

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (node.Method.DeclaringType != typeof(IndicatorQuery) || node.Method.Name != nameof(QuarterBit)) return base.VisitMethodCall(node);
            var at = Visit(node.Arguments[0]);
            var side = Visit(node.Arguments[1]);
            return Expression.Condition(Expression.Equal(side, Expression.Constant(Organisations.Side.Quebec)),
                BitOn(at, Organisations.Side.Quebec), BitOn(at, Organisations.Side.France));
        }

        /// <summary>at &lt; end of the first quarter ? 1 : at &lt; end of the second ? 2 : ... : the last quarter's bit.</summary>
        private Expression BitOn(Expression at, Side side)
        {
            Expression bit = Expression.Constant(1 << (_quarters.Count - 1));
            for (var i = _quarters.Count - 2; i >= 0; i--)
            {
                // A captured value, which EF sends as a parameter rather than writing it into the statement.
                var end = Expression.Field(Expression.Constant(new StrongBox<Instant>(Bounds(_quarters[i], side).End)), nameof(StrongBox<Instant>.Value));
                bit = Expression.Condition(Expression.LessThan(at, end), Expression.Constant(1 << i), bit);
            }
            return bit;
        }
    }

    /// <summary>The instants a period covers on a side: from the first day's midnight to the day after the last, in
    /// the side's zone, so that a session on 31 March in Montréal falls in the fiscal year ending that day.</summary>
    public static (Instant Start, Instant End) Bounds(ReportingPeriod period, Side side)
    {
        var zone = TimeZones.Get(side.TimeZoneId());
        return (period.From.AtStartOfDayInZone(zone).ToInstant(), period.To.PlusDays(1).AtStartOfDayInZone(zone).ToInstant());
    }
}
