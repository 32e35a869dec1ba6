namespace Passerelles.Web.Features.Circles;

/// <summary>The public holidays of each side, computed for any year, which the slot finder keeps meetings off.
/// Québec: the statutory holidays of the labour standards act (New Year's Day, Good Friday, the National Patriots'
/// Day on the Monday before 25 May, Canada Day — moved to 2 July when 1 July is a Sunday —, Labour Day,
/// Thanksgiving, Christmas) and the Fête nationale (24 June, moved to 25 June when it is a Sunday).
/// France: the public holidays of the labour code (1 January, Easter Monday, 1 May, 8 May, Ascension, Whit Monday,
/// 14 July, 15 August, 1 November, 11 November, 25 December).</summary>
public static class PublicHolidays
{
    public sealed record Holiday(LocalDate Date, string Name);

    public static bool IsHoliday(Side side, LocalDate date) => For(side, date.Year).Any(h => h.Date == date);

    public static IReadOnlyList<Holiday> For(Side side, int year) => side == Side.Quebec ? Quebec(year) : France(year);

    public static IReadOnlyList<Holiday> Quebec(int year)
    {
        var easter = EasterSunday(year);
        var may25 = new LocalDate(year, 5, 25);
        var canadaDay = new LocalDate(year, 7, 1);
        var fêteNationale = new LocalDate(year, 6, 24);
        return
        [
            new(new LocalDate(year, 1, 1), "New Year's Day"),
            new(easter.PlusDays(-2), "Good Friday"),
            new(may25.Previous(IsoDayOfWeek.Monday), "National Patriots' Day"),
            new(fêteNationale.DayOfWeek == IsoDayOfWeek.Sunday ? fêteNationale.PlusDays(1) : fêteNationale, "Fête nationale du Québec"),
            new(canadaDay.DayOfWeek == IsoDayOfWeek.Sunday ? canadaDay.PlusDays(1) : canadaDay, "Canada Day"),
            new(FirstOf(year, 9, IsoDayOfWeek.Monday), "Labour Day"),
            new(FirstOf(year, 10, IsoDayOfWeek.Monday).PlusWeeks(1), "Thanksgiving"),
            new(new LocalDate(year, 12, 25), "Christmas Day"),
        ];
    }

    public static IReadOnlyList<Holiday> France(int year)
    {
        var easter = EasterSunday(year);
        return
        [
            new(new LocalDate(year, 1, 1), "New Year's Day"),
            new(easter.PlusDays(1), "Easter Monday"),
            new(new LocalDate(year, 5, 1), "Labour Day"),
            new(new LocalDate(year, 5, 8), "Victory in Europe Day"),
            new(easter.PlusDays(39), "Ascension Day"),
            new(easter.PlusDays(50), "Whit Monday"),
            new(new LocalDate(year, 7, 14), "Bastille Day"),
            new(new LocalDate(year, 8, 15), "Assumption Day"),
            new(new LocalDate(year, 11, 1), "All Saints' Day"),
            new(new LocalDate(year, 11, 11), "Armistice Day"),
            new(new LocalDate(year, 12, 25), "Christmas Day"),
        ];
    }

    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous Gregorian computus, Meeus/Jones/Butcher).</summary>
    public static LocalDate EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = (19 * a + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + 2 * e + 2 * i - h - k) % 7;
        var m = (a + 11 * h + 22 * l) / 451;
        var month = (h + l - 7 * m + 114) / 31;
        var day = (h + l - 7 * m + 114) % 31 + 1;
        return new LocalDate(year, month, day);
    }

    private static LocalDate FirstOf(int year, int month, IsoDayOfWeek day)
    {
        var first = new LocalDate(year, month, 1);
        return first.DayOfWeek == day ? first : first.Next(day);
    }
}
