namespace Passerelles.Web.Features.Circles;

/// <summary>Which occurrences of a series a change or a cancellation applies to.</summary>
public enum SeriesScope { ThisOccurrence, ThisAndFollowing, WholeSeries }

/// <summary>How a change made to one occurrence of a series carries to the others: the sessions it reaches, and each
/// one's new start. The change is carried as a shift of local date and time in the organiser's zone, so an occurrence
/// moved for the side keeping its hour in an offset week stays moved by the same amount.</summary>
public static class SeriesChange
{
    public sealed record Planned(Guid Id, Instant StartsAt, bool Cancelled);

    /// <summary>The sessions reached: this one alone; this one and those after it; or every occurrence not yet begun
    /// (and this one). Cancelled occurrences are left alone.</summary>
    public static IReadOnlyList<Guid> Reached(IEnumerable<Planned> series, Planned chosen, SeriesScope scope, Instant now) =>
        scope switch
        {
            SeriesScope.ThisOccurrence => [chosen.Id],
            SeriesScope.ThisAndFollowing => series.Where(s => !s.Cancelled && (s.Id == chosen.Id || s.StartsAt > chosen.StartsAt))
                .OrderBy(s => s.StartsAt).Select(s => s.Id).ToList(),
            _ => series.Where(s => !s.Cancelled && (s.Id == chosen.Id || s.StartsAt >= now))
                .OrderBy(s => s.StartsAt).Select(s => s.Id).ToList(),
        };

    /// <summary>The new start of another occurrence when the chosen one moves from <paramref name="before"/> to
    /// <paramref name="after"/> (local, in the organiser's zone before and after): the same shift of local date and
    /// time, resolved leniently when it lands on a time the clocks skip or repeat.</summary>
    public static Instant Moved(Instant occurrence, string zoneBefore, LocalDateTime before, LocalDateTime after, string zoneAfter)
    {
        var shift = Period.Between(before, after, PeriodUnits.Days | PeriodUnits.Minutes);
        var local = occurrence.InZone(TimeZones.Get(zoneBefore)).LocalDateTime + shift;
        return SeriesOccurrences.ResolveLeniently(local, TimeZones.Get(zoneAfter), out _);
    }
}
