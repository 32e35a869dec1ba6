using Passerelles.Web.Infrastructure.Pdf;
using PdfSharp.Drawing;

namespace Passerelles.Web.Features.Assessments;

/// <summary>One assessment as a PDF document, in the reader's language: what was assessed (a project, or a territory
/// and its region), the grid's title and version, the assessor and their kind, the status and dates, then each
/// dimension's criteria with the level given (or "not applicable", or not answered) and the evidence, link and comment.
/// On a scored grid it opens with the score of each dimension, a radar drawing of them when there are three dimensions
/// or more, and the total; an unscored grid shows neither scores nor a total.</summary>
public static class AssessmentPdf
{
    /// <summary>What the document says about the assessment besides its answers.</summary>
    public sealed record Facts(string Subject, string Region, bool IsTerritory, string Assessor, Func<Instant, string> Times);

    public static byte[] Build(Assessment assessment, GridVersion version, Facts facts, IStringLocalizer t)
    {
        var title = version.Title.ForCurrentCulture();
        var description = new PdfTextLayout.Description(t["{0}: {1}", title, facts.Subject], CultureInfo.CurrentUICulture.Name, t["Page {0} of {1}"]);
        return PdfTextLayout.Write(description, layout => Write(layout, assessment, version, facts, t, title));
    }

    private static void Write(PdfTextLayout layout, Assessment assessment, GridVersion version, Facts facts, IStringLocalizer t, string title)
    {
        layout.Heading(t["{0}: {1}", title, facts.Subject], 1);
        layout.Row(facts.IsTerritory ? t["Territory"] : t["Project"], facts.Subject);
        if (facts.Region.Length > 0) layout.Row(t["Region"], facts.Region);
        layout.Row(t["Grid"], title);
        layout.Row(t["Grid version"], version.Number.ToString(CultureInfo.InvariantCulture));
        layout.Row(t["Assessor"], $"{facts.Assessor} ({t["AssessorKind." + assessment.Kind]})");
        layout.Row(t["Status"], assessment.IsSubmitted ? t["Submitted"] : t["Draft"]);
        layout.Row(t["Started on"], facts.Times(assessment.CreatedAt));
        if (assessment.SubmittedAt is { } submitted) layout.Row(t["Submitted on"], facts.Times(submitted));
        else layout.Row(t["Last saved on"], facts.Times(assessment.UpdatedAt));

        var levels = version.Levels.OrderBy(l => l.Position).ToList();
        var dimensions = version.Dimensions.OrderBy(d => d.Position).ToList();
        var score = Scoring.Score(version, assessment.ForScoring());
        if (version.IsScored)
        {
            layout.Heading(t["Scores by dimension"], 2);
            layout.Paragraph(t["On the grid's scale from {0} to {1}.", AssessmentResults.Number(score.Minimum), AssessmentResults.Number(score.Maximum)]);
            if (dimensions.Count >= 3)
                layout.Figure(230, t["Radar chart of the scores by dimension"], (graphics, box) => Radar(graphics, box, layout,
                    dimensions.Select(d => d.Label.ForCurrentCulture()).ToList(), score.Dimensions.Select(d => d.Score).ToList(), score.Minimum, score.Maximum));
            foreach (var (dimension, result) in dimensions.Zip(score.Dimensions))
                layout.Row(dimension.Label.ForCurrentCulture(), AssessmentResults.Number(result.Score));
            layout.Row(t["Total"], AssessmentResults.Number(score.Total), size: 11);
        }
        else
            layout.Paragraph(t["This grid is deliberately unscored: read the answers criterion by criterion below."]);

        var answers = assessment.Answers.ToDictionary(a => a.CriterionId);
        foreach (var dimension in dimensions)
        {
            layout.Heading(dimension.Label.ForCurrentCulture(), 2);
            foreach (var criterion in dimension.Criteria.OrderBy(c => c.Position))
            {
                var answer = answers.GetValueOrDefault(criterion.Id);
                var level = answer?.LevelId is { } levelId ? levels.SingleOrDefault(l => l.Id == levelId) : null;
                layout.Heading(criterion.Label.ForCurrentCulture(), 3);
                layout.Row(t["Level"], answer?.NotApplicable == true ? t["Not applicable"] : level?.Label.ForCurrentCulture() ?? t["Not answered"]);
                if (answer is { Evidence.Length: > 0 }) layout.Row(t["Evidence"], answer.Evidence);
                if (answer is { EvidenceLink.Length: > 0 }) layout.Row(t["Link to the evidence"], answer.EvidenceLink);
                if (answer is { Comment.Length: > 0 }) layout.Row(t["Comment"], answer.Comment);
            }
        }
    }

    /// <summary>The radar drawing: one axis per dimension (the first pointing up, the others clockwise), rings at a
    /// quarter, half, three quarters and the whole of the scale, and the assessment's scores as one closed shape. A
    /// dimension without a score sits at the centre. The same scores are listed beneath it as text.</summary>
    private static void Radar(XGraphics graphics, XRect box, PdfTextLayout layout, IReadOnlyList<string> axes,
        IReadOnlyList<decimal?> values, decimal minimum, decimal maximum)
    {
        var centre = new XPoint(box.X + box.Width / 2, box.Y + box.Height / 2);
        var radius = box.Height / 2 - 24;
        XPoint Point(int index, double share)
        {
            var angle = 2 * Math.PI * index / axes.Count - Math.PI / 2;
            return new XPoint(centre.X + radius * share * Math.Cos(angle), centre.Y + radius * share * Math.Sin(angle));
        }

        var grey = new XPen(XColors.LightGray, 0.6);
        foreach (var ring in new[] { 0.25, 0.5, 0.75, 1.0 })
            graphics.DrawPolygon(grey, Enumerable.Range(0, axes.Count).Select(i => Point(i, ring)).ToArray());
        var font = layout.Font(7.5);
        for (var i = 0; i < axes.Count; i++)
        {
            graphics.DrawLine(grey, centre, Point(i, 1));
            var label = Point(i, 1.12);
            var width = graphics.MeasureString(axes[i], font).Width;
            var x = Math.Abs(label.X - centre.X) < 1 ? label.X - width / 2 : label.X < centre.X ? label.X - width : label.X;
            x = Math.Clamp(x, box.X, box.Right - width);
            graphics.DrawString(axes[i], font, XBrushes.Black, new XPoint(x, label.Y), XStringFormats.CenterLeft);
        }

        var span = maximum - minimum;
        var shape = Enumerable.Range(0, axes.Count)
            .Select(i => Point(i, span <= 0 || values[i] is not { } v ? 0 : (double)((Math.Clamp(v, minimum, maximum) - minimum) / span)))
            .ToArray();
        graphics.DrawPolygon(new XPen(XColor.FromArgb(31, 94, 140), 1.5), new XSolidBrush(XColor.FromArgb(70, 31, 94, 140)), shape, XFillMode.Winding);
    }
}
