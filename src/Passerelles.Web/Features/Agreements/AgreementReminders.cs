
namespace Passerelles.Web.Features.Agreements;

/// <summary>Sends the follow-up reminders of signed agreements by e-mail: a commitment (or one occurrence of a recurring
/// one) coming due within <see cref="DaysBefore"/> days, the same occurrence once it is overdue, and the notice date
/// before the end of a term. A commitment's reminders go to the person named for it, else to its party's
/// administrators; a notice goes to the administrators of every party. Each reminder is claimed by inserting its
/// <see cref="SentAgreementReminder"/> row before the e-mail goes, so it goes out once even with two app instances on
/// one database. "Today" is the recipient's own date, in their time zone.</summary>
public sealed class AgreementReminders(AppDbContext db, EmailTemplates templates, IMailer mailer, TimeProvider clock, IConfiguration configuration,
    ILogger<AgreementReminders> logger)
{
    public const int DefaultDaysBefore = 7;

    public int DaysBefore => Math.Clamp(configuration.GetValue("Agreements:ReminderDaysBefore", DefaultDaysBefore), 0, 365);

    /// <summary>Someone a reminder goes to; <see cref="Side"/> is their organisation's, whose zone stands in for theirs when it is unknown.</summary>
    private sealed record Recipient(Guid UserId, string Email, string Culture, string TimeZoneId, Side Side);

    public async Task<int> SendDueAsync(CancellationToken cancellationToken = default)
    {
        var now = Instant.FromDateTimeOffset(clock.GetUtcNow());
        var agreements = await db.Agreements.AsNoTracking().Where(a => a.Status == AgreementStatus.Signed)
            .Include(a => a.Parties).ThenInclude(p => p.Organisation).AsSplitQuery().ToListAsync(cancellationToken);
        if (agreements.Count == 0) return 0;
        var ids = agreements.Select(a => a.Id).ToList();
        var organisations = agreements.SelectMany(a => a.Parties).Select(p => p.OrganisationId).Distinct().ToList();
        var administrators = (await db.Memberships.AsNoTracking()
                .Where(m => organisations.Contains(m.OrganisationId) && m.Role == MemberRole.OrganisationAdministrator && m.User.Email != null)
                .Select(m => new { m.OrganisationId, m.UserId, m.User.Email, m.User.PreferredCulture, m.User.TimeZoneId, m.Organisation.Side }).ToListAsync(cancellationToken))
            .ToLookup(m => m.OrganisationId, m => new Recipient(m.UserId, m.Email!, m.PreferredCulture, m.TimeZoneId, m.Side));
        var commitments = await db.Commitments.AsNoTracking().Where(c => ids.Contains(c.AgreementId))
            .Include(c => c.Completions).Include(c => c.Person).ToListAsync(cancellationToken);

        var sent = 0;
        foreach (var commitment in commitments)
        {
            var agreement = agreements.Single(a => a.Id == commitment.AgreementId);
            var party = agreement.Parties.Single(p => p.Id == commitment.PartyId);
            IEnumerable<Recipient> recipients = commitment.Person is { Email: { Length: > 0 } email } person
                ? [new Recipient(person.Id, email, person.PreferredCulture, person.TimeZoneId, party.Organisation.Side)]
                : administrators[party.OrganisationId];
            foreach (var recipient in recipients)
            {
                var today = now.InZone(Zone(recipient)).Date;
                if (agreement.StatusOn(today) == AgreementStatus.Expired) continue;
                foreach (var due in commitment.RelevantOccurrences(today).Where(d => !commitment.IsDone(d) && d <= today.PlusDays(DaysBefore)))
                {
                    var kind = due < today ? SentAgreementReminder.Overdue : SentAgreementReminder.DueSoon;
                    if (await SendOnceAsync(kind, commitment.Id, due, recipient, now,
                            () => CommitmentEmail(recipient, agreement, party, commitment, due, kind), cancellationToken))
                        sent++;
                }
            }
        }

        foreach (var agreement in agreements.Where(a => a.ExpiresOn is not null))
        foreach (var recipient in agreement.Parties.SelectMany(p => administrators[p.OrganisationId]).DistinctBy(r => r.UserId))
        {
            var today = now.InZone(Zone(recipient)).Date;
            if (agreement.TermEndsOn(today) is not { } end || end < today || agreement.NoticeOn(today) is not { } notice || notice > today) continue;
            if (await SendOnceAsync(SentAgreementReminder.ExpiryNotice, agreement.Id, end, recipient, now,
                    () => NoticeEmail(recipient, agreement, end, notice), cancellationToken))
                sent++;
        }
        return sent;
    }

    private async Task<bool> SendOnceAsync(string kind, Guid subjectId, LocalDate onDate, Recipient recipient, Instant now, Func<OutgoingEmail> compose,
        CancellationToken cancellationToken)
    {
        var userId = recipient.UserId;
        if (await db.SentAgreementReminders.AsNoTracking().AnyAsync(r => r.Kind == kind && r.SubjectId == subjectId && r.OnDate == onDate && r.UserId == userId, cancellationToken))
            return false;
        var claim = new SentAgreementReminder { Kind = kind, SubjectId = subjectId, OnDate = onDate, UserId = userId, ClaimedAt = now };
        return await OnceOnly.SendAsync(db, claim, r => r.Kind == kind && r.SubjectId == subjectId && r.OnDate == onDate && r.UserId == userId,
            mailer, compose, logger, "An agreement reminder could not be sent; it will be tried again.", cancellationToken);
    }

    private OutgoingEmail CommitmentEmail(Recipient recipient, Agreement agreement, AgreementParty party, Commitment commitment, LocalDate due, string kind) =>
        templates.Compose(recipient.Email, recipient.Culture, t =>
        {
            var date = due.ToString("d", System.Globalization.CultureInfo.CurrentCulture);
            var paragraphs = new List<string>
            {
                kind == SentAgreementReminder.Overdue
                    ? t["A commitment of {0} under the agreement {1} was due on {2} and is not marked as done.", party.Organisation.Name, agreement.Title, date]
                    : t["A commitment of {0} under the agreement {1} is due on {2}.", party.Organisation.Name, agreement.Title, date],
                commitment.What,
            };
            if (commitment.Indicator.Length > 0)
                paragraphs.Add(t["Indicator: {0}", commitment.Indicator] + (commitment.Target.Length > 0 ? " — " + t["target: {0}", commitment.Target] : ""));
            paragraphs.Add(t["Once it is done, mark it as done on the agreement's commitments page."]);
            var subject = kind == SentAgreementReminder.Overdue ? t["Overdue commitment: {0}", Short(commitment.What)] : t["Commitment due on {0}: {1}", date, Short(commitment.What)];
            return new EmailTemplates.Content(subject, paragraphs, t["Open the commitments"], templates.PublicUrl($"/agreements/{agreement.Id}/commitments"));
        });

    private OutgoingEmail NoticeEmail(Recipient recipient, Agreement agreement, LocalDate end, LocalDate notice) =>
        templates.Compose(recipient.Email, recipient.Culture, t =>
        {
            var culture = System.Globalization.CultureInfo.CurrentCulture;
            var paragraphs = new List<string>
            {
                agreement.Renewal == RenewalMode.RenewsTacitly
                    ? t["The agreement {0} renews itself on {1} for {2} months unless a party gives notice by {3}.", agreement.Title, end.ToString("d", culture), agreement.RenewalMonths ?? 0, notice.ToString("d", culture)]
                    : t["The agreement {0} expires on {1}. The notice date is {2}.", agreement.Title, end.ToString("d", culture), notice.ToString("d", culture)],
                t["Decide with the other parties whether to renew, amend or end it."],
            };
            return new EmailTemplates.Content(t["Notice date for the agreement {0}", agreement.Title], paragraphs,
                t["Open the status of the agreement"], templates.PublicUrl($"/agreements/{agreement.Id}/status"));
        });

    private static string Short(string text) => text.Length <= 80 ? text : text[..77] + "…";

    private DateTimeZone Zone(Recipient recipient) => TimeZones.GetOr(recipient.TimeZoneId, recipient.Side.TimeZoneId(), logger);
}
