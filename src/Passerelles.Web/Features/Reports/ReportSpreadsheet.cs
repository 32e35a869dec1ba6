using System.Data;
using MiniExcelLibs;

namespace Passerelles.Web.Features.Reports;

public static partial class ReportExports
{
    /// <summary>Characters a sheet's name may not hold.</summary>
    private static readonly char[] SheetNameForbidden = ['[', ']', ':', '*', '?', '/', '\\'];

    private const int SheetNameMaxLength = 31;

    /// <summary>The report as a workbook in the reader's language: a first sheet of its facts, then a sheet per section
    /// listing its figures (key, title, unit, value, Québec, France), under them the rows each figure is made of, then
    /// the section's texts. Values are numbers; a withheld one is the words that t why.</summary>
    public static byte[] Xlsx(ReportSnapshot snapshot, CultureInfo reader, IStringLocalizerFactory factory)
    {
        var t = ReportWording.In(reader, factory);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var sheets = new Dictionary<string, object>
        {
            [SheetName(t["Report"], names)] = Sheet(Facts(snapshot, t, withTemplate: true)
                .Select(f => new[] { f.Label, f.Value }).Prepend([t["Item"], t["Value"]])),
        };
        foreach (var (section, index) in snapshot.Sections.Select((s, i) => (s, i)))
            sheets[SheetName(t.Of(section.Heading) is { Length: > 0 } heading ? heading : t.Read(t.Main, "Section {0}", index + 1), names)] =
                Sheet(SectionRows(section, t));
        using var stream = new MemoryStream();
        stream.SaveAs(sheets, printHeader: false);
        return stream.ToArray();
    }

    private static IEnumerable<object?[]> SectionRows(ReportSnapshot.Section section, ReportWording t)
    {
        yield return [t["Indicator key"], t["Title"], t["Unit"], t["Value"], t["Side.Quebec"], t["Side.France"]];
        foreach (var figure in section.Figures)
            yield return [figure.Key, t[figure.Title], t.Unit(figure.Unit), figure.Withheld ? t.Withheld : figure.Value,
                figure.Withheld ? null : figure.Quebec, figure.Withheld ? null : figure.France];
        if (section.Figures.Any(f => f.Rows.Count > 0))
        {
            yield return [];
            yield return [t["Underlying rows"]];
            yield return [t["Indicator key"], t["Label"], t["Value"]];
            foreach (var figure in section.Figures)
            foreach (var row in figure.Rows)
                yield return [figure.Key, t.Label(row), figure.Withheld ? t.Withheld : row.Value];
        }
        if (section.Texts.Count > 0)
        {
            yield return [];
            yield return [t["Texts"]];
            yield return [t["Key"], t["Prompt"], t["Written text"]];
            foreach (var text in section.Texts)
                yield return [text.Key, t.Of(text.Prompt), PlainText(text.Markdown)];
        }
    }

    /// <summary>A name Excel accepts for a sheet, unlike the others of the workbook: the characters it forbids made spaces,
    /// not starting or ending with an apostrophe, at most 31 characters, numbered " (2)" when taken already.</summary>
    internal static string SheetName(string wanted, ISet<string> taken)
    {
        var spaced = new string(wanted.Select(c => SheetNameForbidden.Contains(c) || char.IsControl(c) ? ' ' : c).ToArray());
        var clean = string.Join(' ', spaced.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim('\'').Trim();
        if (clean.Length == 0) clean = "-";
        for (var n = 1; ; n++)
        {
            var suffix = n == 1 ? "" : $" ({n})";
            var name = clean[..Math.Min(clean.Length, SheetNameMaxLength - suffix.Length)].TrimEnd().TrimEnd('\'') + suffix;
            if (taken.Add(name)) return name;
        }
    }

    /// <summary>Rows of cells as a table without a header (the sheets carry their own header lines): as wide as its
    /// widest row.</summary>
    private static DataTable Sheet(IEnumerable<object?[]> rows)
    {
        var all = rows.ToList();
        var table = new DataTable();
        for (var i = 0; i < Math.Max(1, all.Max(r => r.Length)); i++) table.Columns.Add("C" + i, typeof(object));
        foreach (var row in all) table.Rows.Add(row.Select(c => c ?? DBNull.Value).ToArray());
        return table;
    }
}
