using System.Collections.Frozen;
using NodaTime.TimeZones;

namespace Passerelles.Web.Infrastructure.Time;

/// <summary>The one place where time-zone ids are checked and resolved (IANA ids through NodaTime's tzdb).</summary>
public static class TimeZones
{
    public const string Quebec = "America/Toronto";
    public const string France = "Europe/Paris";

    private static readonly IDateTimeZoneProvider Provider = DateTimeZoneProviders.Tzdb;

    /// <summary>Every id the tz database knows, and the aliases, whatever their case, to its canonical id: built once,
    /// so that resolving a zone on every time a page shows is one lookup. America/Montreal is the name Québec users
    /// know; the tz database keeps it as a link to America/Toronto.</summary>
    private static readonly FrozenDictionary<string, string> CanonicalIds = Provider.Ids
        .DistinctBy(id => id, StringComparer.OrdinalIgnoreCase)
        .Select(id => KeyValuePair.Create(id, id))
        .Where(pair => !string.Equals(pair.Key, "America/Montreal", StringComparison.OrdinalIgnoreCase))
        .Append(KeyValuePair.Create("America/Montreal", Quebec))
        .ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static bool IsKnown(string? id) => id is not null && Canonical(id) is not null;

    /// <summary>The canonical IANA id for a known id or alias, or null (also for a missing or blank id).</summary>
    public static string? Canonical(string? id)
    {
        if (string.IsNullOrWhiteSpace(id)) return null;
        return CanonicalIds.GetValueOrDefault(id);
    }

    public static DateTimeZone Get(string id) =>
        Canonical(id) is { } canonical ? Provider[canonical] : throw new DateTimeZoneNotFoundException(id);

    /// <summary>The zone of a stored id, or the fallback (the person's or organisation's side's zone) when the id is
    /// blank or unknown. An unknown id is logged, so that whoever stored it can be found and corrected.</summary>
    public static DateTimeZone GetOr(string? id, string fallbackId, ILogger logger)
    {
        if (Canonical(id) is { } canonical) return Provider[canonical];
        if (!string.IsNullOrWhiteSpace(id))
            logger.LogWarning("Unknown time zone {TimeZoneId}: {FallbackTimeZoneId} is used instead.", id, fallbackId);
        return Get(fallbackId);
    }

    /// <summary>Zones offered in pickers: the canonical tz ids, grouped by region.</summary>
    public static IReadOnlyList<string> Selectable { get; } = TzdbDateTimeZoneSource.Default.ZoneLocations!
        .Select(l => l.ZoneId).Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>The zones a time crossing the ocean is shown in, in the order the viewer reads them: the viewer's side
    /// first (Paris first for someone in Paris, Montréal first otherwise), then the other side, then the viewer's own
    /// zone when it is neither side's.</summary>
    public static IReadOnlyList<string> BothSides(string? viewerZone)
    {
        var own = Canonical(viewerZone ?? "");
        var zones = own == France ? new List<string> { France, Quebec } : [Quebec, France];
        if (own is not null && !zones.Contains(own)) zones.Add(own);
        return zones;
    }

    /// <summary>How people name a zone in a sentence: "Montréal" for the Québec side, the city otherwise.</summary>
    public static string PlaceName(string id) => Canonical(id) switch
    {
        Quebec => "Montréal",
        { } canonical => canonical[(canonical.LastIndexOf('/') + 1)..].Replace('_', ' '),
        null => id,
    };
}
