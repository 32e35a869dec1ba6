using Microsoft.Extensions.Options;
using MimeKit;

namespace Passerelles.Web.Features.Circles;

public enum InvitationKind { New, Updated, Cancelled }

/// <summary>E-mails the members of a circle about sessions planned, changed or cancelled, each in their language, with
/// both sides' local times (and their own, when they live elsewhere) and an iCalendar attachment: METHOD:REQUEST for
/// a new or changed session (the raised SEQUENCE makes calendars replace the old version), METHOD:CANCEL for a
/// cancellation.</summary>
public sealed class SessionInvitations(AppDbContext db, EmailTemplates templates, IMailer mailer, IOptions<EmailOptions> options, TimeProvider clock)
{
    public async Task SendAsync(Guid circleId, IReadOnlyCollection<Guid> sessionIds, InvitationKind kind, HttpRequest request, CancellationToken cancellationToken = default) =>
        await SendAsync(await ComposeAsync(circleId, sessionIds, kind, request, cancellationToken), cancellationToken);

    public async Task SendAsync(IEnumerable<OutgoingEmail> emails, CancellationToken cancellationToken = default)
    {
        foreach (var email in emails) await mailer.SendAsync(email, cancellationToken);
    }

    /// <summary>Writes the messages and their calendar file without sending them. The pages planning new sessions call
    /// it inside the transaction that saves them, so a session whose calendar cannot be written is not kept (and a
    /// retry adds no duplicate); they send once it is committed.</summary>
    public async Task<IReadOnlyList<OutgoingEmail>> ComposeAsync(Guid circleId, IReadOnlyCollection<Guid> sessionIds, InvitationKind kind, HttpRequest request, CancellationToken cancellationToken = default)
    {
        var circle = await db.Circles.AsNoTracking().Where(c => c.Id == circleId).Select(c => c.Name).SingleAsync(cancellationToken);
        var sessions = await db.CircleSessions.AsNoTracking().Where(s => sessionIds.Contains(s.Id)).OrderBy(s => s.StartsAt).ToListAsync(cancellationToken);
        if (sessions.Count == 0) return [];
        var recipients = await db.CircleMembers.AsNoTracking().Where(m => m.CircleId == circleId)
            .Select(m => new { m.User.Email, m.User.DisplayName, m.IsCoFacilitator, m.User.PreferredCulture, m.User.TimeZoneId, m.Side })
            .ToListAsync(cancellationToken);

        var now = Instant.FromDateTimeOffset(clock.GetUtcNow());
        var sender = MailboxAddress.Parse(options.Value.From).Address;
        var cancelled = kind == InvitationKind.Cancelled;
        var entries = await EntriesAsync(db, db.CircleSessions.Where(s => sessionIds.Contains(s.Id)), wholeSeries: !cancelled,
            id => templates.AbsoluteUrl(request, $"/circles/sessions/{id}"), sender, cancellationToken);
        var attendees = recipients.Where(r => !string.IsNullOrEmpty(r.Email))
            .Select(r => new SessionCalendar.Attendee(r.DisplayName, r.Email!, r.IsCoFacilitator)).ToList();
        var method = cancelled ? SessionCalendar.Cancel : SessionCalendar.Request;
        var ics = SessionCalendar.Bytes(SessionCalendar.Message(method, entries, attendees, sender, now));
        var attachment = new EmailAttachment(cancelled ? "cancellation.ics" : "invitation.ics",
            $"text/calendar; method={method}; charset=utf-8", ics);
        var link = templates.AbsoluteUrl(request, $"/circles/sessions/{sessions[0].Id}");

        var emails = new List<OutgoingEmail>();
        foreach (var recipient in recipients.Where(r => !string.IsNullOrEmpty(r.Email)))
        {
            var email = templates.Compose(recipient.Email!, recipient.PreferredCulture, t =>
            {
                var title = sessions.Count == 1 ? sessions[0].Title : t["{0} sessions", sessions.Count].Value;
                var subject = kind switch
                {
                    InvitationKind.Cancelled => t["Cancelled: {0} ({1})", title, circle],
                    InvitationKind.Updated => t["Changed: {0} ({1})", title, circle],
                    _ => t["Invitation: {0} ({1})", title, circle],
                };
                var paragraphs = new List<string>
                {
                    kind switch
                    {
                        InvitationKind.Cancelled => t["This session of the circle {0} is cancelled.", circle],
                        InvitationKind.Updated => t["This session of the circle {0} has changed.", circle],
                        _ => t["You are invited to the circle {0}.", circle],
                    },
                };
                foreach (var session in sessions)
                {
                    paragraphs.Add(session.Title + " — " + LocalTimes(session.StartsAt, ReaderZone(recipient.TimeZoneId, recipient.Side)));
                    if (session.InOffsetWeek) paragraphs.Add(t[OffsetWeekNote]);
                    if (session.VideoUrl is { } video && !session.IsCancelled) paragraphs.Add(t["Video conference: {0}", video]);
                }
                paragraphs.Add(t["The attached calendar file adds it to your calendar."]);
                return new EmailTemplates.Content(subject, paragraphs, t["Open the session"], link);
            });
            emails.Add(email with { Attachments = [attachment] });
        }
        return emails;
    }

