namespace Passerelles.Web.Features.Circles;

/// <summary>Sends the reminders that are due: for every coming session and every member, each time before it that the
/// member chose and that has been reached. Each reminder is claimed by inserting its <see cref="SentReminder"/> row
/// before the e-mail goes, so two app instances running this at once never send one twice. When several of a
/// person's reminders are due together (the job was stopped), one e-mail goes. A reminder whose time had already
/// passed when the session was planned is never sent: the invitation has just told the member.</summary>
public sealed class SessionReminders(AppDbContext db, EmailTemplates templates, IMailer mailer, TimeProvider clock, ILogger<SessionReminders> logger)
{
    public async Task<int> SendDueAsync(CancellationToken cancellationToken = default)
    {
        var now = Instant.FromDateTimeOffset(clock.GetUtcNow());
        var horizon = now + Duration.FromMinutes(ReminderSettings.MaxMinutesBefore);
        var due = await (
                from s in db.CircleSessions.AsNoTracking()
                where s.CancelledAt == null && s.StartsAt > now && s.StartsAt <= horizon
                from m in s.Circle.Members
                select new { SessionId = s.Id, s.Title, Circle = s.Circle.Name, s.StartsAt, s.CreatedAt, m.UserId, m.User.Email, m.User.PreferredCulture, m.User.TimeZoneId, m.Side })
            .ToListAsync(cancellationToken);
        if (due.Count == 0) return 0;

        var userIds = due.Select(d => d.UserId).Distinct().ToList();
        var sessionIds = due.Select(d => d.SessionId).Distinct().ToList();
        var settings = await db.ReminderSettings.AsNoTracking().Where(r => userIds.Contains(r.UserId)).ToDictionaryAsync(r => r.UserId, r => r.Offsets, cancellationToken);
        var claimed = (await db.SentReminders.AsNoTracking().Where(r => sessionIds.Contains(r.SessionId))
            .Select(r => new { r.SessionId, r.UserId, r.MinutesBefore }).ToListAsync(cancellationToken)).ToHashSet();

        var sent = 0;
        foreach (var item in due.Where(d => !string.IsNullOrEmpty(d.Email)))
        {
            var offsets = (settings.TryGetValue(item.UserId, out var chosen) ? chosen : ReminderSettings.Default)
                .Where(o => item.StartsAt - Duration.FromMinutes(o) <= now && item.StartsAt - Duration.FromMinutes(o) >= item.CreatedAt)
                .Where(o => !claimed.Contains(new { item.SessionId, item.UserId, MinutesBefore = o }))
                .OrderDescending().ToList();
            if (offsets.Count == 0) continue;

            var won = new List<int>();
            foreach (var offset in offsets)
                if (await ClaimAsync(item.SessionId, item.UserId, offset, now, cancellationToken)) won.Add(offset);
            // Only the instance that claimed the nearest reminder sends; earlier ones missed are claimed silently.
            var nearest = offsets[^1];
            if (!won.Contains(nearest)) continue;

            var email = templates.Compose(item.Email!, item.PreferredCulture, t =>
            {
                var paragraphs = new List<string>
                {
                    t["A session of the circle {0} is coming up.", item.Circle],
                    item.Title + " — " + SessionInvitations.LocalTimes(item.StartsAt, SessionInvitations.ReaderZone(item.TimeZoneId, item.Side)),
                };
                if (OffsetWeeks.Contains(item.StartsAt)) paragraphs.Add(t[SessionInvitations.OffsetWeekNote]);
                paragraphs.Add(t["You choose when you are reminded on the page My reminders."]);
                return new EmailTemplates.Content(t["Reminder: {0} ({1})", item.Title, item.Circle], paragraphs,
                    t["Open the session"], templates.PublicUrl($"/circles/sessions/{item.SessionId}"));
            });
            try
            {
                await mailer.SendAsync(email, cancellationToken);
                sent++;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "A session reminder could not be sent; it will be tried again.");
                await db.SentReminders.Where(r => r.SessionId == item.SessionId && r.UserId == item.UserId && r.MinutesBefore == nearest)
                    .ExecuteDeleteAsync(cancellationToken);
            }
        }
        return sent;
    }

    private Task<bool> ClaimAsync(Guid sessionId, Guid userId, int minutesBefore, Instant now, CancellationToken cancellationToken) =>
        OnceOnly.ClaimAsync(db, new SentReminder { SessionId = sessionId, UserId = userId, MinutesBefore = minutesBefore, ClaimedAt = now },
            r => r.SessionId == sessionId && r.UserId == userId && r.MinutesBefore == minutesBefore, cancellationToken);
}
