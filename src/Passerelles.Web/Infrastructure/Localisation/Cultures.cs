namespace Passerelles.Web.Infrastructure.Localisation;

/// <summary>The three interface languages. Québec and France French differ in words, not only in spelling,
/// so each has its own resources on top of the shared French ones.</summary>
public static class Cultures
{
    public const string QuebecFrench = "fr-CA";
    public const string FranceFrench = "fr-FR";
    public const string English = "en";

    public static readonly IReadOnlyList<string> Supported = [QuebecFrench, FranceFrench, English];

    public static bool IsSupported(string? name) =>
        name is not null && Supported.Contains(name, StringComparer.OrdinalIgnoreCase);

    public static string Normalise(string name) =>
        Supported.First(s => string.Equals(s, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The language's own name, shown in the language switcher whatever the current language is.</summary>
    public static string NativeName(string name) => name switch
    {
        QuebecFrench => "Français (Québec)",
        FranceFrench => "Français (France)",
        _ => "English",
    };

    /// <summary>The culture of a supported language, as the app formats with it: fr-CA writes times of day the OQLF's
    /// way ("8 h 30", see <see cref="ClockFormat"/>) where the platform's locale data has "08 h 30".</summary>
    public static CultureInfo Get(string name) =>
        string.Equals(name, QuebecFrench, StringComparison.OrdinalIgnoreCase) ? Quebec : CultureInfo.GetCultureInfo(name);

    private static readonly CultureInfo Quebec = QuebecCulture();

    private static CultureInfo QuebecCulture()
    {
        var culture = new CultureInfo(QuebecFrench, useUserOverride: false);
        culture.DateTimeFormat.ShortTimePattern = ClockFormat.QuebecHoursAndMinutes;
        return CultureInfo.ReadOnly(culture);
    }
}
