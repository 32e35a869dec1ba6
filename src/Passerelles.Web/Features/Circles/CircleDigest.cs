using NodaTime.Calendars;

namespace Passerelles.Web.Features.Circles;

/// <summary>E-mails each person who asked for it a digest of their circles, daily or weekly (from 07:00 in their zone):
/// the discussions with posts by others since their last digest, and the sessions coming up. Each period's digest is
/// claimed by inserting its <see cref="SentDigest"/> row first, so it goes out once even with two app instances; a
/// period with nothing to tell is claimed and sends nothing.</summary>
public sealed class CircleDigest(AppDbContext db, EmailTemplates templates, IMailer mailer, TimeProvider clock)
{
    public static readonly LocalTime SendsFrom = new(7, 0);

    /// <summary>The period a digest belongs to, in the person's local time: "day 2026-03-11" or "week 2026-W11".</summary>
    public static string? PeriodOf(DigestFrequency frequency, LocalDate date) => frequency switch
    {
        DigestFrequency.Daily => "day " + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DigestFrequency.Weekly => $"week {WeekYearRules.Iso.GetWeekYear(date)}-W{WeekYearRules.Iso.GetWeekOfWeekYear(date):00}",
        _ => null,
    };

    public async Task<int> SendDueAsync(CancellationToken cancellationToken = default)
    {
        var now = Instant.FromDateTimeOffset(clock.GetUtcNow());
        var subscribers = await (
                from r in db.ReminderSettings.AsNoTracking()
                where r.Digest != DigestFrequency.Off
                join u in db.Users on r.UserId equals u.Id
                select new
                {
                    r.UserId, r.Digest, u.Email, u.PreferredCulture, u.TimeZoneId,
                    Side = db.CircleMembers.Where(m => m.UserId == u.Id).Select(m => (Side?)m.Side).FirstOrDefault(),
                })
            .ToListAsync(cancellationToken);

        var sent = 0;
        foreach (var person in subscribers.Where(s => !string.IsNullOrEmpty(s.Email)))
        {
            var zone = TimeZones.IsKnown(person.TimeZoneId) ? person.TimeZoneId! : person.Side == Side.France ? TimeZones.France : TimeZones.Quebec;
            var local = now.InZone(TimeZones.Get(zone)).LocalDateTime;
            if (local.TimeOfDay < SendsFrom || PeriodOf(person.Digest, local.Date) is not { } period) continue;
            if (await db.SentDigests.AnyAsync(d => d.UserId == person.UserId && d.Period == period, cancellationToken)) continue;

            var length = Duration.FromDays(person.Digest == DigestFrequency.Daily ? 1 : 7);
            var since = await db.SentDigests.AsNoTracking().Where(d => d.UserId == person.UserId)
                .OrderByDescending(d => d.ClaimedAt).Select(d => (Instant?)d.ClaimedAt).FirstOrDefaultAsync(cancellationToken) ?? now - length;
            var posts = await db.DiscussionPosts.AsNoTracking()
                .Where(p => p.PostedAt > since && p.PostedAt <= now && p.AuthorId != person.UserId
                            && p.Discussion.Circle.Members.Any(m => m.UserId == person.UserId))
                .Select(p => new { p.DiscussionId, p.Discussion.Title, Circle = p.Discussion.Circle.Name })
                .ToListAsync(cancellationToken);
            var until = now + length + Duration.FromDays(1);
            var sessions = await db.CircleSessions.AsNoTracking()
                .Where(s => s.CancelledAt == null && s.StartsAt > now && s.StartsAt <= until && s.Circle.Members.Any(m => m.UserId == person.UserId))
                .OrderBy(s => s.StartsAt)
                .Select(s => new { s.Title, Circle = s.Circle.Name, s.StartsAt })
                .ToListAsync(cancellationToken);

            var claim = new SentDigest { UserId = person.UserId, Period = period, ClaimedAt = now };
            if (!await OnceOnly.ClaimAsync(db, claim, d => d.UserId == person.UserId && d.Period == period, cancellationToken)) continue;
            if (posts.Count == 0 && sessions.Count == 0) continue;

            var email = templates.Compose(person.Email!, person.PreferredCulture, t =>
            {
                var paragraphs = new List<string>();
                if (posts.Count > 0)
                {
                    paragraphs.Add(t["New in the discussions of your circles:"]);
                    paragraphs.AddRange(posts.GroupBy(p => (p.DiscussionId, p.Title, p.Circle))
                        .Select(g => t["{0} — {1}: {2}", g.Key.Circle, g.Key.Title, t.Plural(g.Count(), "{0} new post", "{0} new posts")].Value));
                }
                if (sessions.Count > 0)
                {
                    paragraphs.Add(t["Coming sessions:"]);
                    paragraphs.AddRange(sessions.Select(s => $"{s.Circle} — {s.Title} — {SessionInvitations.LocalTimes(s.StartsAt, zone)}"));
                }
                paragraphs.Add(t["You choose how often you receive this digest on the page My reminders."]);
                return new EmailTemplates.Content(t["Your circles: {0}, {1}", t.Plural(posts.Count, "{0} new post", "{0} new posts"), t.Plural(sessions.Count, "{0} coming session", "{0} coming sessions")],
                    paragraphs, t["Open my circles"], templates.PublicUrl("/circles"));
            });
            await mailer.SendAsync(email, cancellationToken);
            sent++;
        }
        return sent;
    }
}
