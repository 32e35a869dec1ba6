using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Passerelles.Web.Features.Grids;

/// <summary>A precise complaint about an imported file: where (a JSON path such as
/// <c>$.dimensions[2].criteria[0].labels.fr-CA</c>) and why (a message key, localised where it is shown).</summary>
public sealed record GridFileError(string Path, string Reason, params object[] Arguments);

/// <summary>Writes a grid version as its JSON file and reads such a file back, checking every part of it. Nothing is
/// stored here: the import page stores what <see cref="Read"/> accepted.</summary>
public static class GridFile
{
    public const int MaxBytes = 1024 * 1024;
    public const string ContentType = "application/json";

    public static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string FileName(Grid grid, GridVersion version) => $"{grid.Key}-v{version.Number}.json";

    public static GridDefinition Describe(Grid grid, GridVersion version) => new(
        GridDefinition.CurrentFormat,
        grid.Key,
        grid.Subject == GridSubject.Territory ? "territory" : "project",
        version.Number,
        version.Status == GridStatus.Published ? "published" : "draft",
        version.PublishedAt?.ToDateTimeOffset(),
        GridText.From(version.Title),
        OptionalText(version.Guidance),
        version.IsScored,
        new GridScaleDefinition(
            version.ScaleKind == ScaleKind.Numeric ? "numeric" : "qualitative",
            version.Levels.OrderBy(l => l.Position)
                .Select(l => new GridLevelDefinition(l.Key, GridText.From(l.Label), OptionalText(l.Guidance), Normalise(l.Value)))
                .ToList()),
        version.Dimensions.OrderBy(d => d.Position).Select(d => new GridDimensionDefinition(
            d.Key, GridText.From(d.Label), OptionalText(d.Guidance), Normalise(d.Weight),
            d.Criteria.OrderBy(c => c.Position).Select(c => new GridCriterionDefinition(
                c.Key, GridText.From(c.Label), OptionalText(c.Guidance), Normalise(c.Weight),
                c.Indicators.OrderBy(i => i.Position)
                    .Select(i => new GridIndicatorDefinition(i.Key, GridText.From(i.Label), OptionalText(i.Guidance)))
                    .ToList())).ToList())).ToList());

    public static byte[] Write(GridDefinition definition) => JsonSerializer.SerializeToUtf8Bytes(definition, JsonOptions);

    /// <summary>A new draft version built from a file that <see cref="Read"/> accepted.</summary>
    public static GridVersion ToDraft(GridDefinition definition, Guid gridId, int number) => new()
    {
        GridId = gridId,
        Number = number,
        Title = definition.Title.ToLocalised(),
        Guidance = definition.Guidance?.ToLocalised() ?? LocalisedText.Empty,
        IsScored = definition.Scored,
        ScaleKind = definition.Scale.Kind == "numeric" ? ScaleKind.Numeric : ScaleKind.Qualitative,
        Levels = definition.Scale.Levels.Select((l, i) => new GridLevel
        {
            Position = i + 1, Key = l.Key, Label = l.Labels.ToLocalised(), Guidance = l.Guidance?.ToLocalised() ?? LocalisedText.Empty, Value = l.Value,
        }).ToList(),
        Dimensions = definition.Dimensions.Select((d, i) => new GridDimension
        {
            Position = i + 1, Key = d.Key, Label = d.Labels.ToLocalised(), Guidance = d.Guidance?.ToLocalised() ?? LocalisedText.Empty, Weight = d.Weight,
            Criteria = d.Criteria.Select((c, j) => new GridCriterion
            {
                Position = j + 1, Key = c.Key, Label = c.Labels.ToLocalised(), Guidance = c.Guidance?.ToLocalised() ?? LocalisedText.Empty, Weight = c.Weight,
                Indicators = c.Indicators.Select((x, k) => new GridIndicator
                {
                    Position = k + 1, Key = x.Key, Label = x.Labels.ToLocalised(), Guidance = x.Guidance?.ToLocalised() ?? LocalisedText.Empty,
                }).ToList(),
            }).ToList(),
        }).ToList(),
    };

    public static GridSubject SubjectOf(GridDefinition definition) => definition.Subject == "territory" ? GridSubject.Territory : GridSubject.Project;

