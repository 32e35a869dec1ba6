using NodaTime.TimeZones;

namespace Passerelles.Web.Features.Circles;

public enum Recurrence { Weekly, Fortnightly }

/// <summary>What happened to an occurrence's local time at a change of clocks in the organiser's zone.</summary>
public enum ClockChangeShift
{
    None,

    /// <summary>The time did not exist (the hour skipped in spring): the occurrence is at the same time after the
    /// clocks went forward, e.g. 02:30 becomes 03:30.</summary>
    SkippedTimeMovedForward,

    /// <summary>The time occurred twice (the hour repeated in autumn): the occurrence is at the first of the two,
    /// still on summer time.</summary>
    RepeatedTimeTakenFirst,
}

/// <summary>How a series repeats, in the organiser's zone.</summary>
/// <param name="KeepsItsHour">The side that keeps its usual hour in the weeks when Montréal and Paris are 5 hours apart.</param>
public sealed record SeriesRule(
    LocalDate FirstDate, LocalTime Time, string TimeZoneId, Recurrence Recurrence, int? Count, LocalDate? Until, Side KeepsItsHour);

/// <param name="Number">1 for the first occurrence.</param>
/// <param name="InOffsetWeek">Montréal and Paris are 5 hours apart at this occurrence.</param>
/// <param name="MovedForKeptSide">The occurrence is not at the organiser's usual local time, so that the other side
/// keeps its usual hour.</param>
/// <param name="Nominal">The start at the series' local time, before any move for the kept side: what a calendar
/// expanding the series' RRULE finds, hence the occurrence's RECURRENCE-ID.</param>
public sealed record Occurrence(int Number, LocalDate Date, Instant StartsAt, bool InOffsetWeek, bool MovedForKeptSide, ClockChangeShift ClockChange, Instant Nominal);

/// <summary>Expands a series into its occurrences. Each occurrence is at the series' local time in the organiser's zone,
/// with two exceptions: in an offset week, the side that keeps its usual hour is met at that hour (the organiser's own
/// hour moves when the organiser is on the other side); and a local time that a change of clocks skips or repeats is
/// resolved as <see cref="ClockChangeShift"/> says.</summary>
public static class SeriesOccurrences
{
    public const int MaxOccurrences = 104;

    public static IReadOnlyList<Occurrence> Expand(SeriesRule rule)
    {
        var zone = TimeZones.Get(rule.TimeZoneId);
        var step = Period.FromWeeks(rule.Recurrence == Recurrence.Fortnightly ? 2 : 1);
        var limit = Math.Min(rule.Count ?? MaxOccurrences, MaxOccurrences);
        var occurrences = new List<Occurrence>();
        var date = rule.FirstDate;
        while (occurrences.Count < limit && (rule.Until is not { } until || date <= until))
        {
            var nominal = ResolveLeniently(date + rule.Time, zone, out var shift);
            var startsAt = KeepHour(nominal, rule.TimeZoneId, rule.KeepsItsHour);
            occurrences.Add(new Occurrence(occurrences.Count + 1, date, startsAt, OffsetWeeks.Contains(startsAt), startsAt != nominal, shift, nominal));
            date += step;
        }
        return occurrences;
    }

    /// <summary>The instant of a local time, moving a skipped time forward by the length of the gap and taking the
    /// first of a repeated time (NodaTime's lenient resolver), and saying which it did.</summary>
    public static Instant ResolveLeniently(LocalDateTime local, DateTimeZone zone, out ClockChangeShift shift)
    {
        var mapping = zone.MapLocal(local);
        shift = mapping.Count switch
        {
            0 => ClockChangeShift.SkippedTimeMovedForward,
            1 => ClockChangeShift.None,
            _ => ClockChangeShift.RepeatedTimeTakenFirst,
        };
        return zone.ResolveLocal(local, Resolvers.LenientResolver).ToInstant();
    }

    /// <summary>Moves an occurrence that falls in an offset week so that the side that keeps its hour sees the local
    /// time it saw just before the offset period began, relative to the organiser's zone. When the organiser's zone
    /// follows the kept side's clock changes (the organiser is on that side, or, like Vancouver, changes with it), the
    /// occurrence does not move.</summary>
    public static Instant KeepHour(Instant nominal, string organiserZoneId, Side keepsItsHour)
    {
        if (OffsetWeeks.Around(nominal) is not { } period) return nominal;
        var organiser = TimeZones.Get(organiserZoneId);
        var kept = TimeZones.Get(keepsItsHour == Side.Quebec ? TimeZones.Quebec : TimeZones.France);
        var before = period.Start - Duration.FromHours(1);
        var usual = kept.GetUtcOffset(before).Seconds - organiser.GetUtcOffset(before).Seconds;
        var now = kept.GetUtcOffset(nominal).Seconds - organiser.GetUtcOffset(nominal).Seconds;
        return nominal + Duration.FromSeconds(usual - now);
    }

    /// <summary>The local date and time of an instant in a zone, for a participant anywhere.</summary>
    public static LocalDateTime LocalIn(Instant instant, string zoneId) => instant.InZone(TimeZones.Get(zoneId)).LocalDateTime;
}
