using nietras.SeparatedValues;

namespace Passerelles.Web.Features.Directory.Import;

/// <summary>The directory's CSV format, shared by the import, its template and the CSV export: the columns and how a
/// file is read (with Sep); <see cref="Csv"/> writes them.</summary>
public static class OrganisationCsv
{
    public const string ExternalId = "external_id";
    public const string Name = "name";
    public const string Kind = "kind";
    public const string Side = "side";
    public const string Country = "country";
    public const string Region = "region";
    public const string LegalForm = "legal_form";
    public const string Locality = "locality";
    public const string PostalCode = "postal_code";
    public const string StreetAddress = "street_address";
    public const string Latitude = "latitude";
    public const string Longitude = "longitude";
    public const string Website = "website";
    public const string Themes = "themes";
    public const string Description = "description";
    public const string Public = "public";

    public static readonly IReadOnlyList<string> Columns =
    [
        ExternalId, Name, Kind, Side, Country, Region, LegalForm, Locality, PostalCode, StreetAddress,
        Latitude, Longitude, Website, Themes, Description, Public,
    ];

    public static readonly IReadOnlyList<string> RequiredColumns = [ExternalId, Name, Kind, Side];

    /// <summary>Several themes share one cell, separated by this character.</summary>
    public const char ThemeSeparator = '|';

    /// <summary>The separator of a file, sniffed from its header line: semicolons (as spreadsheets write in French)
    /// when the header has more of them than commas, commas otherwise.</summary>
    public static char SniffSeparator(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        var header = end < 0 ? text : text[..end];
        return header.Count(c => c == ';') > header.Count(c => c == ',') ? ';' : ',';
    }

    public sealed record Row(int Line, IReadOnlyList<string> Cells);

    public sealed record Table(IReadOnlyList<string> Header, IReadOnlyList<Row> Rows);

    /// <summary>Reads decoded text: the header (names trimmed and lower-cased) and every non-blank row with the line
    /// it starts on. Quoted cells may hold separators, doubled quotes and line breaks.</summary>
    public static Table Read(string text)
    {
        using var reader = Sep.Reader(o => o with
        {
            Sep = new Sep(SniffSeparator(text)),
            Unescape = true,
            DisableColCountCheck = true,
        }).FromText(text);

        var header = reader.Header.ColNames.Select(n => n.Trim().ToLowerInvariant()).ToList();
        var rows = new List<Row>();
        foreach (var row in reader)
        {
            var cells = new string[row.ColCount];
            for (var i = 0; i < cells.Length; i++) cells[i] = row[i].ToString();
            if (cells.All(string.IsNullOrWhiteSpace)) continue;
            rows.Add(new Row(row.LineNumberFrom, cells));
        }
        return new Table(header, rows);
    }

    /// <summary>A file with the header and one example row on each side, for administrators to fill in.</summary>
    public static byte[] Template()
    {
        var text = new StringWriter(CultureInfo.InvariantCulture);
        Csv.Write(text,
        [
            Columns,
            ["cereso", "CERESO", "TransferCentre", "Quebec", "CA", "Lanaudière", "OBNL", "L'Assomption", "J5W 0A1",
             "180 rue Dorval", "45.8262", "-73.4290", "https://cereso.ca", "Innovation|Youth", "Centre d'expertise en innovation sociale.", "yes"],
            ["tube-a-essai", "Le Tube à ESS'ai", "Incubator", "France", "FR", "Nouvelle-Aquitaine", "Association loi 1901", "Tarnos", "40220",
             "", "43.5405", "-1.4599", "", "Innovation", "Incubateur territorial de l'ESS.", "yes"],
        ]);
        return Csv.WithBom(text.ToString());
    }
}
