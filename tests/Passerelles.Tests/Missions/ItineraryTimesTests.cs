using Microsoft.Extensions.Localization;
using NodaTime;
using Passerelles.Web.Features.Missions;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Tests.Missions;

/// <summary>Durations across zones and clock changes, and the zones a reader sees an itinerary's times in.</summary>
public sealed class ItineraryTimesTests
{
    private const string Montreal = "America/Toronto";
    private const string Paris = "Europe/Paris";

    /// <summary>The English words as they are: the keys are the English text.</summary>
    private sealed class English : IStringLocalizer
    {
        public LocalizedString this[string name] => new(name, name);
        public LocalizedString this[string name, params object[] arguments] => new(name, string.Format(System.Globalization.CultureInfo.InvariantCulture, name, arguments));
        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }

    private static string Length(LocalDateTime departs, string from, LocalDateTime arrives, string to) =>
        ItineraryTimes.Length(MissionsTesting.At(departs, from), MissionsTesting.At(arrives, to), new English());

    [Fact]
    public void A_night_flight_Montreal_to_Paris_lasts_7_h_05_when_the_cities_are_6_hours_apart()
    {
        Assert.Equal("7 h 05 min", Length(new(2027, 10, 16, 18, 30), Montreal, new(2027, 10, 17, 7, 35), Paris));
    }

    [Fact]
    public void The_same_flight_lasts_an_hour_longer_in_the_March_week_when_Montreal_and_Paris_are_5_hours_apart()
    {
        // North America moved to summer time on 14 March 2027, Europe moves on the 28th: from the 20th to the 21st the
        // cities are 5 hours apart, so 18:30 in Montréal (22:30 UTC) to 07:35 in Paris (06:35 UTC) is 8 h 05.
        Assert.Equal("8 h 05 min", Length(new(2027, 3, 20, 18, 30), Montreal, new(2027, 3, 21, 7, 35), Paris));
    }

    [Fact]
    public void A_night_train_across_the_spring_clock_change_lasts_an_hour_less_than_its_clocks_say()
    {
        // Paris moves from 02:00 to 03:00 on 28 March 2027: 01:30 to 05:30 on the clocks is 3 hours.
        Assert.Equal("3 h 00 min", Length(new(2027, 3, 28, 1, 30), Paris, new(2027, 3, 28, 5, 30), Paris));
    }

    [Fact]
    public void A_flight_leaving_in_the_five_hour_week_and_landing_after_Europe_changed_its_clocks_lasts_its_real_time()
    {
        // Leaves on 27 March at 18:30 in Montréal (22:30 UTC, Paris at UTC+1), lands on the 28th at 07:35 in Paris (05:35 UTC, Paris at UTC+2).
        Assert.Equal("7 h 05 min", Length(new(2027, 3, 27, 18, 30), Montreal, new(2027, 3, 28, 7, 35), Paris));
    }

    [Fact]
    public void The_delegation_at_home_reads_a_time_in_France_in_the_place_s_zone_then_in_Montreal()
    {
        Assert.Equal(new[] { Paris, Montreal }, ItineraryTimes.Zones(Paris, Side.Quebec, Montreal));
        Assert.Equal(new[] { Paris, Montreal }, ItineraryTimes.Zones(Paris, Side.Quebec, Paris));
    }

    [Fact]
    public void A_member_in_a_third_zone_reads_the_place_s_time_the_home_side_s_and_their_own()
    {
        Assert.Equal(new[] { Paris, Montreal, "America/Vancouver" }, ItineraryTimes.Zones(Paris, Side.Quebec, "America/Vancouver"));
    }

    [Fact]
    public void A_time_at_home_is_read_once()
    {
        Assert.Equal(new[] { Montreal }, ItineraryTimes.Zones("America/Montreal", Side.Quebec, Montreal));
    }
}
