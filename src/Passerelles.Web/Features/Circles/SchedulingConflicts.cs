using System.Security.Cryptography;
using System.Text;

namespace Passerelles.Web.Features.Circles;

/// <summary>What an organiser should question before planning a session: another session of the circle, or of one of
/// its members in another circle, at the same time; a time outside a member's working hours (in their own zone); a
/// public holiday of either side (the date in Montréal for Québec's, in Paris for France's). Pure: the caller loads
/// the members and their sessions.</summary>
public static class SchedulingConflicts
{
    /// <summary>The working day assumed for a member who set no working hours: 08:00–18:00, Monday to Friday, in their
    /// zone. Wider than the slot finder's 09:00–17:00: the finder proposes comfortable times, the warning flags only
    /// what is clearly outside a working day.</summary>
    public static readonly SlotFinder.WorkingWindow DefaultWorkingDay = SlotFinder.WorkingWindow.Default with
    {
        Starts = new LocalTime(8, 0), Ends = new LocalTime(18, 0),
    };

    public sealed record Member(Guid Id, string Name, string ZoneId, SlotFinder.WorkingWindow Window);

    /// <summary>A session already planned; <paramref name="MemberIds"/> are the members of the circle being planned
    /// who take part in it.</summary>
    public sealed record Planned(Guid Id, string Title, string Circle, bool SameCircle, Interval When, IReadOnlyList<Guid> MemberIds);

    public abstract record Conflict(Instant At);
    public sealed record Overlap(Instant At, Planned With, IReadOnlyList<string> Members) : Conflict(At);
    public sealed record OutsideWorkingHours(Instant At, Member Member, LocalDateTime Local, bool WorkingDay) : Conflict(At);
    public sealed record Holiday(Instant At, Side Side, PublicHolidays.Holiday Day) : Conflict(At);

    public static IReadOnlyList<Conflict> Find(IReadOnlyList<Interval> proposed, IReadOnlyList<Member> members, IReadOnlyList<Planned> planned)
    {
        var conflicts = new List<Conflict>();
        foreach (var when in proposed.OrderBy(p => p.Start))
        {
            foreach (var other in planned.Where(p => p.When.Start < when.End && when.Start < p.When.End).OrderBy(p => p.When.Start))
            {
                var names = members.Where(m => other.MemberIds.Contains(m.Id)).Select(m => m.Name).Order(StringComparer.CurrentCulture).ToList();
                if (other.SameCircle || names.Count > 0) conflicts.Add(new Overlap(when.Start, other, names));
            }
            foreach (var member in members.OrderBy(m => m.Name, StringComparer.CurrentCulture))
            {
                var zone = TimeZones.Get(member.ZoneId);
                var (start, end) = (when.Start.InZone(zone).LocalDateTime, when.End.InZone(zone).LocalDateTime);
                var workingDay = member.Window.Days.Contains(start.DayOfWeek);
                var inHours = start.Date == end.Date && start.TimeOfDay >= member.Window.Starts && end.TimeOfDay <= member.Window.Ends;
                if (!workingDay || !inHours) conflicts.Add(new OutsideWorkingHours(when.Start, member, start, workingDay));
            }
            foreach (var (side, zone) in new[] { (Side.Quebec, TimeZones.Quebec), (Side.France, TimeZones.France) })
            {
                var date = when.Start.InZone(TimeZones.Get(zone)).Date;
                if (PublicHolidays.For(side, date.Year).FirstOrDefault(h => h.Date == date) is { } holiday)
                    conflicts.Add(new Holiday(when.Start, side, holiday));
            }
        }
        return conflicts;
    }
}

/// <summary>Loads what <see cref="SchedulingConflicts"/> needs for a circle and words each conflict for the organiser,
/// with both sides' local times, the viewer's first. The organiser saves anyway by sending back
/// <see cref="Warnings.Token"/>, which changes as soon as the conflicts do.</summary>
public sealed class SchedulingWarnings(AppDbContext db, ViewerTime viewer, IStringLocalizer<Text> t)
{
    public sealed record Warnings(IReadOnlyList<string> Messages)
    {
        public static readonly Warnings None = new([]);

        public string Token => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', Messages))))[..16];

        /// <summary>Whether the organiser may save: nothing to question, or they confirmed these very conflicts.</summary>
        public bool AcknowledgedBy(string? token) => Messages.Count == 0 || token == Token;
    }

