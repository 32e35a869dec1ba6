using System.Collections.Concurrent;
using NodaTime.Text;

namespace Passerelles.Web.Infrastructure.Time;

/// <summary>A time of day as the reader's language writes it, and the one place that decides it: "8 h 30", "8 h 05" and
/// "14 h" in Québec French (the OQLF's usage: no leading zero, no ":00" on the hour); "08:30" in France French (the
/// 24-hour clock of its standard locale data, which the app has always used there); "8:30 AM" in English. The spaces
/// around "h" are no-break spaces, so that a time never breaks across lines.</summary>
public static class ClockFormat
{
    /// <summary>The Québec pattern with minutes; <see cref="Cultures.Get"/> also makes it the short time pattern of
    /// fr-CA, so that a standard "t" or "g" format reads the same.</summary>
    public const string QuebecHoursAndMinutes = "H\u00A0'h'\u00A0mm";

    private const string QuebecHours = "H\u00A0'h'";

    /// <summary>The patterns already built, by culture and pattern text: a page showing times formats dozens of them,
    /// and parsing a pattern costs far more than applying it. Three cultures and a few patterns each keep it small.</summary>
    private static readonly ConcurrentDictionary<(string Culture, string Pattern), LocalTimePattern> TimePatterns = new();
    private static readonly ConcurrentDictionary<(string Culture, string Pattern), LocalDatePattern> DatePatterns = new();

    public static string Time(LocalTime time, CultureInfo culture) => culture.Name == Cultures.QuebecFrench
        ? TimePattern(time.Minute == 0 ? QuebecHours : QuebecHoursAndMinutes, culture).Format(time)
        : TimePattern(culture.DateTimeFormat.ShortTimePattern, culture).Format(time);

    /// <summary>"mardi 17 mars 2026, 10 h", "Tuesday, March 17, 2026, 10:00 AM".</summary>
    public static string DateAndTime(LocalDateTime local, CultureInfo culture) =>
        DatePattern(culture.DateTimeFormat.LongDatePattern, culture).Format(local.Date) + ", " + Time(local.TimeOfDay, culture);

    private static LocalTimePattern TimePattern(string pattern, CultureInfo culture) =>
        TimePatterns.GetOrAdd((culture.Name, pattern), key => LocalTimePattern.Create(key.Pattern, culture));

    private static LocalDatePattern DatePattern(string pattern, CultureInfo culture) =>
        DatePatterns.GetOrAdd((culture.Name, pattern), key => LocalDatePattern.Create(key.Pattern, culture));
}
