using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Passerelles.Web.Features.Assessments;

/// <summary>A radar chart drawn on the server as SVG: one axis per dimension, one closed shape per assessor. It is an
/// image (role="img" with a title and a description) that repeats a data table shown beside it, so nothing is said by
/// the drawing alone; shapes differ by their dash pattern as well as their colour.</summary>
public static class RadarChart
{
    public sealed record Series(string Name, IReadOnlyList<decimal?> Values);

    private const double Size = 360, Centre = Size / 2, Radius = 120;

    public static IHtmlContent Render(string id, string title, string description, IReadOnlyList<string> axes,
        IReadOnlyList<Series> series, decimal minimum, decimal maximum)
    {
        var e = HtmlEncoder.Default;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"radar\" role=\"img\" viewBox=\"0 0 {Size} {Size}\" aria-labelledby=\"{id}-title {id}-desc\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{e.Encode(title)}</title><desc id=\"{id}-desc\">{e.Encode(description)}</desc>");
        if (axes.Count > 0)
        {
            foreach (var ring in new[] { 0.25, 0.5, 0.75, 1.0 })
                svg.Append("<polygon class=\"radar-ring\" points=\"").Append(Points(axes.Count, _ => ring)).Append("\"/>");
            for (var i = 0; i < axes.Count; i++)
            {
                var (x, y) = Point(i, axes.Count, 1);
                var (lx, ly) = Point(i, axes.Count, 1.18);
                var anchor = Math.Abs(lx - Centre) < 1 ? "middle" : lx < Centre ? "end" : "start";
                svg.Append(CultureInfo.InvariantCulture, $"<line class=\"radar-axis\" x1=\"{Centre}\" y1=\"{Centre}\" x2=\"{x:0.##}\" y2=\"{y:0.##}\"/>");
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{lx:0.##}\" y=\"{ly:0.##}\" text-anchor=\"{anchor}\">{e.Encode(axes[i])}</text>");
            }
            var span = maximum - minimum;
            for (var s = 0; s < series.Count; s++)
            {
                var values = series[s].Values;
                svg.Append(CultureInfo.InvariantCulture, $"<polygon class=\"radar-series radar-series-{s + 1}\" points=\"");
                svg.Append(Points(axes.Count, i => span <= 0 || values[i] is not { } v ? 0 : (double)((Math.Clamp(v, minimum, maximum) - minimum) / span)));
                svg.Append("\"><title>").Append(e.Encode(series[s].Name)).Append("</title></polygon>");
            }
        }
        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    /// <summary>Where the value <paramref name="share"/> (0 at the centre, 1 at the edge) of axis <paramref name="index"/> falls;
    /// the first axis points up and the others follow clockwise.</summary>
    public static (double X, double Y) Point(int index, int count, double share)
    {
        var angle = 2 * Math.PI * index / count - Math.PI / 2;
        return (Centre + Radius * share * Math.Cos(angle), Centre + Radius * share * Math.Sin(angle));
    }

    private static string Points(int count, Func<int, double> share) =>
        string.Join(' ', Enumerable.Range(0, count).Select(i => Point(i, count, share(i)))
            .Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.X:0.##},{p.Y:0.##}")));
}