    /// <summary>The conflicts of sessions of <paramref name="circleId"/> at <paramref name="proposed"/>, leaving out
    /// the sessions being changed (<paramref name="changing"/>).</summary>
    public async Task<Warnings> ForAsync(Guid circleId, IReadOnlyList<Interval> proposed, IReadOnlyCollection<Guid> changing)
    {
        if (proposed.Count == 0) return Warnings.None;
        var (from, to) = (proposed.Min(p => p.Start), proposed.Max(p => p.End));
        var people = await db.CircleMembers.AsNoTracking().Where(m => m.CircleId == circleId)
            .Select(m => new { m.UserId, m.User.DisplayName, m.Side, m.User.TimeZoneId }).ToListAsync();
        var ids = people.Select(p => p.UserId).ToList();
        var hours = await db.WorkingHours.AsNoTracking().Where(w => ids.Contains(w.UserId)).ToDictionaryAsync(w => w.UserId);
        var members = people.Select(p => new SchedulingConflicts.Member(p.UserId, p.DisplayName,
                SessionInvitations.ReaderZone(p.TimeZoneId, p.Side),
                hours.TryGetValue(p.UserId, out var h) ? h.Window : SchedulingConflicts.DefaultWorkingDay))
            .ToList();

        var sessions = await db.CircleSessions.AsNoTracking()
            .Where(s => s.CancelledAt == null && !changing.Contains(s.Id) && s.StartsAt < to && s.StartsAt > from - Duration.FromMinutes(CircleSession.MaxDurationMinutes))
            .Where(s => s.CircleId == circleId || db.CircleMembers.Any(m => m.CircleId == s.CircleId && ids.Contains(m.UserId)))
            .Select(s => new { s.Id, s.Title, Circle = s.Circle.Name, s.CircleId, s.StartsAt, s.DurationMinutes })
            .ToListAsync();
        var otherCircles = sessions.Select(s => s.CircleId).Where(c => c != circleId).Distinct().ToList();
        var alsoIn = (await db.CircleMembers.AsNoTracking().Where(m => otherCircles.Contains(m.CircleId) && ids.Contains(m.UserId))
                .Select(m => new { m.CircleId, m.UserId }).ToListAsync())
            .ToLookup(m => m.CircleId, m => m.UserId);
        var planned = sessions.Select(s => new SchedulingConflicts.Planned(s.Id, s.Title, s.Circle, s.CircleId == circleId,
                new Interval(s.StartsAt, s.StartsAt + Duration.FromMinutes(s.DurationMinutes)), s.CircleId == circleId ? [] : alsoIn[s.CircleId].ToList()))
            .ToList();

        return new Warnings(SchedulingConflicts.Find(proposed, members, planned).Select(Describe).Distinct().ToList());
    }

    private string Describe(SchedulingConflicts.Conflict conflict)
    {
        var when = SessionInvitations.LocalTimes(conflict.At, viewer.ZoneId);
        return conflict switch
        {
            SchedulingConflicts.Overlap { With.SameCircle: true } overlap =>
                t["{0} overlaps “{1}”, another session of this circle ({2}).", when, overlap.With.Title, SessionInvitations.LocalTimes(overlap.With.When.Start, viewer.ZoneId)],
            SchedulingConflicts.Overlap overlap =>
                t["{0} overlaps “{1}” of the circle {2} ({3}); in both circles: {4}.", when, overlap.With.Title, overlap.With.Circle,
                    SessionInvitations.LocalTimes(overlap.With.When.Start, viewer.ZoneId), string.Join(", ", overlap.Members)],
            SchedulingConflicts.OutsideWorkingHours { WorkingDay: false } outside =>
                t["{0} falls on a day when {1} does not work: for them it is {2} ({3}).", when, outside.Member.Name, Local(outside.Local), TimeZones.PlaceName(outside.Member.ZoneId)],
            SchedulingConflicts.OutsideWorkingHours outside =>
                t["{0} is outside the working hours of {1} ({2}–{3}): for them it is {4} ({5}).", when, outside.Member.Name,
                    Clock(outside.Member.Window.Starts), Clock(outside.Member.Window.Ends), Local(outside.Local), TimeZones.PlaceName(outside.Member.ZoneId)],
            SchedulingConflicts.Holiday { Side: Side.Quebec } holiday => t["{0} falls on {1}, a public holiday in Québec.", when, t[holiday.Day.Name]],
            SchedulingConflicts.Holiday holiday => t["{0} falls on {1}, a public holiday in France.", when, t[holiday.Day.Name]],
            _ => throw new ArgumentOutOfRangeException(nameof(conflict)),
        };
    }

    private static string Clock(LocalTime time) => ClockFormat.Time(time, CultureInfo.CurrentCulture);

    private static string Local(LocalDateTime local)
    {
        var culture = CultureInfo.CurrentCulture;
        return local.ToString("dddd", culture) + " " + ClockFormat.Time(local.TimeOfDay, culture);
    }
}
