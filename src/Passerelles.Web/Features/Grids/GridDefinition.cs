using System.Text.Json.Serialization;

namespace Passerelles.Web.Features.Grids;

/// <summary>
/// A grid version as a JSON file: what the export writes, the import reads and the API serves
/// (GET /api/v1/grids/{id}/versions/{v}). Its JSON Schema is wwwroot/schemas/grid-v1.json; the README beside this file
/// describes it. <see cref="Version"/>, <see cref="Status"/> and <see cref="PublishedAt"/> are written on export and
/// ignored on import (an imported file always becomes a draft).
/// </summary>
public sealed record GridDefinition(
    [property: JsonPropertyName("format")] string Format,
    [property: JsonPropertyName("key")] string Key,
    [property: JsonPropertyName("subject")] string Subject,
    [property: JsonPropertyName("version"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Version,
    [property: JsonPropertyName("status"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Status,
    [property: JsonPropertyName("publishedAt"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTimeOffset? PublishedAt,
    [property: JsonPropertyName("title")] GridText Title,
    [property: JsonPropertyName("guidance"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] GridText? Guidance,
    [property: JsonPropertyName("scored")] bool Scored,
    [property: JsonPropertyName("scale")] GridScaleDefinition Scale,
    [property: JsonPropertyName("dimensions")] IReadOnlyList<GridDimensionDefinition> Dimensions)
{
    public const string CurrentFormat = "passerelles-grid/1";
}

/// <summary>One wording in the three languages; keys are the culture names.</summary>
public sealed record GridText(
    [property: JsonPropertyName("fr-CA")] string FrCa,
    [property: JsonPropertyName("fr-FR")] string FrFr,
    [property: JsonPropertyName("en")] string En)
{
    public static GridText From(LocalisedText text) => new(text.FrCa, text.FrFr, text.En);

    public LocalisedText ToLocalised() => new(FrCa, FrFr, En);
}

public sealed record GridScaleDefinition(
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("levels")] IReadOnlyList<GridLevelDefinition> Levels);

public sealed record GridLevelDefinition(
    [property: JsonPropertyName("key")] string Key,
    [property: JsonPropertyName("labels")] GridText Labels,
    [property: JsonPropertyName("guidance"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] GridText? Guidance,
    [property: JsonPropertyName("value"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? Value);

public sealed record GridDimensionDefinition(
    [property: JsonPropertyName("key")] string Key,
    [property: JsonPropertyName("labels")] GridText Labels,
    [property: JsonPropertyName("guidance"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] GridText? Guidance,
    [property: JsonPropertyName("weight")] decimal Weight,
    [property: JsonPropertyName("criteria")] IReadOnlyList<GridCriterionDefinition> Criteria);

public sealed record GridCriterionDefinition(
    [property: JsonPropertyName("key")] string Key,
    [property: JsonPropertyName("labels")] GridText Labels,
    [property: JsonPropertyName("guidance"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] GridText? Guidance,
    [property: JsonPropertyName("weight")] decimal Weight,
    [property: JsonPropertyName("indicators")] IReadOnlyList<GridIndicatorDefinition> Indicators);

public sealed record GridIndicatorDefinition(
    [property: JsonPropertyName("key")] string Key,
    [property: JsonPropertyName("labels")] GridText Labels,
    [property: JsonPropertyName("guidance"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] GridText? Guidance);
