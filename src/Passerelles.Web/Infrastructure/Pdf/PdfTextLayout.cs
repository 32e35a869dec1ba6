using System.IO.Compression;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;
using PdfSharp.UniversalAccessibility;

namespace Passerelles.Web.Infrastructure.Pdf;

/// <summary>Writes a tagged PDF document of plain text on A4 pages, top to bottom, for any feature that prints a
/// document: headings (<see cref="Heading"/>, levels 1 to 3), wrapped paragraphs (<see cref="Paragraph"/>; words longer
/// than the line, such as hashes, are cut), key/value rows (<see cref="Row"/>: the label in a left column, the value
/// wrapped beside it), tables of several columns (<see cref="Table"/>), drawings (<see cref="Figure"/>), vertical space
/// (<see cref="Space"/>) and page breaks (<see cref="NewPage"/>). A new page starts by itself when the next line would not
/// fit, and every page is numbered at its foot in the caller's wording ("Page {0} of {1}"), so the wording stays in the
/// reader's language.
/// <code>
/// var bytes = PdfTextLayout.Write(new PdfTextLayout.Description("Title", "fr-CA", "Page {0} sur {1}"), layout =>
/// {
///     layout.Heading("Title", 1);
///     layout.Paragraph("Text…");
///     layout.Row("Signed at", "2026-03-10 14:00 UTC");
/// });
/// </code>
/// The document is tagged for assistive technology: its language and title (shown by viewers instead of the file
/// name), marked content, and a structure tree of headings (H1–H3), paragraphs (P), the rows as a table of row headers
/// and values, tables with their column and row headers, drawings as figures with a text alternative, and the page
/// numbers as artifacts. Text is drawn with Unicode font encoding, so accented letters are extracted intact from the
/// file.</summary>
public sealed class PdfTextLayout
{
    private const double Margin = 56; // about 2 cm
    private const double RowLabelWidth = 150;

    /// <summary>What a document says about itself: its title, its language (a BCP 47 tag such as "fr-CA") and the
    /// wording of its page numbers; <see cref="MoreInformation"/> adds to the document information (subject, keywords…).</summary>
    public sealed record Description(string Title, string Language, string PageNumberFormat)
    {
        public Action<PdfDocumentInformation>? MoreInformation { get; init; }
    }

    private readonly PdfDocument document;
    private readonly StructureBuilder? structure;
    private readonly (string Format, int Total)? pageNumbers;
    private readonly XPdfFontOptions options = new(PdfFontEncoding.Unicode);
    private XGraphics? graphics;
    private bool inTable;
    private double y;

    private PdfTextLayout(PdfDocument document, StructureBuilder? structure, (string Format, int Total)? pageNumbers)
    {
        this.document = document;
        this.structure = structure;
        this.pageNumbers = pageNumbers;
        NewPage();
    }

    /// <summary>Lays the document out with <paramref name="write"/> and returns the PDF file's bytes. The text is laid
    /// out twice: first to count the pages, then to draw them with "page n of total" at their foot.</summary>
    public static byte[] Write(Description description, Action<PdfTextLayout> write)
    {
        PdfFonts.EnsureRegistered();
        int pages;
        using (var draft = new PdfDocument())
        {
            var counting = new PdfTextLayout(draft, null, null);
            write(counting);
            counting.Close();
            pages = draft.PageCount;
        }

        using var document = new PdfDocument();
        // PDFsharp's own Flate encoder leaves out the zlib stream's end (its Adler-32 checksum), so the streams are
        // written plain here and compressed by Compress.
        document.Options.NoCompression = true;
        document.Options.CompressContentStreams = false;
        document.Info.Title = description.Title;
        document.Info.Creator = "Passerelles";
        description.MoreInformation?.Invoke(document.Info);
        var accessibility = UAManager.ForDocument(document);
        accessibility.SetDocumentLanguage(description.Language);
        var layout = new PdfTextLayout(document, accessibility.StructureBuilder, (description.PageNumberFormat, pages));
        write(layout);
        layout.Close();
        if (document.PageCount != pages)
            throw new InvalidOperationException($"The document took {document.PageCount} pages, not the {pages} counted beforehand.");
        return Compress(document);
    }

    private PdfPage Page => document.Pages[^1];
    private double Width => Page.Width.Point - 2 * Margin;
    private double Bottom => Page.Height.Point - Margin - 20;

    public XFont Font(double size, bool bold = false) =>
        new(PdfFonts.Sans, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, options);

    public void NewPage()
    {
        if (graphics is not null)
        {
            Foot();
            graphics.Dispose();
        }
        var page = document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        graphics = XGraphics.FromPdfPage(page);
        y = Margin;
    }