    /// <summary>The calendar entries of the sessions <paramref name="which"/> picks, each with the co-facilitator who
    /// leads it. With <paramref name="wholeSeries"/>, a session of a series brings every session of its series, since
    /// a REQUEST or a feed carries the whole recurring event.</summary>
    public static async Task<List<SessionCalendar.Entry>> EntriesAsync(AppDbContext db, IQueryable<CircleSession> which, bool wholeSeries,
        Func<Guid, string> url, string sender, CancellationToken cancellationToken)
    {
        var query = wholeSeries
            ? db.CircleSessions.Where(s => which.Any(w => w.Id == s.Id) || (s.RecurrenceId != null && which.Any(w => w.RecurrenceId != null && w.SeriesId == s.SeriesId)))
            : which;
        var rows = await query.AsNoTracking().OrderBy(s => s.StartsAt)
            .Select(s => new
            {
                s.Id, s.CircleId, Circle = s.Circle.Name, s.Title, s.Agenda, s.StartsAt, s.TimeZoneId, s.DurationMinutes, s.Sequence,
                Cancelled = s.CancelledAt != null, s.VideoUrl, s.UpdatedAt, s.CreatedBy, s.SeriesId, s.RecurrenceId,
            })
            .ToListAsync(cancellationToken);

        var seriesIds = rows.Where(r => r.RecurrenceId != null).Select(r => r.SeriesId!.Value).Distinct().ToList();
        var rules = await db.SessionSeries.AsNoTracking().Where(s => seriesIds.Contains(s.Id))
            .Select(s => new { s.Id, s.TimeZoneId, s.Recurrence }).ToDictionaryAsync(s => s.Id, cancellationToken);
        var occurrences = (await db.CircleSessions.AsNoTracking().Where(s => s.SeriesId != null && seriesIds.Contains(s.SeriesId.Value) && s.RecurrenceId != null)
            .Select(s => new { SeriesId = s.SeriesId!.Value, s.Sequence, RecurrenceId = s.RecurrenceId!.Value }).ToListAsync(cancellationToken))
            .ToLookup(s => s.SeriesId);

        var circleIds = rows.Select(r => r.CircleId).Distinct().ToList();
        var leads = await db.CircleMembers.AsNoTracking().Where(m => circleIds.Contains(m.CircleId) && m.IsCoFacilitator && m.User.Email != null)
            .Select(m => new { m.CircleId, m.UserId, m.Side, m.User.DisplayName, Email = m.User.Email! }).ToListAsync(cancellationToken);

        return rows.Select(r =>
        {
            // The co-facilitator who planned the session leads it; else the one of the side whose zone it was planned in.
            var side = r.TimeZoneId == TimeZones.France ? Side.France : Side.Quebec;
            var circleLeads = leads.Where(l => l.CircleId == r.CircleId).ToList();
            var lead = circleLeads.FirstOrDefault(l => l.UserId == r.CreatedBy) ?? circleLeads.FirstOrDefault(l => l.Side == side) ?? circleLeads.FirstOrDefault();
            var organiser = lead is null ? new SessionCalendar.Person("Passerelles", sender) : new SessionCalendar.Person(lead.DisplayName, lead.Email);
            SessionCalendar.Recurring? series = null;
            if (r.RecurrenceId is { } recurrenceId && rules.TryGetValue(r.SeriesId!.Value, out var rule))
            {
                var all = occurrences[rule.Id].ToList();
                // One revision number for the whole recurring event: the sum of its sessions' SEQUENCE. Every change sent
                // to calendars raises at least one of them, so it grows with every message about any of its sessions.
                series = new SessionCalendar.Recurring(rule.Id, rule.TimeZoneId, rule.Recurrence, all.Count, all.Sum(o => o.Sequence),
                    recurrenceId, all.Min(o => o.RecurrenceId));
            }
            return new SessionCalendar.Entry(r.Id, r.Circle, r.Title, r.Agenda, r.StartsAt, r.TimeZoneId, r.DurationMinutes, r.Sequence,
                r.Cancelled, url(r.Id), r.VideoUrl, r.UpdatedAt, organiser, series);
        }).ToList();
    }

    /// <summary>The zone a member reads times in: the one of their preferences, else their side's.</summary>
    public static string ReaderZone(string? own, Side side) =>
        TimeZones.Canonical(own ?? "") ?? (side == Side.Quebec ? TimeZones.Quebec : TimeZones.France);

    public const string OffsetWeekNote = "That week Montréal and Paris are 5 hours apart instead of 6: North America and Europe do not change their clocks on the same Sunday.";

    /// <summary>"Tuesday 16 March 2027, 10:00 Montréal · 15:00 Paris", in the current language, the reader's side
    /// first, and the reader's own zone too when it is neither side's.</summary>
    public static string LocalTimes(Instant at, string? readerZone)
    {
        var culture = CultureInfo.CurrentCulture;
        var zones = TimeZones.BothSides(readerZone);
        var date = at.InZone(TimeZones.Get(zones[0])).LocalDateTime.ToString(culture.DateTimeFormat.LongDatePattern, culture);
        return date + ", " + string.Join(" · ", zones.Select(zone =>
            ClockFormat.Time(at.InZone(TimeZones.Get(zone)).TimeOfDay, culture) + " " + TimeZones.PlaceName(zone)));
    }
}
