namespace Passerelles.Web.Features.Projects;

/// <summary>Coaching hours added up per project, coach, cohort and period. A collective session counts in full for
/// each project it coached, but once for its coach, once for each cohort it served and once in the total: hours
/// given are not hours received. Only sessions that have taken place count as hours done; those still to come are
/// planned hours.</summary>
public static class CoachingHours
{
    /// <summary>Whether a session has taken place by <paramref name="now"/>: it has ended.</summary>
    public static bool HasTakenPlace(Instant startsAt, int durationMinutes, Instant now) =>
        startsAt + Duration.FromMinutes(durationMinutes) <= now;

    /// <summary>One project coached in one session. <paramref name="Day"/> is the session's date in its organiser's zone.</summary>
    public sealed record Entry(Guid SessionId, Guid ProjectId, Guid? CohortId, Guid CoachId, LocalDate Day, int Minutes);

    public static decimal ToHours(int minutes) => minutes / 60m;

    public static IEnumerable<Entry> During(this IEnumerable<Entry> entries, DateInterval period) =>
        entries.Where(e => period.Contains(e.Day));

    public static decimal Total(IEnumerable<Entry> entries) =>
        ToHours(entries.DistinctBy(e => e.SessionId).Sum(e => e.Minutes));

    public static IReadOnlyDictionary<Guid, decimal> ByProject(IEnumerable<Entry> entries) =>
        entries.DistinctBy(e => (e.SessionId, e.ProjectId))
            .GroupBy(e => e.ProjectId)
            .ToDictionary(g => g.Key, g => ToHours(g.Sum(e => e.Minutes)));

    public static IReadOnlyDictionary<Guid, decimal> ByCoach(IEnumerable<Entry> entries) =>
        entries.DistinctBy(e => e.SessionId)
            .GroupBy(e => e.CoachId)
            .ToDictionary(g => g.Key, g => ToHours(g.Sum(e => e.Minutes)));

    /// <summary>Hours per cohort; projects outside any cohort are left out.</summary>
    public static IReadOnlyDictionary<Guid, decimal> ByCohort(IEnumerable<Entry> entries) =>
        entries.Where(e => e.CohortId is not null)
            .DistinctBy(e => (e.SessionId, e.CohortId))
            .GroupBy(e => e.CohortId!.Value)
            .ToDictionary(g => g.Key, g => ToHours(g.Sum(e => e.Minutes)));
}