    public void Heading(string text, int level)
    {
        EndTable();
        var size = level switch { 1 => 18, 2 => 14, _ => 12 };
        Space(level == 1 ? 0 : 8);
        // Keep a heading with at least two lines of what follows.
        if (y + size * 1.4 + 30 > Bottom && y > Margin) NewPage();
        Begin(level switch { 1 => PdfBlockLevelElementTag.Heading1, 2 => PdfBlockLevelElementTag.Heading2, _ => PdfBlockLevelElementTag.Heading3 });
        Lines(text, Font(size, bold: true), Margin, Width);
        structure?.End();
        Space(4);
    }

    /// <summary>Paragraphs: line breaks in <paramref name="text"/> start new lines, and blank lines separate paragraphs.</summary>
    public void Paragraph(string text, double size = 10.5, bool bold = false)
    {
        EndTable();
        var font = Font(size, bold);
        var open = false;
        foreach (var line in text.Replace("\r\n", "\n").Split('\n'))
        {
            if (line.Length == 0)
            {
                if (open) structure?.End();
                open = false;
                Space(size * 0.6);
                continue;
            }
            if (!open) Begin(PdfBlockLevelElementTag.Paragraph);
            open = true;
            Lines(line, font, Margin, Width);
        }
        if (open) structure?.End();
        Space(size * 0.5);
    }

    /// <summary>A labelled row: <paramref name="label"/> in bold in the left column, <paramref name="value"/> beside,
    /// in a fixed-width font when <paramref name="monospace"/> (hashes, codes: a 64-character hash fits on one line at
    /// 8 points). Rows in a row make one table, whose labels are row headers.</summary>
    public void Row(string label, string value, double size = 10, bool monospace = false)
    {
        if (!inTable) Begin(PdfBlockLevelElementTag.Table);
        inTable = true;
        Begin(PdfBlockLevelElementTag.TableRow);
        var top = y;
        var startPage = document.PageCount;
        Begin(PdfBlockLevelElementTag.TableHeaderCell);
        structure?.CurrentStructureElement.TableAttributes.Elements.SetName("/Scope", "/Row");
        Lines(label, Font(size, bold: true), Margin, RowLabelWidth - 8);
        structure?.End();
        var labelEnd = y;
        if (document.PageCount == startPage) y = top;
        Begin(PdfBlockLevelElementTag.TableDataCell);
        Lines(value, monospace ? new XFont(PdfFonts.Mono, Math.Min(size, 8), XFontStyleEx.Regular, options) : Font(size), Margin + RowLabelWidth, Width - RowLabelWidth);
        structure?.End();
        structure?.End();
        if (document.PageCount == startPage) y = Math.Max(y, labelEnd);
        Space(3);
    }

    /// <summary>One line of a <see cref="Table"/>: its cells, left to right. A <see cref="Minor"/> line (a part of the line
    /// above it, such as a figure's row by stage) is drawn smaller, its first cell indented.</summary>
    public sealed record TableLine(IReadOnlyList<string> Cells, bool Minor = false);

    /// <summary>A table with a header line of <paramref name="columns"/> (column headers), then <paramref name="lines"/>,
    /// whose first cell heads its line (a row header); <paramref name="widths"/> are the columns' shares of the text's
    /// width. Cells wrap; a line is kept on one page, and the header line is drawn again at the top of each new page the
    /// table goes on to.</summary>
    public void Table(IReadOnlyList<string> columns, IEnumerable<TableLine> lines, IReadOnlyList<double> widths, double size = 9.5)
    {
        EndTable();
        if (widths.Count != columns.Count) throw new ArgumentException("One width per column.", nameof(widths));
        var total = widths.Sum();
        var lefts = new double[columns.Count];
        var spans = new double[columns.Count];
        for (var (i, left) = (0, Margin); i < columns.Count; left += spans[i], i++)
            (lefts[i], spans[i]) = (left, Width * widths[i] / total);

        var header = new TableLine(columns);
        var headerPage = 0;
        void Keep(TableLine line)
        {
            if (y + LineHeight(line, spans, size) > Bottom && y > Margin) NewPage();
            if (document.PageCount == headerPage) return;
            TableLineAt(header, lefts, spans, size, isHeader: true);
            headerPage = document.PageCount;
        }

        // The header stays with at least one line under it.
        if (y + 2 * LineHeight(header, spans, size) > Bottom && y > Margin) NewPage();
        Begin(PdfBlockLevelElementTag.Table);
        Keep(header);
        foreach (var line in lines)
        {
            Keep(line);
            TableLineAt(line, lefts, spans, size, isHeader: false);
        }
        structure?.End();
        Space(6);
    }

