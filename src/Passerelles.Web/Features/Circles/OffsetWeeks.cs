namespace Passerelles.Web.Features.Circles;

/// <summary>The weeks when Montréal and Paris are 5 hours apart instead of 6: North America moves to summer time on
/// the second Sunday of March and Europe on the last, and Europe returns to winter time on the last Sunday of October
/// and North America on the first Sunday of November. Read from the tz database, never from a table of dates.</summary>
public static class OffsetWeeks
{
    public static readonly Duration UsualGap = Duration.FromHours(6);

    /// <summary>A stretch of time when the two sides are not their usual 6 hours apart.</summary>
    /// <param name="ChangedFirst">The side whose clocks changed first: Québec in spring, France in autumn.</param>
    public sealed record Period(Instant Start, Instant End, Duration Gap, Side ChangedFirst)
    {
        public bool Contains(Instant instant) => Start <= instant && instant < End;
    }

    /// <summary>How far Paris's clocks are ahead of Montréal's at <paramref name="instant"/>.</summary>
    public static Duration Gap(Instant instant) => Duration.FromSeconds(
        TimeZones.Get(TimeZones.France).GetUtcOffset(instant).Seconds - TimeZones.Get(TimeZones.Quebec).GetUtcOffset(instant).Seconds);

    public static bool Contains(Instant instant) => Gap(instant) != UsualGap;

    /// <summary>The offset period around <paramref name="instant"/>, or null when the sides are 6 hours apart then.</summary>
    public static Period? Around(Instant instant)
    {
        if (!Contains(instant)) return null;
        var quebec = TimeZones.Get(TimeZones.Quebec).GetZoneInterval(instant);
        var france = TimeZones.Get(TimeZones.France).GetZoneInterval(instant);
        // Inside the period neither side changes its clocks: it starts at the later of the two last changes and ends at
        // the earlier of the two next ones.
        var start = Max(quebec.Start, france.Start);
        var end = Min(quebec.End, france.End);
        return new Period(start, end, Gap(instant), quebec.Start >= france.Start ? Side.Quebec : Side.France);
    }

    /// <summary>The offset periods that begin in <paramref name="year"/> (usually one in spring and one in autumn).</summary>
    public static IReadOnlyList<Period> In(int year)
    {
        var periods = new List<Period>();
        var at = Instant.FromUtc(year, 1, 1, 0, 0);
        var endOfYear = Instant.FromUtc(year + 1, 1, 1, 0, 0);
        while (at < endOfYear)
        {
            if (Around(at) is { } period)
            {
                if (period.Start >= Instant.FromUtc(year, 1, 1, 0, 0)) periods.Add(period);
                at = period.End;
                continue;
            }
            var quebec = TimeZones.Get(TimeZones.Quebec).GetZoneInterval(at);
            var france = TimeZones.Get(TimeZones.France).GetZoneInterval(at);
            at = Min(quebec.End, france.End);
        }
        return periods;
    }

    private static Instant Max(Instant a, Instant b) => a > b ? a : b;
    private static Instant Min(Instant a, Instant b) => a < b ? a : b;
}
