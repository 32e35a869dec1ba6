using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MimeKit;
using NodaTime;
using Passerelles.Web.Data;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Infrastructure.Email;
using Passerelles.Web.Infrastructure.Time;

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
            .Select(m => new { m.User.Email, m.User.PreferredCulture, m.User.TimeZoneId, m.Side })
            .ToListAsync(cancellationToken);

        var now = Instant.FromDateTimeOffset(clock.GetUtcNow());
        var entries = sessions.Select(s => new SessionCalendar.Entry(s.Id, circle, s.Title, s.Agenda, s.StartsAt, s.TimeZoneId, s.DurationMinutes,
            s.Sequence, s.IsCancelled, templates.AbsoluteUrl(request, $"/circles/sessions/{s.Id}"), s.VideoUrl)).ToList();
        var method = kind == InvitationKind.Cancelled ? SessionCalendar.Cancel : SessionCalendar.Request;
        var ics = SessionCalendar.Bytes(SessionCalendar.Write(method, entries, MailboxAddress.Parse(options.Value.From).Address, now));
        var attachment = new EmailAttachment(kind == InvitationKind.Cancelled ? "cancellation.ics" : "invitation.ics",
            $"text/calendar; method={method}; charset=utf-8", ics);

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
                return new EmailTemplates.Content(subject, paragraphs, t["Open the session"], entries[0].Url);
            });
            emails.Add(email with { Attachments = [attachment] });
        }
        return emails;
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
