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

    /// <summary>Reads a file, returning either the definition or every problem found (never both): first what breaks
    /// the schema (<see cref="GridSchema"/>), then, in a file of the right shape, what breaks the rules between fields.</summary>
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
            var errors = GridSchema.Check(document.RootElement);
            if (errors.Count > 0) return (null, errors);
            var definition = Definition(document.RootElement);
            errors = CrossFieldRules.Check(definition);
            return errors.Count == 0 ? (definition, []) : (null, errors);
        }
    }

    // Reasons, in English; the resources hold their French versions.
    public const string TooLarge = "the file is too large (at most {0} KB)";
    public const string NotJson = "the file is not valid JSON (see line {0})";
    public const string Missing = "missing";
    public const string Unknown = "unknown property";
    public const string Repeated = "repeated property";
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
        TooLarge, NotJson, Missing, Unknown, Repeated, ExpectedObject, ExpectedList, ExpectedText, ExpectedNumber, ExpectedBoolean, Empty, TooLong,
        ExpectedOneOf, ExpectedKey, DuplicateKey, TooFew, TooMany, OutOfRange, NoValueOnQualitative, NotRising, NoWeight, SubjectDiffers,
        DraftInProgress,
    ];

    private static GridText? OptionalText(LocalisedText text) => text.IsEmpty ? null : GridText.From(text);

    private static decimal Normalise(decimal value) => value / 1.000000000000000000000000000000000m;

    private static decimal? Normalise(decimal? value) => value is { } v ? Normalise(v) : null;

    /// <summary>The definition a file that passed the schema holds: texts trimmed, numbers to three decimals, a missing
    /// weight counting 1.</summary>
    private static GridDefinition Definition(JsonElement root)
    {
        var scale = root.GetProperty("scale");
        return new GridDefinition(
            root.GetProperty("format").GetString()!, Key(root), root.GetProperty("subject").GetString()!, null, null, null,
            Labels(root, "title")!, Labels(root, "guidance"), root.GetProperty("scored").GetBoolean(),
            new GridScaleDefinition(scale.GetProperty("kind").GetString()!, Items(scale, "levels")
                .Select(l => new GridLevelDefinition(Key(l), Labels(l, "labels")!, Labels(l, "guidance"), Number(l, "value"))).ToList()),
            Items(root, "dimensions").Select(d => new GridDimensionDefinition(Key(d), Labels(d, "labels")!, Labels(d, "guidance"), Number(d, "weight") ?? 1,
                Items(d, "criteria").Select(c => new GridCriterionDefinition(Key(c), Labels(c, "labels")!, Labels(c, "guidance"), Number(c, "weight") ?? 1,
                    Items(c, "indicators").Select(i => new GridIndicatorDefinition(Key(i), Labels(i, "labels")!, Labels(i, "guidance"))).ToList())).ToList())).ToList());
    }

    private static string Key(JsonElement element) => element.GetProperty("key").GetString()!;

    private static IEnumerable<JsonElement> Items(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var list) ? list.EnumerateArray() : [];

    private static decimal? Number(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var number) ? Math.Round(number.GetDecimal(), 3) : null;

    private static GridText? Labels(JsonElement parent, string name) => parent.TryGetProperty(name, out var text)
        ? new GridText(Trimmed(text, "fr-CA"), Trimmed(text, "fr-FR"), Trimmed(text, "en"))
        : null;

    private static string Trimmed(JsonElement text, string culture) => text.TryGetProperty(culture, out var value) ? value.GetString()!.Trim() : "";

    /// <summary>What the schema cannot say: unique keys, level values against the kind of scale, weights of a scored grid.</summary>
    private sealed class CrossFieldRules
    {
        private readonly List<GridFileError> _errors = [];
        private readonly Dictionary<string, string> _criterionKeys = [];

        public static List<GridFileError> Check(GridDefinition definition)
        {
            var rules = new CrossFieldRules();
            rules.Scale(definition.Scale);
            rules.Dimensions(definition.Dimensions, definition.Scored);
            return rules._errors;
        }

        private void Error(string path, string reason, params object[] arguments) => _errors.Add(new GridFileError(path, reason, arguments));

        private void Scale(GridScaleDefinition scale)
        {
            var keys = new Dictionary<string, string>();
            decimal? previous = null;
            foreach (var (level, path) in Paths(scale.Levels, "$.scale.levels"))
            {
                Unique(level.Key, path, keys);
                if (scale.Kind == "qualitative")
                {
                    if (level.Value is not null) Error($"{path}.value", NoValueOnQualitative);
                    continue;
                }
                if (level.Value is not { } value) Error($"{path}.value", Missing);
                else if (previous is { } p && value <= p) Error($"{path}.value", NotRising);
                previous = level.Value ?? previous;
            }
        }

        private void Dimensions(IReadOnlyList<GridDimensionDefinition> dimensions, bool scored)
        {
            var keys = new Dictionary<string, string>();
            foreach (var (dimension, path) in Paths(dimensions, "$.dimensions"))
            {
                Unique(dimension.Key, path, keys);
                if (scored && dimension.Criteria.Sum(c => c.Weight) <= 0) Error($"{path}.criteria", NoWeight);
                foreach (var (criterion, criterionPath) in Paths(dimension.Criteria, $"{path}.criteria"))
                {
                    Unique(criterion.Key, criterionPath, _criterionKeys);
                    var indicatorKeys = new Dictionary<string, string>();
                    foreach (var (indicator, indicatorPath) in Paths(criterion.Indicators, $"{criterionPath}.indicators"))
                        Unique(indicator.Key, indicatorPath, indicatorKeys);
                }
            }
            if (scored && dimensions.Sum(d => d.Weight) <= 0) Error("$.dimensions", NoWeight);
        }

        private void Unique(string key, string path, Dictionary<string, string> seen)
        {
            if (seen.TryGetValue(key, out var first)) Error($"{path}.key", DuplicateKey, first);
            else seen[key] = path;
        }

        private static IEnumerable<(T Item, string Path)> Paths<T>(IReadOnlyList<T> items, string path) =>
            items.Select((item, i) => (item, $"{path}[{i.ToString(CultureInfo.InvariantCulture)}]"));
    }

    /// <summary>Reads a file published with the product (embedded in the assembly); these must always be valid.</summary>
    public static GridDefinition ReadShipped(ReadOnlyMemory<byte> bytes, string name)
    {
        var (definition, errors) = Read(bytes);
        return definition ?? throw new InvalidOperationException(
            $"The shipped grid {name} is invalid: " + string.Join("; ", errors.Select(e => $"{e.Path}: {string.Format(CultureInfo.InvariantCulture, e.Reason, e.Arguments)}")));
    }

}
