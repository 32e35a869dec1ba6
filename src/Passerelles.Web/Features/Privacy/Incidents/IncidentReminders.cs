namespace Passerelles.Web.Features.Privacy.Incidents;

/// <summary>A claimed reminder of an incident's notification clock, one per incident and administrator, so that it goes
/// out once even with several app instances on one database.</summary>
public class SentIncidentReminder
{
    public Guid IncidentId { get; set; }
    public Guid UserId { get; set; }
    public Instant ClaimedAt { get; set; }
}

public sealed class SentIncidentReminderConfiguration : IEntityTypeConfiguration<SentIncidentReminder>
{
    public void Configure(EntityTypeBuilder<SentIncidentReminder> builder)
    {
        builder.HasKey(r => new { r.IncidentId, r.UserId });
        builder.HasOne<PrivacyIncident>().WithMany().HasForeignKey(r => r.IncidentId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>When the 72 hours of an incident on the France side have <see cref="HoursBefore"/> hours or less to run and
/// neither a notification to the CNIL nor the reason for not notifying is recorded, each administrator of the
/// organisation responsible is reminded once, in their language, with the deadline in their own time zone.</summary>
public sealed class IncidentReminders(AppDbContext db, EmailTemplates templates, IMailer mailer, TimeProvider clock, ILogger<IncidentReminders> logger)
{
    public const int HoursBefore = 24;

    private sealed record Due(Guid IncidentId, string Summary, Instant AwareAt, Guid UserId, string? Email, string Culture, string TimeZoneId);

    public async Task<int> SendDueAsync(CancellationToken cancellationToken = default)
    {
        var now = Instant.FromDateTimeOffset(clock.GetUtcNow());
        // Known between 72 and 48 hours ago: the clock has at most a day left and has not run out.
        var (earliest, latest) = (now - NotificationClock.GdprDelay, now - NotificationClock.GdprDelay + Duration.FromHours(HoursBefore));
        var due = await db.PrivacyIncidents.AsNoTracking()
            .Where(i => i.Controller.Side == Side.France && i.AwareAt > earliest && i.AwareAt <= latest
                        && i.AuthorityNotifiedAt == null && i.NotNotifiedReason == "")
            .Join(db.Memberships.Where(m => m.Role == MemberRole.OrganisationAdministrator), i => i.ControllerId, m => m.OrganisationId,
                (i, m) => new { i, m })
            .Where(x => !db.SentIncidentReminders.Any(s => s.IncidentId == x.i.Id && s.UserId == x.m.UserId))
            .Select(x => new Due(x.i.Id, x.i.Summary, x.i.AwareAt, x.m.UserId, x.m.User.Email, x.m.User.PreferredCulture, x.m.User.TimeZoneId))
            .ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var incident in due.Where(d => !string.IsNullOrEmpty(d.Email)))
        {
            var claim = new SentIncidentReminder { IncidentId = incident.IncidentId, UserId = incident.UserId, ClaimedAt = now };
            if (await OnceOnly.SendAsync(db, claim, r => r.IncidentId == incident.IncidentId && r.UserId == incident.UserId, mailer,
                    () => Reminder(incident), logger, "A privacy incident's notification reminder could not be sent; it will be tried again.", cancellationToken))
                sent++;
        }
        return sent;
    }

    private OutgoingEmail Reminder(Due incident) =>
        templates.Compose(incident.Email!, incident.Culture, t =>
        {
            var zone = TimeZones.GetOr(incident.TimeZoneId, TimeZones.France, logger);
            var deadline = ClockFormat.DateAndTime((incident.AwareAt + NotificationClock.GdprDelay).InZone(zone).LocalDateTime, CultureInfo.CurrentCulture);
            return new EmailTemplates.Content(t["Notify the CNIL by {0}: {1}", deadline, incident.Summary],
                [t["The 72 hours to notify the CNIL of the incident {0} end on {1}. Record the notification, or the reason for not notifying, on the incident's page.", incident.Summary, deadline]],
                t["Open the incident"], templates.PublicUrl($"/privacy/incidents/{incident.IncidentId}"));
        });
}
