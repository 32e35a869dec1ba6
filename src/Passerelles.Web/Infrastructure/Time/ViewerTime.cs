using System.Security.Claims;

namespace Passerelles.Web.Infrastructure.Time;

/// <summary>Renders instants for the person viewing the page: in their zone, in their language's format.</summary>
public sealed class ViewerTime(IHttpContextAccessor http, TimeProvider clock, IConfiguration configuration)
{
    public const string TimeZoneClaim = "passerelles:tz";

    public string ZoneId
    {
        get
        {
            var chosen = http.HttpContext?.User.FindFirstValue(TimeZoneClaim);
            if (TimeZones.Canonical(chosen ?? "") is { } canonical) return canonical;
            return TimeZones.Canonical(configuration["TimeZones:Default"] ?? "") ?? TimeZones.Quebec;
        }
    }

    public Instant Now => Instant.FromDateTimeOffset(clock.GetUtcNow());

    public ZonedDateTime InViewerZone(Instant instant) => instant.InZone(TimeZones.Get(ZoneId));

    public string Time(Instant instant, string zoneId) =>
        ClockFormat.Time(instant.InZone(TimeZones.Get(zoneId)).TimeOfDay, CultureInfo.CurrentCulture);

    public string DateTime(Instant instant) => DateTime(instant, ZoneId);

    public string DateTime(Instant instant, string zoneId) =>
        ClockFormat.DateAndTime(instant.InZone(TimeZones.Get(zoneId)).LocalDateTime, CultureInfo.CurrentCulture);

    /// <summary>The zones a time that crosses the ocean is shown in, the viewer's side first (see
    /// <see cref="TimeZones.BothSides"/>).</summary>
    public IReadOnlyList<string> CrossingZones() => TimeZones.BothSides(ZoneId);
}
