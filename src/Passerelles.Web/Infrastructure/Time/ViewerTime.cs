using System.Globalization;
using System.Security.Claims;
using NodaTime;
using NodaTime.Text;

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
        LocalTimePattern.Create(CultureInfo.CurrentCulture.DateTimeFormat.ShortTimePattern, CultureInfo.CurrentCulture)
            .Format(instant.InZone(TimeZones.Get(zoneId)).TimeOfDay);

    public string DateTime(Instant instant) => DateTime(instant, ZoneId);

    public string DateTime(Instant instant, string zoneId)
    {
        var culture = CultureInfo.CurrentCulture;
        var local = instant.InZone(TimeZones.Get(zoneId)).LocalDateTime;
        return local.ToString(culture.DateTimeFormat.LongDatePattern, culture) + ", " +
               local.ToString(culture.DateTimeFormat.ShortTimePattern, culture);
    }

    /// <summary>The zones a time that crosses the ocean is shown in, the viewer's side first (see
    /// <see cref="TimeZones.BothSides"/>).</summary>
    public IReadOnlyList<string> CrossingZones() => TimeZones.BothSides(ZoneId);
}
