using NodaTime;
using Passerelles.Web.Features.Circles;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Tests.Circles;

public class SeriesOccurrencesTests
{
    private const string Toronto = "America/Toronto";
    private const string Paris = "Europe/Paris";

    private static SeriesRule Weekly(int year, int month, int day, int hour, string zone, int count, Side keeps,
        Recurrence recurrence = Recurrence.Weekly, int minute = 0) =>
        new(new LocalDate(year, month, day), new LocalTime(hour, minute), zone, recurrence, count, null, keeps);

    private static LocalTime LocalTime(Occurrence occurrence, string zone) =>
        SeriesOccurrences.LocalIn(occurrence.StartsAt, zone).TimeOfDay;

    [Fact]
    public void A_Tuesday_series_at_ten_in_Montreal_lands_at_three_in_Paris_in_the_March_2027_offset_weeks_when_Quebec_keeps_its_hour()
    {
        var occurrences = SeriesOccurrences.Expand(Weekly(2027, 3, 2, 10, Toronto, 6, Side.Quebec));

        Assert.Equal(6, occurrences.Count);
        Assert.All(occurrences, o => Assert.Equal(new LocalTime(10, 0), LocalTime(o, Toronto)));
        Assert.Equal([16, 16, 15, 15, 16, 16], occurrences.Select(o => LocalTime(o, Paris).Hour));
        Assert.Equal([false, false, true, true, false, false], occurrences.Select(o => o.InOffsetWeek));
        Assert.All(occurrences, o => Assert.False(o.MovedForKeptSide));
        Assert.Equal(new LocalDate(2027, 3, 16), occurrences[2].Date);
    }

    [Fact]
    public void When_France_keeps_its_hour_the_Montreal_organiser_meets_an_hour_later_in_the_offset_weeks()
    {
        var occurrences = SeriesOccurrences.Expand(Weekly(2027, 3, 2, 10, Toronto, 6, Side.France));

        Assert.All(occurrences, o => Assert.Equal(16, LocalTime(o, Paris).Hour));
        Assert.Equal([10, 10, 11, 11, 10, 10], occurrences.Select(o => LocalTime(o, Toronto).Hour));
        Assert.Equal([false, false, true, true, false, false], occurrences.Select(o => o.MovedForKeptSide));
        Assert.Equal([false, false, true, true, false, false], occurrences.Select(o => o.InOffsetWeek));
    }

    [Fact]
    public void A_Paris_series_crossing_the_autumn_2026_change_keeps_Quebec_at_ten_when_Quebec_keeps_its_hour()
    {
        var occurrences = SeriesOccurrences.Expand(Weekly(2026, 10, 22, 16, Paris, 3, Side.Quebec));

        Assert.Equal([new LocalDate(2026, 10, 22), new LocalDate(2026, 10, 29), new LocalDate(2026, 11, 5)], occurrences.Select(o => o.Date));
        Assert.All(occurrences, o => Assert.Equal(10, LocalTime(o, Toronto).Hour));
        Assert.Equal([16, 15, 16], occurrences.Select(o => LocalTime(o, Paris).Hour));
        Assert.Equal([false, true, false], occurrences.Select(o => o.InOffsetWeek));
        Assert.Equal([false, true, false], occurrences.Select(o => o.MovedForKeptSide));
    }

    [Fact]
    public void A_Paris_series_crossing_the_autumn_2026_change_stays_at_four_in_Paris_when_France_keeps_its_hour()
    {
        var occurrences = SeriesOccurrences.Expand(Weekly(2026, 10, 22, 16, Paris, 3, Side.France));

        Assert.All(occurrences, o => Assert.Equal(16, LocalTime(o, Paris).Hour));
        Assert.Equal([10, 11, 10], occurrences.Select(o => LocalTime(o, Toronto).Hour));
        Assert.Equal([false, true, false], occurrences.Select(o => o.InOffsetWeek));
    }

    [Fact]
    public void A_fortnightly_series_stops_at_its_last_date_included()
    {
        var rule = new SeriesRule(new LocalDate(2026, 9, 1), new LocalTime(9, 0), Toronto, Recurrence.Fortnightly, null,
            new LocalDate(2026, 10, 13), Side.Quebec);

        var occurrences = SeriesOccurrences.Expand(rule);

        Assert.Equal(["2026-09-01", "2026-09-15", "2026-09-29", "2026-10-13"], occurrences.Select(o => o.Date.ToString("yyyy-MM-dd", null)));
        Assert.Equal([1, 2, 3, 4], occurrences.Select(o => o.Number));
    }

