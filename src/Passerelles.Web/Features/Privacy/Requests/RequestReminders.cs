namespace Passerelles.Web.Features.Privacy.Requests;

/// <summary>Reminds the controller's privacy officer (or, when none is designated, its administrators) of an open
/// request 7 days before it is due, the day before, and once it is overdue: each step once per officer, even with
/// several app instances (<see cref="SentRequestReminder"/> claims), in the officer's language.</summary>
public sealed class RequestReminders(AppDbContext db, EmailTemplates templates, IMailer mailer, TimeProvider clock, ILogger<RequestReminders> logger)
{
    public const int Overdue = -1;

    private sealed record Due(Guid RequestId, PrivacyRequestKind Kind, string Controller, Side Side, LocalDate DueOn, int Step, Guid UserId, string? Email, string Culture);

    /// <summary>The reminder step a request has reached with <paramref name="daysLeft"/>: 7, 1, overdue, or none.</summary>
    public static int? StepFor(int daysLeft) => daysLeft switch
    {
        < 0 => Overdue,
        <= 1 => 1,
        <= 7 => 7,
        _ => null,
    };

    public async Task<int> SendDueAsync(CancellationToken cancellationToken = default)
    {
        var now = Instant.FromDateTimeOffset(clock.GetUtcNow());
        var horizon = now.InUtc().Date.PlusDays(8);
        var open = await db.PrivacyRequests.AsNoTracking().Where(r => r.Status == PrivacyRequestStatus.Open && r.DueOn <= horizon)
            .Select(r => new { r.Id, r.Kind, r.ControllerId, Controller = r.Controller.Name, r.Controller.Side, r.DueOn })
            .ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var request in open)
        {
            if (StepFor(RequestDeadline.DaysLeft(request.Side, request.DueOn, now)) is not { } step) continue;
            var officers = db.PrivacyOfficers.Where(o => o.OrganisationId == request.ControllerId).Select(o => o.UserId);
            var recipients = await db.Users.AsNoTracking()
                .Where(u => officers.Contains(u.Id) || !officers.Any() && u.Memberships.Any(m => m.OrganisationId == request.ControllerId && m.Role == MemberRole.OrganisationAdministrator))
                .Where(u => !db.SentRequestReminders.Any(s => s.RequestId == request.Id && s.UserId == u.Id && s.Step == step))
                .Select(u => new { u.Id, u.Email, u.PreferredCulture })
                .ToListAsync(cancellationToken);
            foreach (var user in recipients.Where(u => !string.IsNullOrEmpty(u.Email)))
            {
                var due = new Due(request.Id, request.Kind, request.Controller, request.Side, request.DueOn, step, user.Id, user.Email, user.PreferredCulture);
                var claim = new SentRequestReminder { RequestId = request.Id, UserId = user.Id, Step = step, ClaimedAt = now };
                if (await OnceOnly.SendAsync(db, claim, r => r.RequestId == request.Id && r.UserId == user.Id && r.Step == step, mailer,
                        () => Reminder(due), logger, "A privacy request's reminder could not be sent; it will be tried again.", cancellationToken))
                    sent++;
            }
        }
        return sent;
    }

    private OutgoingEmail Reminder(Due due) =>
        templates.Compose(due.Email!, due.Culture, t =>
        {
            var day = due.DueOn.ToString("D", CultureInfo.CurrentCulture);
            var kind = t[RequestMail.KindText(due.Kind)];
            var subject = due.Step == Overdue
                ? t["Overdue privacy request ({0}) at {1}: it was due on {2}", kind, due.Controller, day]
                : t["Privacy request ({0}) at {1} due on {2}", kind, due.Controller, day];
            return new EmailTemplates.Content(subject,
                [t["Answer the request, or record the extension the law allows with its reason, on the request's page."]],
                t["Open the request"], templates.PublicUrl($"/privacy/requests/{due.RequestId}"));
        });
}
