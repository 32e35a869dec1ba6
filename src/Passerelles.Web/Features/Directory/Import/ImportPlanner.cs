using static Passerelles.Web.Features.Directory.Import.OrganisationCsv;
using Side = Passerelles.Web.Features.Organisations.Side;

namespace Passerelles.Web.Features.Directory.Import;

/// <summary>Decides, for each row of a file, whether it creates, updates or leaves an organisation unchanged, and
/// finds every error first: nothing here touches the database.</summary>
public static class ImportPlanner
{
    private static readonly Dictionary<string, int> MaxLengths = new()
    {
        [ExternalId] = 100,
        [Name] = Organisation.NameMaxLength,
        [Region] = 120,
        [LegalForm] = 120,
        [Locality] = 120,
        [PostalCode] = 20,
        [StreetAddress] = 300,
        [Website] = 300,
        [Description] = Organisation.DescriptionMaxLength,
    };

    public static ImportPlan Plan(Table table, IReadOnlyList<ExistingOrganisation> existing)
    {
        var missing = RequiredColumns.Where(c => !table.Header.Contains(c)).ToList();
        if (missing.Count > 0) return new(missing.Select(c => new ImportMessage("The file has no column named {0}.", c)).ToList(), [], table.Header);
        if (table.Rows.Count == 0) return ImportPlan.Failed(new ImportMessage("The file has no rows below its header."));

        var byExternalId = existing.Where(e => e.ExternalId is not null).ToDictionary(e => e.ExternalId!, StringComparer.Ordinal);
        var byId = existing.ToDictionary(e => e.Id);
        var byName = existing.ToLookup(e => e.SearchName);

        var seenRows = new Dictionary<string, int>(StringComparer.Ordinal);
        var seenExternalIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var seenNames = new Dictionary<string, int>(StringComparer.Ordinal);
        var planned = new List<PlannedRow>(table.Rows.Count);

        foreach (var row in table.Rows)
        {
            var errors = new List<ImportMessage>();
            var cell = Cells(table.Header, row, errors);
            var values = Parse(cell, errors);
            var externalId = cell(ExternalId);

            var whole = string.Join('\u001f', row.Cells.Select(c => c.Trim()));
            if (seenRows.TryGetValue(whole, out var sameLine))
            {
                errors.Add(new("This row repeats line {0}.", sameLine));
            }
            else
            {
                seenRows[whole] = row.Line;
                if (externalId.Length > 0 && !seenExternalIds.TryAdd(externalId, row.Line))
                    errors.Add(new("External id {0} is also on line {1}.", externalId, seenExternalIds[externalId]));
                var key = Organisation.SearchKey(cell(Name));
                if (key.Length > 0 && !seenNames.TryAdd(key, row.Line))
                    errors.Add(new("The name {0} is also on line {1}.", cell(Name), seenNames[key]));
            }

            var target = Match(externalId, byExternalId, byId);
            var nameKey = Organisation.SearchKey(cell(Name));
            if (nameKey.Length > 0 && byName[nameKey].Any(e => e.Id != target?.Id))
                errors.Add(new("Another organisation already has the name {0}.", cell(Name)));

            var action = target is null ? RowAction.Create
                : target.Values == values ? RowAction.Unchanged
                : RowAction.Update;
            planned.Add(new PlannedRow(row.Line, externalId, cell(Name), action, target?.Id, errors.Count == 0 ? values : null, errors, Warnings(cell),
                table.Header.Select((_, i) => i < row.Cells.Count ? row.Cells[i] : "").ToList()));
        }
        return new ImportPlan([], planned, table.Header);
    }

    /// <summary>What is imported as written but deserves a look: a name a spreadsheet would take for a formula (the
    /// export writes it after an apostrophe; whoever types or pastes it elsewhere may not).</summary>
    private static List<ImportMessage> Warnings(Func<string, string> cell) =>
        cell(Name) is [var first, ..] && FormulaCharacters.Contains(first)
            ? [new("The name begins with {0}, which a spreadsheet reads as the start of a formula. Check that it is the real name.", first.ToString())]
            : [];

    private const string FormulaCharacters = "=+-@";

