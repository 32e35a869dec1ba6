namespace Passerelles.Web.Features.Funding;

/// <summary>The geometry of a grant's budget chart: per budget line, a bar for what is planned and one for what is spent,
/// on the same scale. The budget table beside it is its text alternative.</summary>
public sealed class BudgetChart(IReadOnlyList<GrantStatus.Line> lines)
{
    public const int Width = 360;
    public const int Row = 44;
    public const int BarHeight = 7;

    public IReadOnlyList<GrantStatus.Line> Lines { get; } = lines;
    public int Height => Math.Max(1, Lines.Count) * Row + 4;

    private long Scale => Math.Max(1, Lines.Count == 0 ? 1 : Lines.Max(l => Math.Max(l.Planned.Minor, l.Spent.Minor)));

    public double WidthOf(MoneyAmount amount) => Math.Round(Math.Max(0, amount.Minor) * (double)Width / Scale, 1);

    public static int Y(int index) => index * Row;
}
