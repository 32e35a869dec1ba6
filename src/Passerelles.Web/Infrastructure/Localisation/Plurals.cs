namespace Passerelles.Web.Infrastructure.Localisation;

/// <summary>A count written with its noun in the right number: "1 entente", "0 entente", "2 ententes", "1 agreement",
/// "0 agreements". English takes the singular for exactly one, French for anything below two (0, 1 and 1,5).
/// Both forms are keys of the resources; the count is their {0}, written in the reader's language.</summary>
public static class Plurals
{
    public static bool TakesSingular(decimal count, CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "fr" ? Math.Abs(count) < 2 : count == 1;

    /// <summary>The singular or plural key for <paramref name="count"/>; <paramref name="more"/> fills {1}, {2}…</summary>
    public static LocalizedString Plural(this IStringLocalizer t, decimal count, string singular, string plural, params object[] more) =>
        t[TakesSingular(count, CultureInfo.CurrentUICulture) ? singular : plural,
          [count.ToString("0.##", CultureInfo.CurrentCulture), .. more]];
}
