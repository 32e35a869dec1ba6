using NodaTime;
using Passerelles.Web.Features.Coaching;

namespace Passerelles.Tests.Coaching;

public sealed class SessionTimeTests
{
    [Fact]
    public void A_time_in_the_three_weeks_of_March_lands_five_hours_apart()
    {
        var result = SessionTime.Resolve(new LocalDate(2026, 3, 17), new LocalTime(10, 0), "America/Montreal");
        Assert.Null(result.Problem);
        Assert.Equal(Instant.FromUtc(2026, 3, 17, 14, 0), result.At);
        Assert.Equal(new LocalTime(15, 0), result.At!.Value.InZone(DateTimeZoneProviders.Tzdb["Europe/Paris"]).TimeOfDay);
    }

    [Fact]
    public void The_hour_skipped_when_Paris_moves_to_summer_time_is_refused()
    {
        var result = SessionTime.Resolve(new LocalDate(2026, 3, 29), new LocalTime(2, 30), "Europe/Paris");
        Assert.Null(result.At);
        Assert.Equal(SessionTime.Skipped, result.Problem);
    }

    [Fact]
    public void The_hour_repeated_when_Paris_returns_to_winter_time_is_refused()
    {
        var result = SessionTime.Resolve(new LocalDate(2026, 10, 25), new LocalTime(2, 30), "Europe/Paris");
        Assert.Null(result.At);
        Assert.Equal(SessionTime.Repeated, result.Problem);
    }
}
