using NodaTime;
using Passerelles.Web.Features.Circles;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Infrastructure.Time;

namespace Passerelles.Tests.Circles;

public sealed class SchedulingConflictsTests
{
    private static readonly SchedulingConflicts.Member Julie = new(Guid.NewGuid(), "Julie", TimeZones.Quebec, SchedulingConflicts.DefaultWorkingDay);
    private static readonly SchedulingConflicts.Member Pierre = new(Guid.NewGuid(), "Pierre", TimeZones.France, SchedulingConflicts.DefaultWorkingDay);

    private static Interval At(int month, int day, int hourUtc, int minutes = 60)
    {
        var start = Instant.FromUtc(2026, month, day, hourUtc, 0);
        return new Interval(start, start + Duration.FromMinutes(minutes));
    }

    [Fact]
    public void A_session_both_sides_can_attend_on_an_ordinary_day_raises_nothing()
    {
        // Tuesday 20 October 2026, 08:00 in Montréal, 14:00 in Paris.
        Assert.Empty(SchedulingConflicts.Find([At(10, 20, 12)], [Julie, Pierre], []));
    }

    [Fact]
    public void The_default_working_day_runs_from_eight_to_six_on_weekdays()
    {
        // 07:30 in Montréal is 13:30 in Paris: only Julie is outside her day.
        var early = Instant.FromUtc(2026, 10, 20, 11, 30);
        var conflict = Assert.IsType<SchedulingConflicts.OutsideWorkingHours>(Assert.Single(SchedulingConflicts.Find([new Interval(early, early + Duration.FromMinutes(60))], [Julie, Pierre], [])));
        Assert.Equal(("Julie", new LocalDateTime(2026, 10, 20, 7, 30), true), (conflict.Member.Name, conflict.Local, conflict.WorkingDay));

        var saturday = Assert.IsType<SchedulingConflicts.OutsideWorkingHours>(SchedulingConflicts.Find([At(10, 24, 12)], [Julie], []).Single());
        Assert.False(saturday.WorkingDay);
    }

    [Fact]
    public void A_session_ending_after_six_in_Paris_is_outside_the_French_member_s_day()
    {
        // 11:30 to 12:30 in Montréal is 17:30 to 18:30 in Paris.
        var start = Instant.FromUtc(2026, 10, 20, 15, 30);
        var conflict = Assert.IsType<SchedulingConflicts.OutsideWorkingHours>(Assert.Single(SchedulingConflicts.Find([new Interval(start, start + Duration.FromMinutes(60))], [Julie, Pierre], [])));
        Assert.Equal("Pierre", conflict.Member.Name);
    }

    [Fact]
    public void Only_overlapping_sessions_count_and_a_session_of_another_circle_only_when_a_member_takes_part()
    {
        var same = new SchedulingConflicts.Planned(Guid.NewGuid(), "Même cercle", "Cercle", true, At(10, 20, 12, 30), []);
        var adjacent = new SchedulingConflicts.Planned(Guid.NewGuid(), "Juste après", "Cercle", true, At(10, 20, 13), []);
        var other = new SchedulingConflicts.Planned(Guid.NewGuid(), "Autre", "Autre cercle", false, At(10, 20, 12), [Pierre.Id]);

        var conflicts = SchedulingConflicts.Find([At(10, 20, 12)], [Julie, Pierre], [same, adjacent, other]).Cast<SchedulingConflicts.Overlap>().ToList();

        Assert.Equal(["Autre", "Même cercle"], conflicts.Select(c => c.With.Title).Order(StringComparer.Ordinal));
        Assert.Equal(["Pierre"], conflicts.Single(c => !c.With.SameCircle).Members);
    }

    [Theory]
    [InlineData(5, 14, "Ascension Day", Side.France)]
    [InlineData(4, 6, "Easter Monday", Side.France)]
    [InlineData(5, 25, "Whit Monday", Side.France)]
    [InlineData(4, 3, "Good Friday", Side.Quebec)]
    [InlineData(10, 12, "Thanksgiving", Side.Quebec)]
    public void A_public_holiday_of_either_side_is_named_with_its_side(int month, int day, string name, Side side)
    {
        var holiday = Assert.Single(SchedulingConflicts.Find([At(month, day, 14)], [], []).OfType<SchedulingConflicts.Holiday>());

        Assert.Equal((name, side), (holiday.Day.Name, holiday.Side));
    }

    [Fact]
    public void Each_side_s_holiday_is_read_on_its_own_date()
    {
        // 23:00 on 13 July in Montréal is already 14 July in Paris.
        var holiday = Assert.Single(SchedulingConflicts.Find([At(7, 14, 3, 30)], [], []).OfType<SchedulingConflicts.Holiday>());
        Assert.Equal(("Bastille Day", Side.France), (holiday.Day.Name, holiday.Side));
    }

    [Theory]
    [InlineData("Europe/Paris", new[] { "Europe/Paris", "America/Toronto" })]
    [InlineData("America/Toronto", new[] { "America/Toronto", "Europe/Paris" })]
    [InlineData("America/Montreal", new[] { "America/Toronto", "Europe/Paris" })]
    [InlineData("Asia/Tokyo", new[] { "America/Toronto", "Europe/Paris", "Asia/Tokyo" })]
    [InlineData("", new[] { "America/Toronto", "Europe/Paris" })]
    public void Both_sides_times_put_the_viewer_s_side_first(string viewer, string[] expected) =>
        Assert.Equal(expected, TimeZones.BothSides(viewer));
}
