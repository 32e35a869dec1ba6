using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Passerelles.Web.Infrastructure.Pdf;

/// <summary>Lays out plain text on A4 pages of a PDFsharp document, top to bottom, for any feature that prints a
/// document: headings (<see cref="Heading"/>, levels 1 to 3), wrapped paragraphs (<see cref="Paragraph"/>; words
/// longer than the line, such as hashes, are cut), key/value rows (<see cref="Row"/>: the label in a left column, the
/// value wrapped beside it), drawings (<see cref="Figure"/>), vertical space (<see cref="Space"/>) and page breaks
/// (<see cref="NewPage"/>). A new page
/// starts by itself when the next line would not fit. <see cref="Finish"/> numbers the pages at their foot with a
/// caller-given format such as "Page {0} of {1}", so the wording stays in the reader's language.
/// <code>
/// PdfFonts.EnsureRegistered();
/// using var document = new PdfDocument();
/// var layout = new PdfTextLayout(document);
/// layout.Heading("Title", 1);
/// layout.Paragraph("Text…");
/// layout.Row("Signed at", "2026-03-10 14:00 UTC");
/// layout.Finish("Page {0} of {1}");
/// </code>
/// Text is drawn with Unicode font encoding, so accented letters are extracted intact from the file.</summary>
public sealed class PdfTextLayout
{
    private const double Margin = 56; // about 2 cm
    private const double RowLabelWidth = 150;

    private readonly PdfDocument document;
    private readonly string family;
    private readonly XPdfFontOptions options = new(PdfFontEncoding.Unicode);
    private XGraphics? graphics;
    private double y;

    public PdfTextLayout(PdfDocument document, string family = PdfFonts.Sans)
    {
        this.document = document;
        this.family = family;
        NewPage();
    }

    private PdfPage Page => document.Pages[^1];
    private double Width => Page.Width.Point - 2 * Margin;
    private double Bottom => Page.Height.Point - Margin - 20;

    public XFont Font(double size, bool bold = false) =>
        new(family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, options);

    public void NewPage()
    {
        graphics?.Dispose();
        var page = document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        graphics = XGraphics.FromPdfPage(page);
        y = Margin;
    }

    public void Heading(string text, int level)
    {
        var size = level switch { 1 => 18, 2 => 14, _ => 12 };
        Space(level == 1 ? 0 : 8);
        // Keep a heading with at least two lines of what follows.
        if (y + size * 1.4 + 30 > Bottom && y > Margin) NewPage();
        Lines(text, Font(size, bold: true), Margin, Width);
        Space(4);
    }

    /// <summary>A paragraph; line breaks in <paramref name="text"/> start new lines and blank lines add space.</summary>
    public void Paragraph(string text, double size = 10.5, bool bold = false)
    {
        var font = Font(size, bold);
        foreach (var line in text.Replace("\r\n", "\n").Split('\n'))
        {
            if (line.Length == 0) Space(size * 0.6);
            else Lines(line, font, Margin, Width);
        }
        Space(size * 0.5);
    }

    /// <summary>A labelled row: <paramref name="label"/> in bold in the left column, <paramref name="value"/> beside,
    /// in a fixed-width font when <paramref name="monospace"/> (hashes, codes: a 64-character hash fits on one line at
    /// 8 points).</summary>
    public void Row(string label, string value, double size = 10, bool monospace = false)
    {
        var top = y;
        var startPage = document.PageCount;
        Lines(label, Font(size, bold: true), Margin, RowLabelWidth - 8);
        var labelEnd = y;
        if (document.PageCount == startPage) y = top;
        Lines(value, monospace ? new XFont(PdfFonts.Mono, Math.Min(size, 8), XFontStyleEx.Regular, options) : Font(size), Margin + RowLabelWidth, Width - RowLabelWidth);
        if (document.PageCount == startPage) y = Math.Max(y, labelEnd);
        Space(3);
    }

    /// <summary>Reserves <paramref name="height"/> points across the width of the text (on a new page when they do not
    /// fit on this one) and lets <paramref name="draw"/> draw in that box, then carries on below it.</summary>
    public void Figure(double height, Action<XGraphics, XRect> draw)
    {
        if (y + height > Bottom && y > Margin) NewPage();
        draw(graphics!, new XRect(Margin, y, Width, height));
        y += height;
        Space(6);
    }

    public void Space(double points)
    {
        y += points;
        if (y > Bottom) NewPage();
    }

    /// <summary>Draws "Page n of total" (in the caller's wording) at the foot of every page and closes the drawing.</summary>
    public void Finish(string pageNumberFormat)
    {
        graphics?.Dispose();
        graphics = null;
        var font = Font(8);
        for (var i = 0; i < document.PageCount; i++)
        {
            var page = document.Pages[i];
            using var foot = XGraphics.FromPdfPage(page);
            var text = string.Format(System.Globalization.CultureInfo.CurrentCulture, pageNumberFormat, i + 1, document.PageCount);
            var width = foot.MeasureString(text, font).Width;
            foot.DrawString(text, font, XBrushes.Gray, new XPoint((page.Width.Point - width) / 2, page.Height.Point - Margin / 2), XStringFormats.BaseLineLeft);
        }
    }

    private void Lines(string text, XFont font, double left, double width)
    {
        var lineHeight = font.Size * 1.35;
        foreach (var line in text.Split('\n').SelectMany(part => Wrap(part, font, width)))
        {
            if (y + lineHeight > Bottom) NewPage();
            graphics!.DrawString(line, font, XBrushes.Black, new XPoint(left, y), XStringFormats.TopLeft);
            y += lineHeight;
        }
    }

    private IEnumerable<string> Wrap(string text, XFont font, double width)
    {
        var line = "";
        foreach (var word in text.Split(' '))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (Measure(candidate, font) <= width) { line = candidate; continue; }
            if (line.Length > 0) yield return line;
            line = word;
            // A word wider than the line (a hash, a long address) is cut where it no longer fits.
            while (Measure(line, font) > width && line.Length > 1)
            {
                var fits = 1;
                while (fits < line.Length && Measure(line[..(fits + 1)], font) <= width) fits++;
                yield return line[..fits];
                line = line[fits..];
            }
        }
        if (line.Length > 0) yield return line;
    }

    private double Measure(string text, XFont font) => graphics!.MeasureString(text, font).Width;
}
