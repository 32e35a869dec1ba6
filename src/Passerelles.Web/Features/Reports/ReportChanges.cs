
namespace Passerelles.Web.Features.Reports;

/// <summary>What moved between two versions of a report: each figure (or a side of it) whose value changed, and each
/// text rewritten. Figures and texts are matched by section and key.</summary>
public static class ReportChanges
{
    /// <summary>A figure's value, or one side's when <see cref="Side"/> is set, before and after (null: not there).</summary>
    public sealed record FigureChange(LocalisedText Heading, string Key, string Title, string Unit, Side? Side, decimal? Before, decimal? After);

    public sealed record TextChange(LocalisedText Heading, LocalisedText Prompt, string Before, string After);

    public static (IReadOnlyList<FigureChange> Figures, IReadOnlyList<TextChange> Texts) Between(ReportSnapshot before, ReportSnapshot after)
    {
        var figures = new List<FigureChange>();
        var texts = new List<TextChange>();
        var old = before.Sections.ToDictionary(s => s.Key);
        foreach (var section in after.Sections)
        {
            var heading = section.Heading;
            var previous = old.GetValueOrDefault(section.Key);
            var oldFigures = previous?.Figures.ToDictionary(f => f.Key) ?? [];
            foreach (var figure in section.Figures)
            {
                var was = oldFigures.GetValueOrDefault(figure.Key);
                void Compare(Side? side, decimal? a, decimal? b)
                {
                    if (a != b) figures.Add(new FigureChange(heading, figure.Key, figure.Title, figure.Unit, side, a, b));
                }
                Compare(null, was?.Value, figure.Value);
                Compare(Side.Quebec, was?.Quebec, figure.Quebec);
                Compare(Side.France, was?.France, figure.France);
            }
            var oldTexts = previous?.Texts.ToDictionary(x => x.Key) ?? [];
            foreach (var text in section.Texts)
            {
                var was = oldTexts.GetValueOrDefault(text.Key)?.Markdown ?? "";
                if (was != text.Markdown) texts.Add(new TextChange(heading, text.Prompt, was, text.Markdown));
            }
        }
        return (figures, texts);
    }
}
