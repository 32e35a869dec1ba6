namespace Passerelles.Web.Features.Coaching;

/// <summary>A horizontal bar chart drawn on the server as SVG, with a table of the same figures folded under it for
/// those who do not see it.</summary>
public sealed record BarChart(string Caption, string LabelHeader, string ValueHeader, IReadOnlyList<BarChart.Bar> Bars)
{
    public sealed record Bar(string Label, decimal Value, string Text);

    public const int Width = 640;
    public const int LabelWidth = 220;
    public const int BarHeight = 22;
    public const int Gap = 6;

    public int Height => Bars.Count * (BarHeight + Gap) + Gap;

    public decimal Max => Bars.Count == 0 ? 0 : Bars.Max(b => b.Value);

    /// <summary>The bar's length in pixels, out of the room left after the labels and the figure.</summary>
    public int LengthOf(Bar bar) => Max <= 0 ? 0 : (int)Math.Round(bar.Value / Max * (Width - LabelWidth - 70));

    public static int Top(int index) => Gap + index * (BarHeight + Gap);

    /// <summary>A label short enough to fit beside its bar.</summary>
    public static string Short(string label) => label.Length <= 30 ? label : label[..29] + "…";
}
