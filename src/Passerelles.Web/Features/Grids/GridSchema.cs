using System.Text.Json;
using Json.Pointer;
using Json.Schema;

namespace Passerelles.Web.Features.Grids;

/// <summary>The JSON Schema of grid files (wwwroot/schemas/grid-v1.json, served at <see cref="Address"/> and embedded
/// in the assembly), and what it finds wrong with a file, said as <see cref="GridFile"/>'s reasons at their place.</summary>
public static class GridSchema
{
    public const string Address = "/schemas/grid-v1.json";

    public static string Text { get; } = ReadText();

    private static readonly JsonSchema Schema = JsonSchema.FromText(Text);
    private static readonly JsonElement Document = JsonElement.Parse(Text);

    /// <summary>Every place where <paramref name="root"/> breaks the schema, in the order the schema finds them.</summary>
    public static IReadOnlyList<GridFileError> Check(JsonElement root)
    {
        var unreadable = Unreadable(root, "$").ToList();
        if (unreadable.Count > 0) return unreadable;
        var results = Schema.Evaluate(root, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid) return [];
        return results.Details
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Keys.SelectMany(keyword => Errors(root, d, keyword)))
            .ToList();
    }

    private static IEnumerable<GridFileError> Errors(JsonElement root, EvaluationResults result, string keyword)
    {
        var (instance, path) = Locate(root, result.InstanceLocation);
        var rule = JsonPointer.Parse(result.SchemaLocation.Fragment).Evaluate(Document)
                   ?? throw new InvalidOperationException($"The grid schema has no {result.SchemaLocation.Fragment}.");
        switch (keyword)
        {
            case "required":
                foreach (var name in rule.GetProperty("required").EnumerateArray().Select(n => n.GetString()!).Where(n => !instance.TryGetProperty(n, out _)))
                    yield return new GridFileError($"{path}.{name}", GridFile.Missing);
                break;
            case "":
                // The only "false" schema is that of additionalProperties: a property the format does not know.
                yield return new GridFileError(path, GridFile.Unknown);
                break;
            default:
                yield return new GridFileError(path, keyword switch
                {
                    "type" => rule.GetProperty("type").GetString() switch
                    {
                        "object" => GridFile.ExpectedObject,
                        "array" => GridFile.ExpectedList,
                        "string" => GridFile.ExpectedText,
                        "boolean" => GridFile.ExpectedBoolean,
                        _ => GridFile.ExpectedNumber,
                    },
                    "const" or "enum" => GridFile.ExpectedOneOf,
                    "minLength" => GridFile.Empty,
                    "pattern" => result.SchemaLocation.Fragment == "#/$defs/key" ? GridFile.ExpectedKey : GridFile.Empty,
                    "maxLength" => GridFile.TooLong,
                    "minItems" => GridFile.TooFew,
                    "maxItems" => GridFile.TooMany,
                    "minimum" or "maximum" => GridFile.OutOfRange,
                    _ => throw new InvalidOperationException($"The grid schema's keyword {keyword} has no reason to show."),
                }, Arguments(rule, keyword));
                break;
        }
    }

    private static object[] Arguments(JsonElement rule, string keyword) => keyword switch
    {
        "const" => [rule.GetProperty("const").GetString()!],
        "enum" => [string.Join(", ", rule.GetProperty("enum").EnumerateArray().Select(e => e.GetString()))],
        "maxLength" or "minItems" or "maxItems" => [rule.GetProperty(keyword).GetInt32()],
        "minimum" or "maximum" => [rule.GetProperty("minimum").GetDecimal(), rule.GetProperty("maximum").GetDecimal()],
        _ => [],
    };

    /// <summary>The element a JSON Pointer names, and its path as the problem list shows it: <c>$.dimensions[0].key</c>.</summary>
    private static (JsonElement Element, string Path) Locate(JsonElement root, JsonPointer pointer)
    {
        var (element, path) = (root, "$");
        foreach (var segment in pointer)
        {
            if (element.ValueKind == JsonValueKind.Array)
            {
                var index = int.Parse(segment, CultureInfo.InvariantCulture);
                (element, path) = (element[index], $"{path}[{index.ToString(CultureInfo.InvariantCulture)}]");
            }
            else (element, path) = (element.GetProperty(segment), $"{path}.{segment}");
        }
        return (element, path);
    }

    /// <summary>What the validator cannot read, and throws on: a number beyond the range of decimals, a property given twice.</summary>
    private static IEnumerable<GridFileError> Unreadable(JsonElement element, string path) => element.ValueKind switch
    {
        JsonValueKind.Number when !element.TryGetDecimal(out _) => [new GridFileError(path, GridFile.ExpectedNumber)],
        JsonValueKind.Object => element.EnumerateObject().GroupBy(p => p.Name).SelectMany(p => p.Count() > 1
            ? [new GridFileError($"{path}.{p.Key}", GridFile.Repeated)]
            : Unreadable(p.Single().Value, $"{path}.{p.Key}")),
        JsonValueKind.Array => element.EnumerateArray().SelectMany((e, i) => Unreadable(e, $"{path}[{i.ToString(CultureInfo.InvariantCulture)}]")),
        _ => [],
    };

    private static string ReadText()
    {
        using var stream = typeof(GridSchema).Assembly.GetManifestResourceStream("Passerelles.Web.Schemas.grid-v1.json")
                           ?? throw new InvalidOperationException("The grid schema is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
