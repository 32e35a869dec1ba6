
namespace Passerelles.Web.Features.Missions;

/// <summary>What the itinerary flags without refusing it: items that overlap, a leg that arrives after the next item
/// starts (an impossible connection), and items on a public holiday of either side, at the local date of their place.
/// Accommodation runs beside everything else, so it neither overlaps nor needs a connection.</summary>
public static class ItineraryChecks
{
    public sealed record Span(Guid Id, string Title, ItineraryKind Kind, Instant StartsAt, Instant EndsAt, string StartZoneId);

    public abstract record Flag;
    public sealed record Overlap(string Other) : Flag;
    public sealed record Connection(string Leg, string Next) : Flag;
    public sealed record Holiday(Side Side, string Name) : Flag;

    public static IReadOnlyDictionary<Guid, List<Flag>> Check(IReadOnlyCollection<Span> items)
    {
        var flags = items.ToDictionary(i => i.Id, _ => new List<Flag>());
        var timed = items.Where(i => i.Kind != ItineraryKind.Accommodation).OrderBy(i => i.StartsAt).ThenBy(i => i.EndsAt).ToList();
        var connected = new HashSet<(Guid, Guid)>();
        for (var i = 0; i < timed.Count; i++)
        {
            var leg = timed[i];
            if (leg.Kind != ItineraryKind.Leg || i + 1 >= timed.Count) continue;
            var next = timed[i + 1];
            if (leg.EndsAt <= next.StartsAt) continue;
            var connection = new Connection(leg.Title, next.Title);
            flags[leg.Id].Add(connection);
            flags[next.Id].Add(connection);
            connected.Add((leg.Id, next.Id));
        }
        for (var i = 0; i < timed.Count; i++)
            for (var j = i + 1; j < timed.Count && timed[j].StartsAt < timed[i].EndsAt; j++)
            {
                if (connected.Contains((timed[i].Id, timed[j].Id)) || timed[j].EndsAt <= timed[i].StartsAt) continue;
                flags[timed[i].Id].Add(new Overlap(timed[j].Title));
                flags[timed[j].Id].Add(new Overlap(timed[i].Title));
            }
        foreach (var item in timed)
        {
            var day = item.StartsAt.InZone(TimeZones.Get(item.StartZoneId)).Date;
            foreach (var side in new[] { Side.Quebec, Side.France })
                if (PublicHolidays.For(side, day.Year).FirstOrDefault(h => h.Date == day) is { } holiday)
                    flags[item.Id].Add(new Holiday(side, holiday.Name));
        }
        return flags;
    }
}
