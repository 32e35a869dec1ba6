using Ical.Net;
using Calendar = Ical.Net.Calendar;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Passerelles.Web.Features.Missions;

/// <summary>Writes a mission's legs and visits as a subscribed RFC 5545 calendar: each event in the local time of its
/// place, with the VTIMEZONE of every zone used; a leg starts in its departure's zone and ends in its arrival's. Each
/// event is stamped with the instant its item last changed and numbered by its revision, so fetching again changes
/// nothing that did not change.</summary>
public static class ItineraryCalendar
{
    public static string Feed(MissionProgramme programme, Bilingual labels, CultureInfo reader, Func<Guid, string> url)
    {
        var calendar = new Ical.Net.Calendar { ProductId = "-//Passerelles//Missions//EN", Method = SessionCalendar.Publish };
        var name = SessionCalendar.Clean(programme.Title, keepLineBreaks: false);
        calendar.AddProperty("NAME", name);
        calendar.AddProperty("X-WR-CALNAME", name);
        var refresh = new CalendarProperty("REFRESH-INTERVAL", System.Xml.XmlConvert.ToString(SessionCalendar.FeedRefresh));
        refresh.Parameters.Set("VALUE", "DURATION");
        calendar.Properties.Add(refresh);

        var items = programme.Items.Where(i => i.Kind is ItineraryKind.Leg or ItineraryKind.Visit or ItineraryKind.Meeting).ToList();
        SessionCalendar.AddZones(calendar, items.Select(i => (TimeZones.Canonical(i.StartZoneId)!, i.StartsAt))
            .Concat(items.Select(i => (TimeZones.Canonical(i.EndZoneId)!, i.StartsAt))));

        foreach (var item in items)
        {
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"{item.Id:N}@passerelles",
                Sequence = item.Sequence,
                Summary = SessionCalendar.Clean(labels.Line(ProgrammeLabels.Kind(item)) + " — " + item.Title, keepLineBreaks: false),
                Description = SessionCalendar.Clean(Description(programme, item, labels, reader, url(programme.Id)), keepLineBreaks: true),
                Location = SessionCalendar.Clean(item.Kind == ItineraryKind.Leg ? item.DeparturePlace + " → " + item.ArrivalPlace : item.Address, keepLineBreaks: false) is { Length: > 0 } place ? place : null,
                DtStart = Local(item.StartsAt, item.StartZoneId),
                DtEnd = Local(item.EndsAt, item.EndZoneId),
                DtStamp = new CalDateTime(item.ChangedAt.ToDateTimeUtc(), "UTC"),
                Status = EventStatus.Confirmed,
                Url = Uri.TryCreate(url(programme.Id), UriKind.Absolute, out var address) ? address : null,
            });
        }
        return new CalendarSerializer().SerializeToString(calendar)!;
    }

    private static CalDateTime Local(Instant at, string zoneId)
    {
        var zone = TimeZones.Canonical(zoneId)!;
        var local = at.InZone(TimeZones.Get(zone)).LocalDateTime;
        return new CalDateTime(local.Year, local.Month, local.Day, local.Hour, local.Minute, local.Second, zone);
    }

    /// <summary>Both ends in the local time of their place and the delegation's home time, then the organisation, the host
    /// contact and the programme's address.</summary>
    private static string Description(MissionProgramme programme, ProgrammeItem item, Bilingual labels, CultureInfo reader, string url)
    {
        var lines = new List<string>
        {
            ProgrammeTimes.Text(item.StartsAt, item.StartZoneId, programme.HomeZoneId, reader) + " → " +
            ProgrammeTimes.Text(item.EndsAt, item.EndZoneId, programme.HomeZoneId, reader),
        };
        if (item.Organisation is { } organisation) lines.Add(labels.Line("Organisation") + " — " + organisation);
        if (item.Host is { } host)
            lines.Add(labels.Line("Host contact") + " — " + string.Join(", ", new[] { host.Name, host.Email, host.Phone }.Where(s => s.Length > 0)));
        lines.Add("");
        lines.Add(url);
        return string.Join("\n", lines);
    }
}
