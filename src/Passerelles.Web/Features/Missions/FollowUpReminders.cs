using Passerelles.Web.Infrastructure.Files;

namespace Passerelles.Web.Features.Missions;

/// <summary>The e-mails of mission follow-ups: the owner is told when one is given to them, and reminded once when an
/// open one comes within <see cref="DaysBefore"/> days of its due date, on their own date, in their time zone. The
/// reminder is claimed by inserting its <see cref="SentFollowUpReminder"/> row before the e-mail goes, so it goes out
/// once even with two app instances on one database; a reminder that could not be sent is released to be tried again.</summary>
public sealed class FollowUpReminders(AppDbContext db, EmailTemplates templates, IMailer mailer, TimeProvider clock, ILogger<FollowUpReminders> logger)
{
    public const int DaysBefore = 3;

    private sealed record Due(Guid Id, Guid MissionId, string Mission, string Text, LocalDate DueOn, string? Email, string Culture, string TimeZoneId);

    public async Task<int> SendDueAsync(CancellationToken cancellationToken = default)
    {
        var now = Instant.FromDateTimeOffset(clock.GetUtcNow());
        // A day's margin on each side of the date line: the owner's own date decides below.
        var horizon = now.InUtc().Date.PlusDays(DaysBefore + 1);
        var due = await db.MissionFollowUps.AsNoTracking()
            .Where(f => f.DoneAt == null && f.DueOn <= horizon && !db.SentFollowUpReminders.Any(r => r.FollowUpId == f.Id))
            .Join(db.Missions, f => f.MissionId, m => m.Id, (f, m) => new Due(f.Id, m.Id, m.Title, f.Text, f.DueOn, f.Owner.Email, f.Owner.PreferredCulture, f.Owner.TimeZoneId))
            .ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var followUp in due.Where(d => !string.IsNullOrEmpty(d.Email)))
        {
            var today = now.InZone(TimeZones.GetOr(followUp.TimeZoneId, TimeZones.Quebec, logger)).Date;
            if (followUp.DueOn > today.PlusDays(DaysBefore)) continue;
            if (await OnceOnly.SendAsync(db, new SentFollowUpReminder { FollowUpId = followUp.Id, ClaimedAt = now }, r => r.FollowUpId == followUp.Id, mailer,
                    () => Reminder(followUp, today), logger, "A mission follow-up reminder could not be sent; it will be tried again.", cancellationToken))
                sent++;
        }
        return sent;
    }

    private OutgoingEmail Reminder(Due followUp, LocalDate today) =>
        templates.Compose(followUp.Email!, followUp.Culture, t =>
        {
            var date = followUp.DueOn.ToString("d", System.Globalization.CultureInfo.CurrentCulture);
            var subject = followUp.DueOn < today ? t["Overdue follow-up: {0}", Short(followUp.Text)] : t["Follow-up due on {0}: {1}", date, Short(followUp.Text)];
            return new EmailTemplates.Content(subject,
                [t["A follow-up of the mission {0} is yours, due on {1}.", followUp.Mission, date], followUp.Text, t["Once it is done, mark it as done on the mission's follow-ups."]],
                t["Open the follow-ups"], templates.PublicUrl($"/missions/{followUp.MissionId}/follow-ups"));
        });

    /// <summary>Tells the owner a follow-up was given to them; a failure is logged and does not undo the follow-up.</summary>
    public async Task TellOwnerAsync(HttpRequest request, MissionFollowUp followUp, string mission, string visit)
    {
        var owner = await db.Users.AsNoTracking().Where(u => u.Id == followUp.OwnerId).Select(u => new { u.Email, u.PreferredCulture }).SingleAsync();
        if (string.IsNullOrEmpty(owner.Email)) return;
        try
        {
            await mailer.SendAsync(templates.Compose(owner.Email, owner.PreferredCulture, t =>
            {
                var date = followUp.DueOn.ToString("d", System.Globalization.CultureInfo.CurrentCulture);
                return new EmailTemplates.Content(t["A follow-up of the mission {0} is yours", mission],
                    [t["After the visit {0}, a follow-up was given to you, due on {1}.", visit, date], followUp.Text],
                    t["Open the follow-ups"], templates.AbsoluteUrl(request, $"/missions/{followUp.MissionId}/follow-ups"));
            }));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "The owner of a mission follow-up could not be told by e-mail.");
        }
    }

    private static string Short(string text) => text.Length <= 80 ? text : text[..77] + "…";
}

/// <summary>The documents and photos of visits, kept like the circles' resources, in the data folder's mission-files/.</summary>
public sealed class VisitFiles(IFileStore store)
{
    public ResourceFiles Store { get; } = new(store, "mission-files");
}
