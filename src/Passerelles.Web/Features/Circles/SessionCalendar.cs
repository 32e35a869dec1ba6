using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using NodaTime;
using Passerelles.Web.Infrastructure.Time;

namespace Passerelles.Web.Features.Circles;

/// <summary>Writes sessions as RFC 5545 iCalendar: each event starts in its organiser's zone, whose VTIMEZONE is
/// included, and says both sides' local times in its description. Text typed by people is cleaned of control
/// characters first, so a title cannot break a line of the file and smuggle in a property.</summary>
public static class SessionCalendar
{
    public const string Request = "REQUEST";
    public const string Cancel = "CANCEL";
    public const string Publish = "PUBLISH";

    public sealed record Entry(
        Guid Id, string Circle, string Title, string Agenda, Instant StartsAt, string TimeZoneId, int DurationMinutes,
        int Sequence, bool Cancelled, string Url, string? VideoUrl);

    public static string Write(string method, IEnumerable<Entry> entries, string organiserEmail, Instant now)
    {
        var calendar = new Calendar { ProductId = "-//Passerelles//Circles//EN", Method = method };
        var list = entries.ToList();
        foreach (var zone in list.Select(e => e.TimeZoneId).Distinct(StringComparer.Ordinal))
        {
            var earliest = list.Where(e => e.TimeZoneId == zone).Min(e => e.StartsAt).ToDateTimeUtc().AddYears(-1);
            calendar.AddTimeZone(VTimeZone.FromDateTimeZone(zone, earliest, includeHistoricalData: false));
        }
        foreach (var entry in list)
        {
            var local = entry.StartsAt.InZone(TimeZones.Get(entry.TimeZoneId)).LocalDateTime;
            var calendarEvent = new CalendarEvent
            {
                Uid = $"{entry.Id:N}@passerelles",
                Sequence = entry.Sequence,
                Summary = Clean(entry.Title, keepLineBreaks: false) + " — " + Clean(entry.Circle, keepLineBreaks: false),
                Description = Clean(Description(entry), keepLineBreaks: true),
                DtStart = new CalDateTime(local.Year, local.Month, local.Day, local.Hour, local.Minute, local.Second, entry.TimeZoneId),
                Duration = Ical.Net.DataTypes.Duration.FromMinutes(entry.DurationMinutes),
                DtStamp = new CalDateTime(now.ToDateTimeUtc(), "UTC"),
                Status = entry.Cancelled || method == Cancel ? EventStatus.Cancelled : EventStatus.Confirmed,
                Url = Uri.TryCreate(entry.Url, UriKind.Absolute, out var url) ? url : null,
                Location = entry.VideoUrl is { } video ? Clean(video, keepLineBreaks: false) : null,
                Organizer = new Organizer("mailto:" + organiserEmail) { CommonName = "Passerelles" },
            };
            calendar.Events.Add(calendarEvent);
        }
        return new CalendarSerializer().SerializeToString(calendar)!;
    }

    public static byte[] Bytes(string calendar) => Encoding.UTF8.GetBytes(calendar);

    /// <summary>Both sides' local times, the offset-week note when it applies, the video-conference link, the agenda and
    /// the session's address.</summary>
    private static string Description(Entry entry)
    {
        var text = new StringBuilder();
        text.Append(BothSides(entry.StartsAt, entry.TimeZoneId));
        if (OffsetWeeks.Contains(entry.StartsAt))
            text.Append("\n").Append("Montréal and Paris are 5 hours apart this week instead of 6.");
        if (entry.VideoUrl is { } video) text.Append("\n\n").Append(video);
        if (entry.Agenda.Length > 0) text.Append("\n\n").Append(entry.Agenda);
        if (entry.Url.Length > 0) text.Append("\n\n").Append(entry.Url);
        return text.ToString();
    }

    /// <summary>"10:00 Montréal · 16:00 Paris", on a 24-hour clock that reads the same in every language; the
    /// organiser's side first, since one file goes to every member.</summary>
    public static string BothSides(Instant at, string organiserZone) =>
        string.Join(" · ", TimeZones.BothSides(organiserZone).Take(2).Select(zone =>
            at.InZone(TimeZones.Get(zone)).LocalDateTime.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) + " " + TimeZones.PlaceName(zone)));

    /// <summary>Removes control characters (and line breaks, unless kept as plain "\n"), and the Unicode line and
    /// paragraph separators.</summary>
    public static string Clean(string text, bool keepLineBreaks)
    {
        var normalised = text.ReplaceLineEndings("\n");
        var cleaned = new StringBuilder(normalised.Length);
        foreach (var c in normalised)
        {
            if (c == '\n') cleaned.Append(keepLineBreaks ? '\n' : ' ');
            else if (char.IsControl(c) || c is '\u2028' or '\u2029') cleaned.Append(' ');
            else cleaned.Append(c);
        }
        return cleaned.ToString().Trim();
    }
}
