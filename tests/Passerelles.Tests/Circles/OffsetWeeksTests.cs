using NodaTime;
using Passerelles.Web.Features.Circles;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Tests.Circles;

public class OffsetWeeksTests
{
    // Spring: North America changes on the second Sunday of March at 02:00 EST (07:00 UTC), Europe on the last Sunday
    // at 01:00 UTC. Autumn: Europe changes back on the last Sunday of October at 01:00 UTC, North America on the first
    // Sunday of November at 02:00 EDT (06:00 UTC).
    public static TheoryData<int, string, string, string, string> Periods => new()
    {
        { 2026, "2026-03-08T07:00:00Z", "2026-03-29T01:00:00Z", "2026-10-25T01:00:00Z", "2026-11-01T06:00:00Z" },
        { 2027, "2027-03-14T07:00:00Z", "2027-03-28T01:00:00Z", "2027-10-31T01:00:00Z", "2027-11-07T06:00:00Z" },
        { 2028, "2028-03-12T07:00:00Z", "2028-03-26T01:00:00Z", "2028-10-29T01:00:00Z", "2028-11-05T06:00:00Z" },
    };

    [Theory]
    [MemberData(nameof(Periods))]
    public void Each_year_has_a_spring_and_an_autumn_period_when_the_sides_are_five_hours_apart(
        int year, string springStart, string springEnd, string autumnStart, string autumnEnd)
    {
        var periods = OffsetWeeks.In(year);

        Assert.Equal(2, periods.Count);
        var (spring, autumn) = (periods[0], periods[1]);
        Assert.Equal(At(springStart), spring.Start);
        Assert.Equal(At(springEnd), spring.End);
        Assert.Equal(Side.Quebec, spring.ChangedFirst);
        Assert.Equal(At(autumnStart), autumn.Start);
        Assert.Equal(At(autumnEnd), autumn.End);
        Assert.Equal(Side.France, autumn.ChangedFirst);
        Assert.All(periods, p => Assert.Equal(Duration.FromHours(5), p.Gap));
    }

    [Theory]
    [MemberData(nameof(Periods))]
    public void The_sides_are_six_hours_apart_just_outside_each_period_and_five_inside(
        int year, string springStart, string springEnd, string autumnStart, string autumnEnd)
    {
        _ = year;
        foreach (var (start, end) in new[] { (At(springStart), At(springEnd)), (At(autumnStart), At(autumnEnd)) })
        {
            var oneMinute = Duration.FromMinutes(1);
            Assert.False(OffsetWeeks.Contains(start - oneMinute));
            Assert.True(OffsetWeeks.Contains(start));
            Assert.Equal(Duration.FromHours(5), OffsetWeeks.Gap(start + Duration.FromDays(2)));
            Assert.True(OffsetWeeks.Contains(end - oneMinute));
            Assert.False(OffsetWeeks.Contains(end));
            Assert.Equal(Duration.FromHours(6), OffsetWeeks.Gap(end + Duration.FromDays(2)));
        }
    }

    [Fact]
    public void Summer_and_winter_are_ordinary_weeks()
    {
        Assert.Equal(Duration.FromHours(6), OffsetWeeks.Gap(At("2026-07-14T12:00:00Z")));
        Assert.Equal(Duration.FromHours(6), OffsetWeeks.Gap(At("2027-01-12T12:00:00Z")));
        Assert.Null(OffsetWeeks.Around(At("2026-07-14T12:00:00Z")));
    }

    internal static Instant At(string iso) => NodaTime.Text.InstantPattern.ExtendedIso.Parse(iso).Value;
}
