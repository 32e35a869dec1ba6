using NodaTime;
using Passerelles.Web.Features.Circles;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Tests.Circles;

public sealed class PublicHolidaysTests
{
    private static IReadOnlyList<string> Dates(Side side, int year) =>
        PublicHolidays.For(side, year).Select(h => h.Date.ToString("yyyy-MM-dd", null)).ToList();

    [Theory]
    [InlineData(2026, "2026-04-05")]
    [InlineData(2027, "2027-03-28")]
    [InlineData(2028, "2028-04-16")]
    [InlineData(2019, "2019-04-21")]
    [InlineData(2038, "2038-04-25")]
    public void Easter_Sunday_falls_on_its_known_date(int year, string expected) =>
        Assert.Equal(expected, PublicHolidays.EasterSunday(year).ToString("yyyy-MM-dd", null));

    [Fact]
    public void The_holidays_of_Quebec_from_2026_to_2028_are_on_their_known_dates()
    {
        Assert.Equal(["2026-01-01", "2026-04-03", "2026-05-18", "2026-06-24", "2026-07-01", "2026-09-07", "2026-10-12", "2026-12-25"], Dates(Side.Quebec, 2026));
        Assert.Equal(["2027-01-01", "2027-03-26", "2027-05-24", "2027-06-24", "2027-07-01", "2027-09-06", "2027-10-11", "2027-12-25"], Dates(Side.Quebec, 2027));
        Assert.Equal(["2028-01-01", "2028-04-14", "2028-05-22", "2028-06-24", "2028-07-01", "2028-09-04", "2028-10-09", "2028-12-25"], Dates(Side.Quebec, 2028));
    }

    [Fact]
    public void The_holidays_of_France_from_2026_to_2028_are_on_their_known_dates()
    {
        Assert.Equal(["2026-01-01", "2026-04-06", "2026-05-01", "2026-05-08", "2026-05-14", "2026-05-25", "2026-07-14", "2026-08-15", "2026-11-01", "2026-11-11", "2026-12-25"], Dates(Side.France, 2026));
        Assert.Equal(["2027-01-01", "2027-03-29", "2027-05-01", "2027-05-08", "2027-05-06", "2027-05-17", "2027-07-14", "2027-08-15", "2027-11-01", "2027-11-11", "2027-12-25"], Dates(Side.France, 2027));
        Assert.Equal(["2028-01-01", "2028-04-17", "2028-05-01", "2028-05-08", "2028-05-25", "2028-06-05", "2028-07-14", "2028-08-15", "2028-11-01", "2028-11-11", "2028-12-25"], Dates(Side.France, 2028));
    }

    [Fact]
    public void The_Fete_nationale_and_Canada_Day_move_to_the_Monday_when_they_fall_on_a_Sunday()
    {
        var dates = Dates(Side.Quebec, 2029);
        Assert.Contains("2029-06-25", dates);
        Assert.Contains("2029-07-02", dates);
        Assert.DoesNotContain("2029-06-24", dates);
    }

    [Fact]
    public void Each_side_keeps_only_its_own_holidays()
    {
        Assert.True(PublicHolidays.IsHoliday(Side.Quebec, new LocalDate(2027, 6, 24)));
        Assert.False(PublicHolidays.IsHoliday(Side.France, new LocalDate(2027, 6, 24)));
        Assert.True(PublicHolidays.IsHoliday(Side.France, new LocalDate(2027, 7, 14)));
        Assert.False(PublicHolidays.IsHoliday(Side.Quebec, new LocalDate(2027, 7, 14)));
    }

    [Fact]
    public void The_slot_finder_keeps_each_person_off_their_own_sides_holidays()
    {
        var julie = new SlotFinder.Participant(Guid.NewGuid(), "Julie", Side.Quebec, "America/Toronto", SlotFinder.WorkingWindow.Default, []);
        var pierre = new SlotFinder.Participant(Guid.NewGuid(), "Pierre", Side.France, "Europe/Paris", SlotFinder.WorkingWindow.Default, []);
        // A participant from France who lives in Dakar still has France's holidays.
        var awa = new SlotFinder.Participant(Guid.NewGuid(), "Awa", Side.France, "Africa/Dakar", SlotFinder.WorkingWindow.Default, []);

        // Week of Monday 3 May 2027: Thursday 6 May is Ascension in France.
        foreach (var french in new[] { pierre, awa })
        {
            var ascensionWeek = SlotFinder.Find([julie, french], Instant.FromUtc(2027, 5, 3, 0, 0), 1, 60, null, limit: 1000);
            var onAscension = ascensionWeek.Where(s => s.StartsAt.InZone(DateTimeZoneProviders.Tzdb["America/Toronto"]).Date == new LocalDate(2027, 5, 6)).ToList();
            Assert.NotEmpty(onAscension);
            Assert.All(onAscension, s => Assert.Equal([french.Name], s.Unavailable));
            Assert.Contains(ascensionWeek, s => s.Available == 2);
        }

        // Week of Monday 24 May 2027: the National Patriots' Day in Québec; France works.
        var patriotsWeek = SlotFinder.Find([julie, pierre], Instant.FromUtc(2027, 5, 24, 0, 0), 1, 60, null, limit: 1000);
        var onPatriots = patriotsWeek.Where(s => s.StartsAt.InZone(DateTimeZoneProviders.Tzdb["Europe/Paris"]).Date == new LocalDate(2027, 5, 24)).ToList();
        Assert.NotEmpty(onPatriots);
        Assert.All(onPatriots, s => Assert.Equal(["Julie"], s.Unavailable));
    }
}
