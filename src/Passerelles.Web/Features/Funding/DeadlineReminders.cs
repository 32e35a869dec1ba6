
namespace Passerelles.Web.Features.Funding;

/// <summary>The reminders of grants' reporting deadlines: each person responsible for a deadline is reminded once, in
/// their language, when it comes within <see cref="DaysBefore"/> days, on their own date, in their time zone. The reminder
/// is claimed by inserting its <see cref="SentDeadlineReminder"/> row before the e-mail goes, so it goes out once even with
/// two app instances on one database; one that could not be sent is released to be tried again. A deadline already past
/// is not reminded.</summary>
public sealed class DeadlineReminders(AppDbContext db, EmailTemplates templates, IMailer mailer, TimeProvider clock, ILogger<DeadlineReminders> logger)
{
    public const int DaysBefore = 14;

    private sealed record Due(Guid DeadlineId, Guid GrantId, string Grant, string Label, LocalDate DueOn, Guid UserId, string? Email, string Culture, string TimeZoneId);

    public async Task<int> SendDueAsync(CancellationToken cancellationToken = default)
    {
        var now = Instant.FromDateTimeOffset(clock.GetUtcNow());
        // A day's margin on each side of the date line: each person's own date decides below.
        var (horizon, past) = (now.InUtc().Date.PlusDays(DaysBefore + 1), now.InUtc().Date.PlusDays(-1));
        var due = await db.DeadlineResponsibles.AsNoTracking()
            .Join(db.ReportingDeadlines, r => r.DeadlineId, d => d.Id, (r, d) => new { r, d })
            .Where(x => x.d.DueOn <= horizon && x.d.DueOn >= past
                        && !db.SentDeadlineReminders.Any(s => s.DeadlineId == x.d.Id && s.UserId == x.r.UserId))
            .Join(db.Grants, x => x.d.GrantId, g => g.Id, (x, g) => new Due(x.d.Id, g.Id, g.Title, x.d.Label, x.d.DueOn, x.r.UserId,
                x.r.User.Email, x.r.User.PreferredCulture, x.r.User.TimeZoneId))
            .ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var deadline in due.Where(d => !string.IsNullOrEmpty(d.Email)))
        {
            var today = now.InZone(TimeZones.GetOr(deadline.TimeZoneId, TimeZones.Quebec, logger)).Date;
            if (deadline.DueOn > today.PlusDays(DaysBefore) || deadline.DueOn < today) continue;
            var claim = new SentDeadlineReminder { DeadlineId = deadline.DeadlineId, UserId = deadline.UserId, ClaimedAt = now };
            if (await OnceOnly.SendAsync(db, claim, r => r.DeadlineId == deadline.DeadlineId && r.UserId == deadline.UserId, mailer,
                    () => Reminder(deadline), logger, "A grant's reporting deadline reminder could not be sent; it will be tried again.", cancellationToken))
                sent++;
        }
        return sent;
    }

    private OutgoingEmail Reminder(Due deadline) =>
        templates.Compose(deadline.Email!, deadline.Culture, t =>
        {
            var date = deadline.DueOn.ToString("d", System.Globalization.CultureInfo.CurrentCulture);
            return new EmailTemplates.Content(t["Report due on {0}: {1}", date, deadline.Label],
                [t["The report {0} of the grant {1} is due on {2}, and you are responsible for it.", deadline.Label, deadline.Grant, date],
                 t["The grant's page shows its budget, its expenses and where the co-funding stands."]],
                t["Open the grant"], templates.PublicUrl($"/funding/grants/{deadline.GrantId}"));
        });
}
