namespace Passerelles.Web.Features.Directory.Import;

/// <summary>A message for the person importing, as the key of its text and its arguments, translated when shown.</summary>
public sealed record ImportMessage(string Key, params object[] Arguments);

public enum RowAction { Create, Update, Unchanged }

/// <summary>An organisation's facts as the CSV carries them. Themes are sorted and joined so two records compare
/// equal when they hold the same facts.</summary>
public sealed record OrganisationValues(
    string Name, OrganisationKind Kind, Side Side, string CountryCode, string Region, string LegalForm,
    string Locality, string PostalCode, string StreetAddress, double? Latitude, double? Longitude,
    string Website, string Themes, string Description, bool IsPublic)
{
    public IEnumerable<string> ThemeList => Themes.Split(OrganisationCsv.ThemeSeparator, StringSplitOptions.RemoveEmptyEntries);

    public static string JoinThemes(IEnumerable<string> themes) =>
        string.Join(OrganisationCsv.ThemeSeparator, themes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));

    /// <summary>The cells of a CSV row, in <see cref="OrganisationCsv.Columns"/> order, text cells guarded against
    /// formulas. Coordinates are written by us as plain numbers and need no guard (a minus sign is not a formula
    /// there, and the import reads them back as numbers).</summary>
    public IReadOnlyList<string> Cells(string externalId) =>
    [
        Csv.NeutraliseFormula(externalId), Csv.NeutraliseFormula(Name), Kind.ToString(), Side.ToString(),
        CountryCode, Csv.NeutraliseFormula(Region), Csv.NeutraliseFormula(LegalForm),
        Csv.NeutraliseFormula(Locality), Csv.NeutraliseFormula(PostalCode),
        Csv.NeutraliseFormula(StreetAddress),
        Latitude?.ToString("R", CultureInfo.InvariantCulture) ?? "", Longitude?.ToString("R", CultureInfo.InvariantCulture) ?? "",
        Csv.NeutraliseFormula(Website), Csv.NeutraliseFormula(Themes),
        Csv.NeutraliseFormula(Description), IsPublic ? "yes" : "no",
    ];
}

/// <summary>An organisation already in the directory, as the planner compares it with a row.</summary>
public sealed record ExistingOrganisation(Guid Id, string? ExternalId, string SearchName, OrganisationValues Values);

/// <param name="Cells">The row's cells as the file has them, one for each column of the header, to correct it by.</param>
public sealed record PlannedRow(
    int Line, string ExternalId, string Name, RowAction Action, Guid? OrganisationId, OrganisationValues? Values,
    IReadOnlyList<ImportMessage> Errors, IReadOnlyList<ImportMessage> Warnings, IReadOnlyList<string> Cells);

/// <summary>What to do with a file some of whose rows have errors: import nothing until every row is right, or
/// import the valid rows and leave the rejected ones out.</summary>
public enum ImportMode { AllOrNothing, ValidRows }

/// <summary>What an import would do, row by row, and what stops it. A file error stops it all; rows with errors stop
/// it unless the valid rows are imported alone (<see cref="ImportMode.ValidRows"/>).</summary>
public sealed record ImportPlan(IReadOnlyList<ImportMessage> FileErrors, IReadOnlyList<PlannedRow> Rows, IReadOnlyList<string> Header)
{
    public bool HasErrors => FileErrors.Count > 0 || Rows.Any(r => r.Errors.Count > 0);
    public int Count(RowAction action) => Rows.Count(r => r.Action == action && r.Errors.Count == 0);
    public int ErrorRowCount => Rows.Count(r => r.Errors.Count > 0);
    public int ValidRowCount => Rows.Count - ErrorRowCount;

    public static ImportPlan Failed(ImportMessage error) => new([error], [], []);
}
