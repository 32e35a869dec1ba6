namespace Passerelles.Web.Infrastructure;

/// <summary>Reads the optional query values of the JSON API, and gathers what is wrong with them, by name, for the one
/// validation problem the endpoint answers with.</summary>
public static class QueryValues
{
    /// <summary>A value naming one of <typeparamref name="T"/> (by name, in any case), or an error under
    /// <paramref name="name"/>.</summary>
    public static T? ParseEnum<T>(string? text, string name, Dictionary<string, string[]> errors) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (Enum.TryParse<T>(text, ignoreCase: true, out var value) && Enum.IsDefined(value) && !text.Any(char.IsDigit)) return value;
        errors[name] = [$"Expected one of: {string.Join(", ", Enum.GetNames<T>())}."];
        return null;
    }

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>, <paramref name="fallback"/> when
    /// absent, or an error under <paramref name="name"/>.</summary>
    public static int ParseNumber(string? text, string name, int min, int max, int fallback, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max) return value;
        errors[name] = [$"Expected a whole number from {min} to {max}."];
        return fallback;
    }
}