    private double LineHeight(TableLine line, double[] spans, double size)
    {
        var font = Font(line.Minor ? size - 1 : size);
        return line.Cells.Select((cell, i) => Wrap(cell, font, spans[i] - 6 - (i == 0 && line.Minor ? 12 : 0)).Count()).DefaultIfEmpty(1).Max()
               * font.Size * 1.35 + 3;
    }

    private void TableLineAt(TableLine line, double[] lefts, double[] spans, double size, bool isHeader)
    {
        Begin(PdfBlockLevelElementTag.TableRow);
        var top = y;
        var bottom = y;
        for (var i = 0; i < lefts.Length; i++)
        {
            var cell = i < line.Cells.Count ? line.Cells[i] : "";
            var headsLine = isHeader || i == 0;
            Begin(headsLine ? PdfBlockLevelElementTag.TableHeaderCell : PdfBlockLevelElementTag.TableDataCell);
            if (headsLine) structure?.CurrentStructureElement.TableAttributes.Elements.SetName("/Scope", isHeader ? "/Column" : "/Row");
            y = top;
            var indent = i == 0 && line.Minor ? 12 : 0;
            Lines(cell, Font(line.Minor ? size - 1 : size, bold: isHeader || (i == 0 && !line.Minor)), lefts[i] + indent, spans[i] - 6 - indent);
            bottom = Math.Max(bottom, y);
            structure?.End();
        }
        structure?.End();
        y = bottom;
        if (isHeader)
        {
            structure?.BeginArtifact();
            graphics!.DrawLine(XPens.Gray, Margin, y + 1, Margin + Width, y + 1);
            structure?.End();
        }
        Space(3);
    }

    /// <summary>Reserves <paramref name="height"/> points across the width of the text (on a new page when they do not
    /// fit on this one) and lets <paramref name="draw"/> draw in that box, then carries on below it. The drawing is a
    /// figure whose text alternative is <paramref name="description"/>.</summary>
    public void Figure(double height, string description, Action<XGraphics, XRect> draw)
    {
        EndTable();
        if (y + height > Bottom && y > Margin) NewPage();
        var box = new XRect(Margin, y, Width, height);
        structure?.BeginElement(PdfIllustrationElementTag.Figure, description, box);
        draw(graphics!, box);
        structure?.End();
        y += height;
        Space(6);
    }

    public void Space(double points)
    {
        y += points;
        if (y > Bottom) NewPage();
    }

    private void Close()
    {
        EndTable();
        Foot();
        graphics!.Dispose();
        graphics = null;
    }

    /// <summary>"Page n of total" at the foot of the current page, marked as an artifact (not part of the text).</summary>
    private void Foot()
    {
        if (pageNumbers is not { } numbers) return;
        var font = Font(8);
        var text = string.Format(CultureInfo.CurrentCulture, numbers.Format, document.PageCount, numbers.Total);
        var width = graphics!.MeasureString(text, font).Width;
        structure?.BeginArtifact();
        graphics.DrawString(text, font, XBrushes.Gray, new XPoint((Page.Width.Point - width) / 2, Page.Height.Point - Margin / 2), XStringFormats.BaseLineLeft);
        structure?.End();
    }

    private void Begin(PdfBlockLevelElementTag tag) => structure?.BeginElement(tag);

    private void EndTable()
    {
        if (inTable) structure?.End();
        inTable = false;
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

    /// <summary>Saves the document, then compresses each of its streams (page contents, embedded fonts, character
    /// maps) as complete zlib streams, ending with their Adler-32 checksum as the Flate filter requires. The XMP
    /// metadata stays readable as plain text.</summary>
    private static byte[] Compress(PdfDocument document)
    {
        using var plain = new MemoryStream();
        document.Save(plain, closeStream: false);
        plain.Position = 0;
        using var saved = PdfReader.Open(plain, PdfDocumentOpenMode.Modify);
        saved.Options.NoCompression = true;
        saved.Options.CompressContentStreams = false;
        foreach (var dictionary in saved.Internals.GetAllObjects().OfType<PdfDictionary>())
        {
            if (dictionary.Stream is not { } stream || dictionary.Elements.ContainsKey("/Filter") || dictionary.Elements.GetName("/Type") == "/Metadata") continue;
            using var compressed = new MemoryStream();
            using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
                zlib.Write(stream.Value);
            stream.Value = compressed.ToArray();
            dictionary.Elements.SetName("/Filter", "/FlateDecode");
            dictionary.Elements.SetInteger("/Length", stream.Length);
        }
        using var output = new MemoryStream();
        saved.Save(output, closeStream: false);
        return output.ToArray();
    }
}