    [Fact]
    public void A_series_never_has_more_than_the_maximum_of_occurrences()
    {
        var rule = new SeriesRule(new LocalDate(2026, 1, 6), new LocalTime(9, 0), Paris, Recurrence.Weekly, null, new LocalDate(2040, 1, 1), Side.France);

        Assert.Equal(SeriesOccurrences.MaxOccurrences, SeriesOccurrences.Expand(rule).Count);
    }

    // The rule at a change of clocks in the organiser's zone: a local time that does not exist is moved forward by the
    // length of the gap (02:30 becomes 03:30 summer time); a local time that occurs twice is taken at its first
    // occurrence (still summer time). The occurrence says which, so its page can explain it.
    [Fact]
    public void A_skipped_local_time_in_Montreal_moves_forward_by_the_gap()
    {
        var occurrences = SeriesOccurrences.Expand(Weekly(2026, 3, 1, 2, Toronto, 2, Side.Quebec, minute: 30));

        Assert.Equal(OffsetWeeksTests.At("2026-03-01T07:30:00Z"), occurrences[0].StartsAt);
        Assert.Equal(ClockChangeShift.None, occurrences[0].ClockChange);
        Assert.Equal(OffsetWeeksTests.At("2026-03-08T07:30:00Z"), occurrences[1].StartsAt);
        Assert.Equal(new LocalTime(3, 30), LocalTime(occurrences[1], Toronto));
        Assert.Equal(ClockChangeShift.SkippedTimeMovedForward, occurrences[1].ClockChange);
    }

    [Fact]
    public void A_repeated_local_time_in_Montreal_is_taken_at_its_first_occurrence()
    {
        var occurrences = SeriesOccurrences.Expand(Weekly(2026, 11, 1, 1, Toronto, 1, Side.Quebec, minute: 30));

        Assert.Equal(OffsetWeeksTests.At("2026-11-01T05:30:00Z"), occurrences[0].StartsAt);
        Assert.Equal(ClockChangeShift.RepeatedTimeTakenFirst, occurrences[0].ClockChange);
    }

    [Theory]
    [InlineData(2026, 3, 29, "2026-03-29T01:30:00Z", ClockChangeShift.SkippedTimeMovedForward)]
    [InlineData(2026, 10, 25, "2026-10-25T00:30:00Z", ClockChangeShift.RepeatedTimeTakenFirst)]
    [InlineData(2027, 3, 28, "2027-03-28T01:30:00Z", ClockChangeShift.SkippedTimeMovedForward)]
    [InlineData(2027, 10, 31, "2027-10-31T00:30:00Z", ClockChangeShift.RepeatedTimeTakenFirst)]
    [InlineData(2028, 3, 26, "2028-03-26T01:30:00Z", ClockChangeShift.SkippedTimeMovedForward)]
    [InlineData(2028, 10, 29, "2028-10-29T00:30:00Z", ClockChangeShift.RepeatedTimeTakenFirst)]
    public void At_each_change_of_clocks_in_Paris_half_past_two_is_resolved_by_the_rule(int year, int month, int day, string expected, ClockChangeShift shift)
    {
        var occurrence = SeriesOccurrences.Expand(Weekly(year, month, day, 2, Paris, 1, Side.France, minute: 30)).Single();

        Assert.Equal(OffsetWeeksTests.At(expected), occurrence.StartsAt);
        Assert.Equal(shift, occurrence.ClockChange);
    }

