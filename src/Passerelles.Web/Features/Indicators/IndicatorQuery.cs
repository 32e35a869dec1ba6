using System.Linq.Expressions;
using System.Reflection;
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
                bit = Expression.Condition(Expression.LessThan(at, Captured(Bounds(_quarters[i], side).End)), Expression.Constant(1 << i), bit);
            }
            return bit;
        }
    }

    /// <summary>In a query passed to <see cref="InParts"/>, the bits of the parts of the period (1 for the first, 2,
    /// 4...) in which any of <paramref name="ats"/> falls on <paramref name="side"/>, in that side's zone; 0 when none does.</summary>
    public static int PartBits(IEnumerable<Instant> ats, Side side) => throw new InvalidOperationException("Only inside a query read in parts.");

    /// <summary>Translates <see cref="PartBits"/> in <paramref name="query"/> into SQL for <paramref name="parts"/>: for
    /// each part, the maximum over the group of its bit when the instant falls within the side's bounds of the part, 0
    /// otherwise; the sum of these is the set of parts. Each bound is a parameter.</summary>
    public static IQueryable<T> InParts<T>(IQueryable<T> query, IReadOnlyList<ReportingPeriod> parts) =>
        query.Provider.CreateQuery<T>(new PartBitsVisitor(parts).Visit(query.Expression));

    private sealed class PartBitsVisitor(IReadOnlyList<ReportingPeriod> parts) : ExpressionVisitor
    {
        private static readonly MethodInfo Max = typeof(Enumerable).GetMethods()
            .Single(m => m.Name == nameof(Enumerable.Max) && m.IsGenericMethodDefinition && m.GetGenericArguments().Length == 1
                         && m.GetParameters() is [_, { ParameterType: var selector }] && selector == typeof(Func<,>).MakeGenericType(m.GetGenericArguments()[0], typeof(int)));

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (node.Method.DeclaringType != typeof(IndicatorQuery) || node.Method.Name != nameof(PartBits)) return base.VisitMethodCall(node);
            // PartBits(group.Select(row => instant), side): the side is a constant of the query.
            if (node.Arguments[0] is not MethodCallExpression { Method.Name: nameof(Enumerable.Select) } select
                || select.Arguments[1] is not LambdaExpression at
                || Evaluate(node.Arguments[1]) is not Side side)
                throw new InvalidOperationException("PartBits takes group.Select(row => instant) and a side.");
            var group = select.Arguments[0];
            var max = Max.MakeGenericMethod(at.Parameters[0].Type);
            Expression? sum = null;
            for (var i = 0; i < parts.Count; i++)
            {
                var (start, end) = Bounds(parts[i], side);
                var within = Expression.AndAlso(Expression.GreaterThanOrEqual(at.Body, Captured(start)), Expression.LessThan(at.Body, Captured(end)));
                var bit = Expression.Lambda(Expression.Condition(within, Expression.Constant(1 << i), Expression.Constant(0)), at.Parameters);
                Expression part = Expression.Call(max, group, bit);
                sum = sum is null ? part : Expression.Add(sum, part);
            }
            return sum ?? Expression.Constant(0);
        }

        private static object? Evaluate(Expression expression) => expression is ConstantExpression constant ? constant.Value
            : Expression.Lambda<Func<object?>>(Expression.Convert(expression, typeof(object))).Compile()();
    }

    /// <summary>A captured value, which EF sends as a parameter rather than writing it into the statement.</summary>
    private static Expression Captured(Instant value) =>
        Expression.Field(Expression.Constant(new StrongBox<Instant>(value)), nameof(StrongBox<Instant>.Value));

    /// <summary>The instants a period covers on a side: from the first day's midnight to the day after the last, in
    /// the side's zone, so that a session on 31 March in Montréal falls in the fiscal year ending that day.</summary>
    public static (Instant Start, Instant End) Bounds(ReportingPeriod period, Side side)
    {
        var zone = TimeZones.Get(side.TimeZoneId());
        return (period.From.AtStartOfDayInZone(zone).ToInstant(), period.To.PlusDays(1).AtStartOfDayInZone(zone).ToInstant());
    }
}
