
namespace Passerelles.Web.Features.Mobility;

/// <summary>Reminds the student, once per item, when an open item of their departure checklist comes within
/// <see cref="DaysBefore"/> days of its due date, on their own date, in their language. The reminder is claimed by
/// inserting its <see cref="SentChecklistReminder"/> row before the e-mail goes, so it goes out once even with two app
/// instances on one database; a reminder that could not be sent is released to be tried again.</summary>
public sealed class ChecklistReminders(AppDbContext db, EmailTemplates templates, IMailer mailer, TimeProvider clock, ILogger<ChecklistReminders> logger)
{
    public const int DaysBefore = 7;

    private sealed record Due(Guid Id, Guid PlacementId, ChecklistItemKind Kind, LocalDate DueOn, string? Email, string Culture, string TimeZoneId);

    public async Task<int> SendDueAsync(CancellationToken cancellationToken = default)
    {
        var now = Instant.FromDateTimeOffset(clock.GetUtcNow());
        // A day's margin on each side of the date line: the student's own date decides below.
        var horizon = now.InUtc().Date.PlusDays(DaysBefore + 1);
        var due = await db.ChecklistItems.AsNoTracking()
            .Where(i => i.DoneAt == null && i.DueOn <= horizon && !db.SentChecklistReminders.Any(r => r.ItemId == i.Id))
            .Join(db.Placements.Where(p => p.Status == PlacementStatus.Preparing), i => i.PlacementId, p => p.Id,
                (i, p) => new Due(i.Id, p.Id, i.Kind, i.DueOn, p.Student!.Email, p.Student.PreferredCulture, p.Student.TimeZoneId))
            .ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var item in due.Where(d => !string.IsNullOrEmpty(d.Email)))
        {
            var today = now.InZone(TimeZones.GetOr(item.TimeZoneId, TimeZones.Quebec, logger)).Date;
            if (item.DueOn > today.PlusDays(DaysBefore)) continue;
            if (await OnceOnly.SendAsync(db, new SentChecklistReminder { ItemId = item.Id, ClaimedAt = now }, r => r.ItemId == item.Id, mailer,
                    () => Reminder(item, today), logger, "A departure checklist reminder could not be sent; it will be tried again.", cancellationToken))
                sent++;
        }
        return sent;
    }

    private OutgoingEmail Reminder(Due item, LocalDate today) =>
        templates.Compose(item.Email!, item.Culture, t =>
        {
            var date = item.DueOn.ToString("d", System.Globalization.CultureInfo.CurrentCulture);
            var label = t[DepartureChecklist.Label(item.Kind)];
            var subject = item.DueOn < today ? t["Overdue before your departure: {0}", label] : t["Due on {0} before your departure: {1}", date, label];
            return new EmailTemplates.Content(subject,
                [t["An item of your departure checklist is due on {0}: {1}.", date, label], t["Once it is done, it is ticked on your placement's page."]],
                t["Open my placement"], templates.PublicUrl($"/mobility/placements/{item.PlacementId}"));
        });
}
