using System.Text;

namespace Passerelles.Web.Infrastructure;

/// <summary>CSV files as spreadsheets open them: written as RFC 4180 asks, in UTF-8 with a byte-order mark, text
/// cells guarded against being read as formulas.</summary>
public static class Csv
{
    /// <summary>The characters that make a spreadsheet read a cell as a formula; a text cell starting with one is
    /// written after an apostrophe, which an import removes again.</summary>
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public static string NeutraliseFormula(string value) =>
        value.Length > 0 && FormulaStarts.Contains(value[0]) ? "'" + value : value;

    public static string RestoreFormula(string value) =>
        value.Length > 1 && value[0] == '\'' && FormulaStarts.Contains(value[1]) ? value[1..] : value;

    /// <summary>Writes rows as RFC 4180 asks: comma separated, CRLF line ends, a cell quoted when it holds a comma,
    /// a quote or a line break, with its quotes doubled.</summary>
    public static void Write(TextWriter writer, IEnumerable<IReadOnlyList<string>> rows)
    {
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Count; i++)
            {
                if (i > 0) writer.Write(',');
                writer.Write(Quoted(row[i]));
            }
            writer.Write("\r\n");
        }
    }

    private static string Quoted(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;

    /// <summary>A whole file: the header, then the rows with every cell guarded against being read as a formula.</summary>
    public static byte[] GuardedFile(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture);
        Write(text, rows.Select(r => (IReadOnlyList<string>)r.Select(NeutraliseFormula).ToList()).Prepend(header));
        return WithBom(text.ToString());
    }

    /// <summary>UTF-8 with a byte-order mark, so spreadsheets open accented letters correctly.</summary>
    public static byte[] WithBom(string text) => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)];
}
