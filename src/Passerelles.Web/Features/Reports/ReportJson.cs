using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime.Text;

namespace Passerelles.Web.Features.Reports;

/// <summary>How templates' sections and reports' snapshots are written as JSON: dates as yyyy-MM-dd, instants in ISO
/// form, enums by name.</summary>
public static class ReportJson
{
    public static readonly JsonSerializerOptions Options = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new JsonStringEnumConverter());
        options.Converters.Add(new PatternConverter<LocalDate>(LocalDatePattern.Iso));
        options.Converters.Add(new PatternConverter<Instant>(InstantPattern.ExtendedIso));
        return options;
    }

    public static ReportSnapshot Read(string json) =>
        JsonSerializer.Deserialize<ReportSnapshot>(json, Options) ?? throw new JsonException("A report without its snapshot.");

    public static string Write(ReportSnapshot snapshot) => JsonSerializer.Serialize(snapshot, Options);

    private sealed class PatternConverter<T>(IPattern<T> pattern) : JsonConverter<T>
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            pattern.Parse(reader.GetString() ?? "").GetValueOrThrow();

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(pattern.Format(value));
    }
}