    /// <summary>Reads a file, returning either the definition or every problem found (never both).</summary>
    public static (GridDefinition? Definition, IReadOnlyList<GridFileError> Errors) Read(ReadOnlyMemory<byte> bytes)
    {
        if (bytes.Length > MaxBytes) return (null, [new GridFileError("$", TooLarge, MaxBytes / 1024)]);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException e)
        {
            return (null, [new GridFileError("$", NotJson, (e.LineNumber ?? 0) + 1)]);
        }
        using (document)
        {
            var reader = new Reader();
            var definition = reader.Grid(document.RootElement);
            return reader.Errors.Count == 0 ? (definition, []) : (null, reader.Errors);
        }
    }

    // Reasons, in English; the resources hold their French versions.
    public const string TooLarge = "the file is too large (at most {0} KB)";
    public const string NotJson = "the file is not valid JSON (see line {0})";
    public const string Missing = "missing";
    public const string Unknown = "unknown property";
    public const string ExpectedObject = "expected an object";
    public const string ExpectedList = "expected a list";
    public const string ExpectedText = "expected text";
    public const string ExpectedNumber = "expected a number";
    public const string ExpectedBoolean = "expected true or false";
    public const string Empty = "empty";
    public const string TooLong = "too long (at most {0} characters)";
    public const string ExpectedOneOf = "expected one of: {0}";
    public const string ExpectedKey = "expected lowercase letters, digits and hyphens";
    public const string DuplicateKey = "this key is already used at {0}";
    public const string TooFew = "at least {0} needed";
    public const string TooMany = "at most {0} allowed";
    public const string OutOfRange = "expected a number from {0} to {1}";
    public const string NoValueOnQualitative = "a qualitative scale has no values";
    public const string NotRising = "the values must rise from one level to the next";
    public const string NoWeight = "a scored grid needs weights above zero";
    public const string SubjectDiffers = "differs from the grid already holding this key";
    public const string DraftInProgress = "this grid already has a draft in progress: publish it first";

    public static readonly IReadOnlyList<string> Reasons =
    [
        TooLarge, NotJson, Missing, Unknown, ExpectedObject, ExpectedList, ExpectedText, ExpectedNumber, ExpectedBoolean, Empty, TooLong,
        ExpectedOneOf, ExpectedKey, DuplicateKey, TooFew, TooMany, OutOfRange, NoValueOnQualitative, NotRising, NoWeight, SubjectDiffers,
        DraftInProgress,
    ];

    private static GridText? OptionalText(LocalisedText text) => text.IsEmpty ? null : GridText.From(text);

    private static decimal Normalise(decimal value) => value / 1.000000000000000000000000000000000m;

    private static decimal? Normalise(decimal? value) => value is { } v ? Normalise(v) : null;

    /// <summary>Walks the document, noting each problem at its path and carrying on, so that one reading reports them all.</summary>
    private sealed class Reader
    {
        public List<GridFileError> Errors { get; } = [];
        private readonly Dictionary<string, string> _criterionKeys = [];

        private void Error(string path, string reason, params object[] arguments) => Errors.Add(new GridFileError(path, reason, arguments));

        public GridDefinition? Grid(JsonElement root)
        {
            if (!Object(root, "$", ["$schema", "format", "key", "subject", "version", "status", "publishedAt", "title", "guidance", "scored", "scale", "dimensions"]))
                return null;
            var format = String(root, "$", "format", required: true, 40);
            if (format is not null && format != GridDefinition.CurrentFormat) Error("$.format", ExpectedOneOf, GridDefinition.CurrentFormat);
            var key = Key(root, "$");
            var subject = Choice(root, "$", "subject", ["project", "territory"]);
            var title = Text(root, "$", "title", required: true, LocalisedTextMapping.LabelMaxLength);
            var guidance = Text(root, "$", "guidance", required: false, LocalisedTextMapping.GuidanceMaxLength);
            var scored = Boolean(root, "$", "scored");
            var scale = Scale(root);
            var dimensions = Dimensions(root, scored ?? false);
            if (Errors.Count > 0) return null;
            return new GridDefinition(format!, key!, subject!, null, null, null, title!, guidance, scored!.Value, scale!, dimensions!);
        }

        private GridScaleDefinition? Scale(JsonElement root)
        {
            if (Property(root, "$", "scale", required: true) is not { } scale || !Object(scale, "$.scale", ["kind", "levels"])) return null;
            var kind = Choice(scale, "$.scale", "kind", ["qualitative", "numeric"]);
            var items = List(scale, "$.scale", "levels", 2, GridVersion.MaxLevels);
            if (items is null) return null;
            var levels = new List<GridLevelDefinition>();
            var keys = new Dictionary<string, string>();
            decimal? previous = null;
            foreach (var (item, path) in items)
            {
                if (!Object(item, path, ["key", "labels", "guidance", "value"])) continue;
                var key = Key(item, path, keys);
                var labels = Text(item, path, "labels", required: true, LocalisedTextMapping.LabelMaxLength);
                var guidance = Text(item, path, "guidance", required: false, LocalisedTextMapping.GuidanceMaxLength);
                decimal? value = null;
                if (kind == "numeric")
                {
                    value = Number(item, path, "value", required: true, -GridVersion.MaxLevelValue, GridVersion.MaxLevelValue);
                    if (value is { } v && previous is { } p && v <= p) Error($"{path}.value", NotRising);
                    previous = value ?? previous;
                }
                else if (kind == "qualitative" && item.TryGetProperty("value", out _)) Error($"{path}.value", NoValueOnQualitative);
                if (key is not null && labels is not null) levels.Add(new GridLevelDefinition(key, labels, guidance, value));
            }
            return kind is null ? null : new GridScaleDefinition(kind, levels);
        }

        private List<GridDimensionDefinition>? Dimensions(JsonElement root, bool scored)
        {
            var items = List(root, "$", "dimensions", 1, GridVersion.MaxDimensions);
            if (items is null) return null;
            var dimensions = new List<GridDimensionDefinition>();
            var keys = new Dictionary<string, string>();
            foreach (var (item, path) in items)
            {
                if (!Object(item, path, ["key", "labels", "guidance", "weight", "criteria"])) continue;
                var key = Key(item, path, keys);
                var labels = Text(item, path, "labels", required: true, LocalisedTextMapping.LabelMaxLength);
                var guidance = Text(item, path, "guidance", required: false, LocalisedTextMapping.GuidanceMaxLength);
                var weight = Weight(item, path);
                var criteria = Criteria(item, path);
                if (scored && criteria is { Count: > 0 } && criteria.Sum(c => c.Weight) <= 0) Error($"{path}.criteria", NoWeight);
                if (key is not null && labels is not null && weight is not null && criteria is not null)
                    dimensions.Add(new GridDimensionDefinition(key, labels, guidance, weight.Value, criteria));
            }
            if (scored && dimensions.Count == items.Count && dimensions.Sum(d => d.Weight) <= 0) Error("$.dimensions", NoWeight);
            return dimensions;
        }

        private List<GridCriterionDefinition>? Criteria(JsonElement dimension, string dimensionPath)
        {
            var items = List(dimension, dimensionPath, "criteria", 1, GridVersion.MaxCriteriaPerDimension);
            if (items is null) return null;
            var criteria = new List<GridCriterionDefinition>();
            foreach (var (item, path) in items)
            {
                if (!Object(item, path, ["key", "labels", "guidance", "weight", "indicators"])) continue;
                var key = Key(item, path, _criterionKeys);
                var labels = Text(item, path, "labels", required: true, LocalisedTextMapping.LabelMaxLength);
                var guidance = Text(item, path, "guidance", required: false, LocalisedTextMapping.GuidanceMaxLength);
                var weight = Weight(item, path);
                var indicators = Indicators(item, path);
                if (key is not null && labels is not null && weight is not null && indicators is not null)
                    criteria.Add(new GridCriterionDefinition(key, labels, guidance, weight.Value, indicators));
            }
            return criteria;
        }

        private List<GridIndicatorDefinition>? Indicators(JsonElement criterion, string criterionPath)
        {
            if (!criterion.TryGetProperty("indicators", out _)) return [];
            var items = List(criterion, criterionPath, "indicators", 0, GridVersion.MaxIndicatorsPerCriterion);
            if (items is null) return null;
            var indicators = new List<GridIndicatorDefinition>();
            var keys = new Dictionary<string, string>();
            foreach (var (item, path) in items)
            {
                if (!Object(item, path, ["key", "labels", "guidance"])) continue;
                var key = Key(item, path, keys);
                var labels = Text(item, path, "labels", required: true, LocalisedTextMapping.LabelMaxLength);
                var guidance = Text(item, path, "guidance", required: false, LocalisedTextMapping.GuidanceMaxLength);
                if (key is not null && labels is not null) indicators.Add(new GridIndicatorDefinition(key, labels, guidance));
            }
            return indicators;
        }

        private bool Object(JsonElement element, string path, IReadOnlyCollection<string> allowed)
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                Error(path, ExpectedObject);
                return false;
            }
            foreach (var property in element.EnumerateObject().Where(p => !allowed.Contains(p.Name)))
                Error($"{path}.{property.Name}", Unknown);
            return true;
        }

        private JsonElement? Property(JsonElement parent, string path, string name, bool required)
        {
            if (parent.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null) return value;
            if (required) Error($"{path}.{name}", Missing);
            return null;
        }

        private List<(JsonElement Item, string Path)>? List(JsonElement parent, string path, string name, int min, int max)
        {
            if (Property(parent, path, name, required: true) is not { } list) return null;
            var at = $"{path}.{name}";
            if (list.ValueKind != JsonValueKind.Array)
            {
                Error(at, ExpectedList);
                return null;
            }
            var length = list.GetArrayLength();
            if (length < min) Error(at, TooFew, min);
            if (length > max)
            {
                Error(at, TooMany, max);
                return null;
            }
            return list.EnumerateArray().Select((item, i) => (item, $"{at}[{i.ToString(CultureInfo.InvariantCulture)}]")).ToList();
        }

        private string? String(JsonElement parent, string path, string name, bool required, int maxLength)
        {
            if (Property(parent, path, name, required) is not { } value) return null;
            var at = $"{path}.{name}";
            if (value.ValueKind != JsonValueKind.String)
            {
                Error(at, ExpectedText);
                return null;
            }
            var text = value.GetString()!.Trim();
            if (text.Length == 0 && required)
            {
                Error(at, Empty);
                return null;
            }
            if (text.Length > maxLength)
            {
                Error(at, TooLong, maxLength);
                return null;
            }
            return text;
        }

        private string? Key(JsonElement parent, string path, Dictionary<string, string>? seen = null)
        {
            var key = String(parent, path, "key", required: true, Grids.Grid.KeyMaxLength);
            if (key is null) return null;
            if (!Grids.Grid.IsValidKey(key))
            {
                Error($"{path}.key", ExpectedKey);
                return null;
            }
            if (seen is not null)
            {
                if (seen.TryGetValue(key, out var first))
                {
                    Error($"{path}.key", DuplicateKey, first);
                    return null;
                }
                seen[key] = path;
            }
            return key;
        }

        private string? Choice(JsonElement parent, string path, string name, IReadOnlyList<string> choices)
        {
            var value = String(parent, path, name, required: true, 40);
            if (value is null || choices.Contains(value)) return value;
            Error($"{path}.{name}", ExpectedOneOf, string.Join(", ", choices));
            return null;
        }

        private GridText? Text(JsonElement parent, string path, string name, bool required, int maxLength)
        {
            if (Property(parent, path, name, required) is not { } value) return null;
            var at = $"{path}.{name}";
            if (!Object(value, at, ["fr-CA", "fr-FR", "en"])) return null;
            var errors = Errors.Count;
            var frCa = String(value, at, "fr-CA", required, maxLength);
            var frFr = String(value, at, "fr-FR", required, maxLength);
            var en = String(value, at, "en", required, maxLength);
            return Errors.Count > errors ? null : new GridText(frCa ?? "", frFr ?? "", en ?? "");
        }

        private bool? Boolean(JsonElement parent, string path, string name)
        {
            if (Property(parent, path, name, required: true) is not { } value) return null;
            if (value.ValueKind is JsonValueKind.True or JsonValueKind.False) return value.GetBoolean();
            Error($"{path}.{name}", ExpectedBoolean);
            return null;
        }

        private decimal? Weight(JsonElement parent, string path) =>
            parent.TryGetProperty("weight", out _) ? Number(parent, path, "weight", required: true, 0, GridVersion.MaxWeight) : 1;

        private decimal? Number(JsonElement parent, string path, string name, bool required, decimal min, decimal max)
        {
            if (Property(parent, path, name, required) is not { } value) return null;
            var at = $"{path}.{name}";
            if (value.ValueKind != JsonValueKind.Number || !value.TryGetDecimal(out var number))
            {
                Error(at, ExpectedNumber);
                return null;
            }
            if (number < min || number > max)
            {
                Error(at, OutOfRange, min, max);
                return null;
            }
            return Math.Round(number, 3);
        }
    }

    /// <summary>Reads a file published with the product (embedded in the assembly); these must always be valid.</summary>
    public static GridDefinition ReadShipped(ReadOnlyMemory<byte> bytes, string name)
    {
        var (definition, errors) = Read(bytes);
        return definition ?? throw new InvalidOperationException(
            $"The shipped grid {name} is invalid: " + string.Join("; ", errors.Select(e => $"{e.Path}: {string.Format(CultureInfo.InvariantCulture, e.Reason, e.Arguments)}")));
    }

}
