namespace Passerelles.Web.Features.Mobility;

/// <summary>The geometry of a capacity calendar's chart: per month, the capacity as an outline, the occupied and
/// offered units stacked inside it, and the requested units as a thinner bar beside them.</summary>
public sealed class CapacityChart(IReadOnlyList<Occupancy.Month> months)
{
    public const int Height = 220;
    public const int Bottom = 190;
    public const int Left = 36;
    public const int Column = 48;
    public const int BarWidth = 26;
    public const int RequestWidth = 10;

    public IReadOnlyList<Occupancy.Month> Months { get; } = months;
    public int Width => Left + Months.Count * Column + 8;

    /// <summary>The value the top of the chart stands for.</summary>
    public int Scale => Math.Max(1, Months.Count == 0 ? 1 : Months.Max(m => Math.Max(m.Capacity, Math.Max(m.Offered + m.Occupied, m.Requested))));

    public double HeightOf(int units) => Math.Round(units * (Bottom - 20.0) / Scale, 1);

    public double TopOf(int units) => Bottom - HeightOf(units);

    public static int X(int index) => Left + index * Column + 4;
}
