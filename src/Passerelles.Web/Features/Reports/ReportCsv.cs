namespace Passerelles.Web.Features.Reports;

public static partial class ReportExports
{
    /// <summary>The report's figures as CSV, a line per figure and per row it is made of: section, indicator key, title,
    /// label (a row's), unit, value, Québec, France. The header is in the reader's language; numbers are written with a
    /// point whatever the language, so that any program reads them; a withheld value is the words that t why.</summary>
    public static byte[] Csv(ReportSnapshot snapshot, CultureInfo reader, IStringLocalizerFactory factory)
    {
        var t = ReportWording.In(reader, factory);
        string[] header = [t["Section"], t["Indicator key"], t["Title"], t["Label"], t["Unit"], t["Value"], t["Side.Quebec"], t["Side.France"]];
        return Infrastructure.Csv.GuardedFile(header, CsvLines(snapshot, t));
    }

    private static IEnumerable<IReadOnlyList<string>> CsvLines(ReportSnapshot snapshot, ReportWording t)
    {
        foreach (var section in snapshot.Sections)
        {
            var heading = t.Of(section.Heading);
            foreach (var figure in section.Figures)
            {
                var (title, unit) = (t[figure.Title], t.Unit(figure.Unit));
                string Value(decimal? value) => figure.Withheld ? t.Withheld : Invariant(value);
                yield return [heading, figure.Key, title, "", unit, Value(figure.Value), figure.Withheld ? "" : Invariant(figure.Quebec), figure.Withheld ? "" : Invariant(figure.France)];
                foreach (var row in figure.Rows)
                    yield return [heading, figure.Key, title, t.Label(row), unit, Value(row.Value), "", ""];
            }
        }
    }

    private static string Invariant(decimal? value) =>
        value is { } v ? v.ToString("0.############################", CultureInfo.InvariantCulture) : "";
}
