using System.Text;
using Ical.Net;
using Calendar = Ical.Net.Calendar;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Passerelles.Web.Features.Circles;

/// <summary>Writes sessions as RFC 5545 iCalendar: each event starts in its organiser's zone, whose VTIMEZONE is
/// included, and says both sides' local times in its description. Text typed by people is cleaned of control
/// characters first, so a title cannot break a line of the file and smuggle in a property.
///
/// Scheduling (RFC 5546): the ORGANIZER is the co-facilitator who leads the session, named, with the address that
/// actually sends the mail as SENT-BY; every member is an ATTENDEE with RSVP=FALSE, since members answer on the
/// session's page (its URL), not by mail. A session of a series is one occurrence of its series' recurring event
/// (one UID, an RRULE, and the session as the override at its RECURRENCE-ID): an iTIP message holds one UID, so a whole
/// series reaches a calendar in one invitation, and each session can still be changed or cancelled alone by its
/// RECURRENCE-ID. Every occurrence is written as an override, because each has its own page, its own times in both
/// zones and possibly its own move in the offset weeks; the master carries the rule.</summary>
public static class SessionCalendar
{
    public const string Request = "REQUEST";
    public const string Cancel = "CANCEL";
    public const string Publish = "PUBLISH";

    /// <summary>How often a subscribed calendar should fetch the feed again.</summary>
    public static readonly TimeSpan FeedRefresh = TimeSpan.FromHours(1);

    public sealed record Person(string Name, string Email);

    public sealed record Attendee(string Name, string Email, bool CoFacilitator);

    /// <summary>The recurring event a session of a series belongs to: its series' zone and rule, how many sessions it
    /// planned, and one revision number for the whole event (see <see cref="SessionInvitations"/>).</summary>
    public sealed record Recurring(Guid SeriesId, string TimeZoneId, Recurrence Recurrence, int Count, int Sequence, Instant RecurrenceId, Instant First);

    public sealed record Entry(
        Guid Id, string Circle, string Title, string Agenda, Instant StartsAt, string TimeZoneId, int DurationMinutes,
        int Sequence, bool Cancelled, string Url, string? VideoUrl, Instant ChangedAt, Person Organiser, Recurring? Series);

    /// <summary>The UID, the same for every version: the session's own, or its series' for a session of a series.</summary>
    private static string Uid(Entry entry) => $"{entry.Series?.SeriesId ?? entry.Id:N}@passerelles";

    /// <summary>An iTIP message (REQUEST or CANCEL) to the attendees, stamped when it is written. A REQUEST about a
    /// session of a series carries the whole series; a CANCEL carries the cancelled occurrences only.</summary>
    public static string Message(string method, IReadOnlyList<Entry> entries, IReadOnlyList<Attendee> attendees, string sender, Instant now) =>
        Write(method, entries, attendees, sender, _ => now, calendar => { });

    /// <summary>A subscribed calendar: named in the reader's language, with how often to refresh it; each event is
    /// stamped with the instant its session last changed, so fetching again changes nothing that did not change.</summary>
    public static string Feed(IReadOnlyList<Entry> entries, string name, string sender) =>
        Write(Publish, entries, [], sender, changed => changed, calendar =>
        {
            calendar.AddProperty("NAME", Clean(name, keepLineBreaks: false));
            calendar.AddProperty("X-WR-CALNAME", Clean(name, keepLineBreaks: false));
            var refresh = new CalendarProperty("REFRESH-INTERVAL", Iso(FeedRefresh));
            refresh.Parameters.Set("VALUE", "DURATION");
            calendar.Properties.Add(refresh);
            calendar.AddProperty("X-PUBLISHED-TTL", Iso(FeedRefresh));
        });

    /// <summary>One VTIMEZONE per zone the entries use, with its rules from a year before the zone's first entry. Ical.Net
    /// describes a zone only up to about a year from today and refuses a later start; the rules in force today, written as
    /// yearly recurrences, also describe the years after, so an entry years ahead gets today's rules.</summary>
    public static void AddZones(Calendar calendar, IEnumerable<(string ZoneId, Instant At)> entries)
    {
        var today = DateTime.UtcNow;
        foreach (var zone in entries.GroupBy(e => e.ZoneId, StringComparer.Ordinal))
        {
            var earliest = zone.Min(e => e.At).ToDateTimeUtc().AddYears(-1);
            calendar.AddTimeZone(VTimeZone.FromDateTimeZone(zone.Key, earliest < today ? earliest : today, includeHistoricalData: false));
        }
    }

