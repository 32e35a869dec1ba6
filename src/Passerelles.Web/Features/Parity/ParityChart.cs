namespace Passerelles.Web.Features.Parity;

/// <summary>The geometry of the parity bars: one horizontal bar per group, from 0 to 100 % of its people, split into
/// the answers shown, over the 40–60 % zone. A group or a cell not shown has no bar; the table beside it says why.</summary>
public static class ParityChart
{
    public const int Width = 440;
    public const int BarLeft = 10;
    public const int BarWidth = 400;
    public const int RowHeight = 46;
    public const int BarTop = 20;
    public const int BarHeight = 16;

    public sealed record Segment(ParityArithmetic.Answer Answer, string X, string Width);

    public static int Height(int groups) => groups * RowHeight + 24;

    public static int Top(int index) => index * RowHeight;

    public static string At(decimal share) => (BarLeft + share * BarWidth).ToString("0.#", CultureInfo.InvariantCulture);

    public static string ZoneX => At(ParityArithmetic.ZoneLow);
    public static string ZoneWidth => (BarWidth * (ParityArithmetic.ZoneHigh - ParityArithmetic.ZoneLow)).ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>The segments of a bar, left to right; hidden cells leave their place empty at the end.</summary>
    public static IReadOnlyList<Segment> Segments(ParityArithmetic.Published figures)
    {
        var segments = new List<Segment>();
        var left = 0m;
        foreach (var cell in figures.Cells.Where(c => c.Share is > 0))
        {
            segments.Add(new Segment(cell.Answer, At(left), (cell.Share!.Value * BarWidth).ToString("0.#", CultureInfo.InvariantCulture)));
            left += cell.Share.Value;
        }
        return segments;
    }

    public static string CssClass(ParityArithmetic.Answer answer) => answer switch
    {
        ParityArithmetic.Answer.Women => "women",
        ParityArithmetic.Answer.Men => "men",
        ParityArithmetic.Answer.NonBinary => "non-binary",
        _ => "undeclared",
    };
}
