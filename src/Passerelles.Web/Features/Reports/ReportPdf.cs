using Passerelles.Web.Infrastructure.Pdf;

namespace Passerelles.Web.Features.Reports;

public static partial class ReportExports
{
    /// <summary>The report as a PDF: its facts, then each section's figures as a table (with the rows each is made of)
    /// and its texts as plain paragraphs. In the reader's language; when the funder is on the other side of the ocean
    /// from a beneficiary, every label in the funder side's French followed by the English, whoever reads.</summary>
    public static byte[] Pdf(ReportSnapshot snapshot, CultureInfo reader, IStringLocalizerFactory factory)
    {
        var t = snapshot.IsBilingual ? ReportWording.Bilingual(snapshot.FunderSide!.Value, factory) : ReportWording.In(reader, factory);
        var title = t.Of(snapshot.Title);
        var description = new PdfTextLayout.Description(title, t.Main.Name, t["Page {0} of {1}"]);
        return PdfTextLayout.Write(description, layout =>
        {
            layout.Heading(title, 1);
            foreach (var (label, value) in Facts(snapshot, t, withTemplate: false)) layout.Row(label, value.ToString()!);
            if (snapshot.Sections.Count == 0) layout.Paragraph(t["This report has no section."]);
            foreach (var section in snapshot.Sections)
            {
                layout.Heading(t.Of(section.Heading), 2);
                if (section.Figures.Count > 0)
                    layout.Table([t["Indicator"], t["Value"], t["Side.Quebec"], t["Side.France"]], FigureLines(section, t), [46, 22, 16, 16]);
                foreach (var text in section.Texts)
                {
                    layout.Heading(t.Of(text.Prompt), 3);
                    var written = PlainText(text.Markdown);
                    layout.Paragraph(written.Length > 0 ? written : t["Nothing written."]);
                }
            }
        });
    }

    /// <summary>A line per figure, then a smaller line per row it is made of. A withheld figure says why on its own line;
    /// its rows show a dash rather than repeat it.</summary>
    private static IEnumerable<PdfTextLayout.TableLine> FigureLines(ReportSnapshot.Section section, ReportWording t)
    {
        foreach (var figure in section.Figures)
        {
            var unit = t.Unit(figure.Unit);
            string Shown(decimal? value) => figure.Withheld ? "" : value is { } v ? t.Number(v) : "—";
            yield return new([t[figure.Title], figure.Withheld ? t.Withheld : $"{t.Number(figure.Value)}\u00A0{unit}", Shown(figure.Quebec), Shown(figure.France)]);
            foreach (var row in figure.Rows)
                yield return new([t.Label(row), figure.Withheld ? "—" : t.Number(row.Value), "", ""], Minor: true);
        }
    }
}
