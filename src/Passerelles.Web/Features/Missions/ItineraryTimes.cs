namespace Passerelles.Web.Features.Missions;

/// <summary>How the itinerary shows its times. Each time is first in the local time of its place; then in the zone of
/// the delegation's home side, so that those at home (and the delegation itself) read "09:30 Tarnos · 03:30 Montréal";
/// then in the viewer's own zone when it is a third one (a member in Vancouver also reads the time there).</summary>
public static class ItineraryTimes
{
    public static string ZoneOf(Side side) => side == Side.Quebec ? TimeZones.Quebec : TimeZones.France;

    public static IReadOnlyList<string> Zones(string placeZone, Side homeSide, string viewerZone) =>
        new[] { placeZone, ZoneOf(homeSide), viewerZone }
            .Select(zone => TimeZones.Canonical(zone))
            .OfType<string>()
            .Distinct()
            .ToList();

    /// <summary>How long a leg lasts, computed on instants (across zones and clock changes alike), as hours and
    /// minutes: "7 h 05".</summary>
    public static string Length(Instant departure, Instant arrival, IStringLocalizer t)
    {
        var minutes = (long)(arrival - departure).TotalMinutes;
        return t[LengthText, minutes / 60, (minutes % 60).ToString("00", System.Globalization.CultureInfo.InvariantCulture)];
    }

    public const string LengthText = "{0} h {1} min";
}