    private static string Iso(TimeSpan span) => System.Xml.XmlConvert.ToString(span);

    private static string Write(string method, IReadOnlyList<Entry> entries, IReadOnlyList<Attendee> attendees, string sender,
        Func<Instant, Instant> stamp, Action<Calendar> describe)
    {
        var calendar = new Calendar { ProductId = "-//Passerelles//Circles//EN", Method = method };
        describe(calendar);
        AddZones(calendar, entries.Select(e => (e.TimeZoneId, e.StartsAt))
            .Concat(entries.Where(e => e.Series is not null).Select(e => (e.Series!.TimeZoneId, e.Series.First))));

        foreach (var entry in entries.Where(e => e.Series is null))
            calendar.Events.Add(Event(method, entry, entry.Sequence, attendees, sender, stamp(entry.ChangedAt)));
        foreach (var series in entries.Where(e => e.Series is not null).GroupBy(e => e.Series!.SeriesId))
        {
            var occurrences = series.OrderBy(e => e.Series!.RecurrenceId).ToList();
            var rule = occurrences[0].Series!;
            var changed = stamp(occurrences.Max(e => e.ChangedAt));
            if (method != Cancel)
            {
                var master = Event(method, occurrences[0], rule.Sequence, attendees, sender, changed);
                master.DtStart = Local(rule.First, rule.TimeZoneId);
                master.Status = EventStatus.Confirmed;
                master.RecurrenceRule = new RecurrencePattern(FrequencyType.Weekly, rule.Recurrence == Recurrence.Fortnightly ? 2 : 1) { Count = rule.Count };
                calendar.Events.Add(master);
            }
            foreach (var occurrence in occurrences)
            {
                var calendarEvent = Event(method, occurrence, rule.Sequence, attendees, sender, stamp(occurrence.ChangedAt));
                calendarEvent.RecurrenceIdentifier = new RecurrenceIdentifier(Local(occurrence.Series!.RecurrenceId, rule.TimeZoneId));
                calendar.Events.Add(calendarEvent);
            }
        }
        return new CalendarSerializer().SerializeToString(calendar)!;
    }

    private static CalendarEvent Event(string method, Entry entry, int sequence, IReadOnlyList<Attendee> attendees, string sender, Instant stamp)
    {
        var calendarEvent = new CalendarEvent
        {
            Uid = Uid(entry),
            Sequence = sequence,
            Summary = Clean(entry.Title, keepLineBreaks: false) + " — " + Clean(entry.Circle, keepLineBreaks: false),
            Description = Clean(Description(entry), keepLineBreaks: true),
            DtStart = Local(entry.StartsAt, entry.TimeZoneId),
            Duration = Ical.Net.DataTypes.Duration.FromMinutes(entry.DurationMinutes),
            DtStamp = new CalDateTime(stamp.ToDateTimeUtc(), "UTC"),
            Status = entry.Cancelled || method == Cancel ? EventStatus.Cancelled : EventStatus.Confirmed,
            Url = Uri.TryCreate(entry.Url, UriKind.Absolute, out var url) ? url : null,
            Location = entry.VideoUrl is { } video ? Clean(video, keepLineBreaks: false) : null,
            Organizer = new Organizer("mailto:" + entry.Organiser.Email)
            {
                CommonName = Clean(entry.Organiser.Name, keepLineBreaks: false),
                SentBy = new Uri("mailto:" + sender),
            },
        };
        foreach (var attendee in attendees)
        {
            var leads = string.Equals(attendee.Email, entry.Organiser.Email, StringComparison.OrdinalIgnoreCase);
            calendarEvent.Attendees.Add(new Ical.Net.DataTypes.Attendee("mailto:" + attendee.Email)
            {
                CommonName = Clean(attendee.Name, keepLineBreaks: false),
                Type = "INDIVIDUAL",
                Role = attendee.CoFacilitator ? "CHAIR" : "REQ-PARTICIPANT",
                ParticipationStatus = leads ? EventParticipationStatus.Accepted : EventParticipationStatus.NeedsAction,
                Rsvp = false,
            });
        }
        return calendarEvent;
    }

    private static CalDateTime Local(Instant at, string zone)
    {
        var local = at.InZone(TimeZones.Get(zone)).LocalDateTime;
        return new CalDateTime(local.Year, local.Month, local.Day, local.Hour, local.Minute, local.Second, zone);
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
