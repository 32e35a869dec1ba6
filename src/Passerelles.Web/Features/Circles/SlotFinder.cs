namespace Passerelles.Web.Features.Circles;

/// <summary>Finds times when a circle can meet: 15-minute-aligned starts over the coming weeks that fall inside each
/// participant's working hours, in their own zone, and outside their busy times; ranked by how many can attend, then
/// by fairness between the sides (the side that did not carry the inconvenient hour last time carries it now), then
/// by how little either side is stretched.</summary>
public static class SlotFinder
{
    public const int StepMinutes = 15;

    /// <summary>A working window in the person's zone, on the given days (default 09:00–17:00, Monday to Friday).</summary>
    public sealed record WorkingWindow(LocalTime Starts, LocalTime Ends, IReadOnlySet<IsoDayOfWeek> Days)
    {
        public static readonly WorkingWindow Default = new(new LocalTime(9, 0), new LocalTime(17, 0),
            new HashSet<IsoDayOfWeek> { IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday });
    }

    public sealed record Participant(Guid Id, string Name, Side Side, string ZoneId, WorkingWindow Window, IReadOnlyList<Interval> Busy);

    /// <summary>A proposed start: who can come, who cannot, and which side gets the inconvenient hour (the side whose
    /// local time is further from the middle of its working day).</summary>
    public sealed record Slot(Instant StartsAt, int Available, IReadOnlyList<string> Unavailable, Side Burdened, bool BurdenRotates, int StretchMinutes);

    /// <summary>The best <paramref name="limit"/> slots for a meeting of <paramref name="durationMinutes"/> starting
    /// from <paramref name="from"/> (rounded up to the quarter hour) for <paramref name="weeks"/> weeks. Slots that
    /// nobody can attend, or fewer than half the participants, are left out.</summary>
    public static IReadOnlyList<Slot> Find(IReadOnlyList<Participant> participants, Instant from, int weeks, int durationMinutes,
        Side? lastBurdened, int limit = 20)
    {
        if (participants.Count == 0) return [];
        var step = Duration.FromMinutes(StepMinutes);
        var start = Instant.FromUnixTimeTicks((from.ToUnixTimeTicks() + step.BclCompatibleTicks - 1) / step.BclCompatibleTicks * step.BclCompatibleTicks);
        var end = start + Duration.FromDays(7 * weeks);
        var steps = (int)((end - start).BclCompatibleTicks / step.BclCompatibleTicks);
        var length = Duration.FromMinutes(durationMinutes);
        var available = new int[steps];
        var absent = new List<int>[participants.Count];

        for (var p = 0; p < participants.Count; p++)
        {
            var free = new bool[steps];
            foreach (var window in FreeWindows(participants[p], start, end))
            {
                var first = (int)Math.Max(0, Math.Ceiling((window.Start - start).TotalTicks / step.TotalTicks));
                var lastStart = window.End - length;
                for (var i = first; i < steps; i++)
                {
                    if (start + step * i > lastStart) break;
                    free[i] = true;
                }
            }
            for (var i = 0; i < steps; i++) if (free[i]) available[i]++;
            absent[p] = [];
            for (var i = 0; i < steps; i++) if (!free[i]) absent[p].Add(i);
        }

        var needed = (participants.Count + 1) / 2;
        var candidates = new List<(int Index, Side Burdened, int Stretch)>();
        for (var i = 0; i < steps; i++)
        {
            if (available[i] < needed) continue;
            var (burdened, stretch) = Burden(start + step * i, durationMinutes);
            candidates.Add((i, burdened, stretch));
        }
        var other = lastBurdened is { } last ? (Side?)(last == Side.Quebec ? Side.France : Side.Quebec) : null;
        return candidates
            .OrderByDescending(c => available[c.Index])
            .ThenBy(c => other is null || c.Burdened == other ? 0 : 1)
            .ThenBy(c => c.Stretch)
            .ThenBy(c => c.Index)
            .Take(limit)
            .Select(c => new Slot(start + step * c.Index, available[c.Index],
                participants.Where((_, p) => absent[p].BinarySearch(c.Index) >= 0).Select(x => x.Name).ToList(),
                c.Burdened, other is not null && c.Burdened == other, c.Stretch))
            .ToList();
    }

    /// <summary>Which side a meeting at <paramref name="at"/> stretches more: each side's distance, in minutes, between
    /// the meeting's middle and 13:00 in Montréal or Paris; the larger one carries the inconvenient hour.</summary>
    public static (Side Burdened, int StretchMinutes) Burden(Instant at, int durationMinutes)
    {
        var middle = at + Duration.FromMinutes(durationMinutes / 2.0);
        int Distance(string zone)
        {
            var local = middle.InZone(TimeZones.Get(zone)).TimeOfDay;
            return Math.Abs(local.Hour * 60 + local.Minute - 13 * 60);
        }
        var quebec = Distance(TimeZones.Quebec);
        var france = Distance(TimeZones.France);
        return quebec >= france ? (Side.Quebec, quebec + france) : (Side.France, quebec + france);
    }

    /// <summary>The person's working windows between two instants, less their busy times and their side's public
    /// holidays.</summary>
    public static IEnumerable<Interval> FreeWindows(Participant participant, Instant from, Instant to)
    {
        var zone = TimeZones.Get(participant.ZoneId);
        var busy = participant.Busy.Where(b => b.End > from && b.Start < to).OrderBy(b => b.Start).ToList();
        var day = from.InZone(zone).Date.PlusDays(-1);
        var lastDay = to.InZone(zone).Date.PlusDays(1);
        for (; day <= lastDay; day = day.PlusDays(1))
        {
            if (!participant.Window.Days.Contains(day.DayOfWeek) || PublicHolidays.IsHoliday(participant.Side, day)) continue;
            var windowStart = SeriesOccurrences.ResolveLeniently(day + participant.Window.Starts, zone, out _);
            var windowEnd = SeriesOccurrences.ResolveLeniently(day + participant.Window.Ends, zone, out _);
            if (windowEnd <= windowStart) continue;
            var cursor = windowStart;
            foreach (var b in busy)
            {
                if (b.End <= cursor || b.Start >= windowEnd) continue;
                if (b.Start > cursor) yield return new Interval(cursor, b.Start);
                cursor = Instant.Max(cursor, b.End);
                if (cursor >= windowEnd) break;
            }
            if (cursor < windowEnd) yield return new Interval(cursor, windowEnd);
        }
    }
}