    /// <summary>A row's organisation: the one imported with this external id or, for a file exported from
    /// Passerelles, the one whose own id it is (organisations created here have no external id).</summary>
    private static ExistingOrganisation? Match(
        string externalId, Dictionary<string, ExistingOrganisation> byExternalId, Dictionary<Guid, ExistingOrganisation> byId)
    {
        if (byExternalId.TryGetValue(externalId, out var imported)) return imported;
        return Guid.TryParse(externalId, out var id) && byId.TryGetValue(id, out var own) && own.ExternalId is null ? own : null;
    }

    /// <summary>A reader of the row's cells by column name: trimmed, with the apostrophe the export puts before a
    /// formula character removed, and over-long values reported.</summary>
    private static Func<string, string> Cells(IReadOnlyList<string> header, Row row, List<ImportMessage> errors)
    {
        if (row.Cells.Count > header.Count && row.Cells.Skip(header.Count).Any(c => !string.IsNullOrWhiteSpace(c)))
            errors.Add(new("This row has more cells than the header."));
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            var value = Csv.RestoreFormula(i < row.Cells.Count ? row.Cells[i].Trim() : "");
            if (MaxLengths.TryGetValue(header[i], out var max) && value.Length > max)
                errors.Add(new("{0} is longer than {1} characters.", header[i], max));
            values.TryAdd(header[i], value);
        }
        return column => values.GetValueOrDefault(column, "");
    }

    private static OrganisationValues Parse(Func<string, string> cell, List<ImportMessage> errors)
    {
        foreach (var column in RequiredColumns.Where(c => cell(c).Length == 0))
            errors.Add(new("{0} is required.", column));

        var kind = ImportVocabulary.Kind(cell(Kind));
        if (cell(Kind).Length > 0 && kind is null) errors.Add(new("Unknown kind: {0}.", cell(Kind)));

        var side = ImportVocabulary.Side(cell(OrganisationCsv.Side));
        if (cell(OrganisationCsv.Side).Length > 0 && side is null) errors.Add(new("Unknown side: {0}. Use Quebec or France.", cell(OrganisationCsv.Side)));

        var country = cell(Country).ToUpperInvariant();
        if (country.Length == 0) country = side == Organisations.Side.France ? "FR" : "CA";
        else if (!Organisations.OrganisationForm.IsCountry(country)) errors.Add(new("Unknown country code: {0}.", cell(Country)));

        var latitude = Coordinate(cell(Latitude), 90, "Latitude must be a number between -90 and 90.", errors);
        var longitude = Coordinate(cell(Longitude), 180, "Longitude must be a number between -180 and 180.", errors);
        if ((cell(Latitude).Length == 0) != (cell(Longitude).Length == 0))
            errors.Add(new("Give both latitude and longitude, or neither."));

        var website = cell(Website);
        if (website.Length > 0 && !(Uri.TryCreate(website, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            errors.Add(new("The website must be an address starting with http:// or https://."));

        var themes = cell(Themes).Split(ThemeSeparator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(t => OrganisationTheme.Priorities.FirstOrDefault(p => string.Equals(p, t, StringComparison.OrdinalIgnoreCase)) ?? t)
            .ToList();
        if (themes.Any(t => t.Length > OrganisationTheme.NameMaxLength))
            errors.Add(new("{0} is longer than {1} characters.", Themes, OrganisationTheme.NameMaxLength));

        bool? isPublic = cell(Public).ToLowerInvariant() switch
        {
            "" or "no" or "non" or "false" or "0" => false,
            "yes" or "oui" or "true" or "1" => true,
            _ => null,
        };
        if (isPublic is null) errors.Add(new("Public must be yes or no."));

        return new OrganisationValues(
            cell(Name), kind ?? default, side ?? Organisations.Side.Quebec, country, cell(Region), cell(LegalForm), cell(Locality),
            cell(PostalCode), cell(StreetAddress), latitude, longitude, website, OrganisationValues.JoinThemes(themes),
            cell(Description), isPublic ?? false);
    }

    /// <summary>A coordinate in decimal degrees, with a point or, as French spreadsheets write it, a comma.</summary>
    private static double? Coordinate(string text, double limit, string message, List<ImportMessage> errors)
    {
        if (text.Length == 0) return null;
        if (double.TryParse(text.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) &&
            double.IsFinite(value) && Math.Abs(value) <= limit)
            return value;
        errors.Add(new(message));
        return null;
    }
}
