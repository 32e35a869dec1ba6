namespace Passerelles.Web.Features.Mobility;

/// <summary>The geometry of an indicator's chart: one horizontal bar per row of its table, its label above it. A count
/// that is not shown has no bar; its row says why, as the table does.</summary>
public sealed class IndicatorChart(Indicators.Table table)
{
    public const int Width = 420;
    public const int RowHeight = 40;
    public const int BarHeight = 14;
    public const int BarTop = 20;
    public const int BarMaxWidth = 340;

    public Indicators.Table Table { get; } = table;
    public int Height => Table.Cells.Count * RowHeight + 4;

    /// <summary>The count the longest bar stands for: the largest count shown.</summary>
    public int Scale => Math.Max(1, Table.Cells.Where(c => c.Shown == Indicators.Shown.Count).Select(c => c.Count).DefaultIfEmpty(0).Max());

    public double WidthOf(int count) => Math.Round(count * (double)BarMaxWidth / Scale, 1);

    public static int Top(int index) => index * RowHeight;
}