    [Theory]
    [InlineData(2026, 3, 8, ClockChangeShift.SkippedTimeMovedForward)]
    [InlineData(2026, 11, 1, ClockChangeShift.RepeatedTimeTakenFirst)]
    [InlineData(2027, 3, 14, ClockChangeShift.SkippedTimeMovedForward)]
    [InlineData(2027, 11, 7, ClockChangeShift.RepeatedTimeTakenFirst)]
    [InlineData(2028, 3, 12, ClockChangeShift.SkippedTimeMovedForward)]
    [InlineData(2028, 11, 5, ClockChangeShift.RepeatedTimeTakenFirst)]
    public void At_each_change_of_clocks_in_Montreal_the_hour_after_two_or_one_is_resolved_by_the_rule(int year, int month, int day, ClockChangeShift shift)
    {
        var hour = shift == ClockChangeShift.SkippedTimeMovedForward ? 2 : 1;
        var occurrence = SeriesOccurrences.Expand(Weekly(year, month, day, hour, Toronto, 1, Side.Quebec, minute: 30)).Single();

        Assert.Equal(shift, occurrence.ClockChange);
        var local = SeriesOccurrences.LocalIn(occurrence.StartsAt, Toronto);
        Assert.Equal(shift == ClockChangeShift.SkippedTimeMovedForward ? new LocalTime(3, 30) : new LocalTime(1, 30), local.TimeOfDay);
        // The first of a repeated 01:30 is still on summer time (UTC−4).
        if (shift == ClockChangeShift.RepeatedTimeTakenFirst)
            Assert.Equal(Offset.FromHours(-4), occurrence.StartsAt.InZone(DateTimeZoneProviders.Tzdb[Toronto]).Offset);
    }

    [Fact]
    public void A_participant_in_Vancouver_keeps_seven_o_clock_all_along_a_Montreal_series_crossing_the_spring_2026_change()
    {
        var occurrences = SeriesOccurrences.Expand(Weekly(2026, 3, 3, 10, Toronto, 6, Side.Quebec));

        Assert.Equal([false, true, true, true, false, false], occurrences.Select(o => o.InOffsetWeek));
        Assert.All(occurrences, o => Assert.Equal(new LocalTime(7, 0), LocalTime(o, "America/Vancouver")));
    }

    [Fact]
    public void From_2027_a_participant_in_Vancouver_sees_Montreal_s_spring_change_since_British_Columbia_keeps_one_time_all_year()
    {
        // The tz database has British Columbia on UTC−7 all year from November 2026.
        var occurrences = SeriesOccurrences.Expand(Weekly(2027, 3, 2, 10, Toronto, 6, Side.Quebec));

        Assert.Equal([8, 8, 7, 7, 7, 7], occurrences.Select(o => LocalTime(o, "America/Vancouver").Hour));
    }

    [Fact]
    public void A_participant_in_Dakar_moves_from_three_to_two_when_Montreal_changes_its_clocks()
    {
        var occurrences = SeriesOccurrences.Expand(Weekly(2027, 3, 2, 10, Toronto, 6, Side.Quebec));

        // Dakar keeps UTC all year: it sees the Montréal clock change, not the Paris one.
        Assert.Equal([15, 15, 14, 14, 14, 14], occurrences.Select(o => LocalTime(o, "Africa/Dakar").Hour));
    }

    [Fact]
    public void An_organiser_in_Vancouver_in_2026_follows_Quebec_s_changes_so_only_keeping_France_s_hour_moves_the_offset_weeks()
    {
        var keepQuebec = SeriesOccurrences.Expand(Weekly(2026, 3, 3, 7, "America/Vancouver", 6, Side.Quebec));
        var keepFrance = SeriesOccurrences.Expand(Weekly(2026, 3, 3, 7, "America/Vancouver", 6, Side.France));

        Assert.All(keepQuebec, o => Assert.Equal(10, LocalTime(o, Toronto).Hour));
        Assert.All(keepQuebec, o => Assert.False(o.MovedForKeptSide));
        Assert.All(keepFrance, o => Assert.Equal(16, LocalTime(o, Paris).Hour));
        Assert.Equal([7, 8, 8, 8, 7, 7], keepFrance.Select(o => LocalTime(o, "America/Vancouver").Hour));
    }

    [Fact]
    public void An_organiser_in_Dakar_choosing_Quebec_gives_Montreal_the_hour_it_had_before_the_offset_weeks()
    {
        var occurrences = SeriesOccurrences.Expand(Weekly(2027, 3, 2, 15, "Africa/Dakar", 6, Side.Quebec));

        // Before: 10:00 Montréal (winter). In the offset weeks Montréal keeps 10:00; once Paris changes too, the series
        // follows its organiser's 15:00 again, which Montréal sees at 11:00.
        Assert.Equal([10, 10, 10, 10, 11, 11], occurrences.Select(o => LocalTime(o, Toronto).Hour));
        Assert.Equal([15, 15, 14, 14, 15, 15], occurrences.Select(o => LocalTime(o, "Africa/Dakar").Hour));
    }
}
