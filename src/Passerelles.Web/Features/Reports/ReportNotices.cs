namespace Passerelles.Web.Features.Reports;

/// <summary>Tells by e-mail, in each recipient's language (their organisation's when they have chosen none), those who
/// must act on a report: when it is submitted for review, the other administrators of the grant's beneficiaries; when
/// it is frozen, the funder's guests, who may now read it. Sent by the request that committed the step, after the
/// commit.</summary>
public sealed class ReportNotices(AppDbContext db, EmailTemplates templates, IMailer mailer, ILogger<ReportNotices> logger)
{
    private sealed record Recipient(Guid UserId, string Email, string Culture);

    public async Task SubmittedAsync(HttpRequest request, Report report, Guid submitterId)
    {
        var grant = report.Grant;
        Guid[] beneficiaries = grant.PartnerBeneficiaryId is { } partner ? [grant.BeneficiaryId, partner] : [grant.BeneficiaryId];
        var recipients = await RecipientsAsync(beneficiaries, MemberRole.OrganisationAdministrator);
        var submitter = await db.Users.Where(u => u.Id == submitterId).Select(u => u.DisplayName).SingleAsync();
        var title = report.Snapshot.Title;
        var link = templates.AbsoluteUrl(request, $"/reports/{report.Id}");
        foreach (var recipient in recipients.Where(r => r.UserId != submitterId))
            await SendAsync(recipient, t => new EmailTemplates.Content(
                t["Report to review: {0}", title.ForCurrentCulture()],
                [t["{0} submitted the report {1} of the grant {2} for review.", submitter, title.ForCurrentCulture(), grant.Title],
                 t["Read it, then mark it reviewed or send it back."]],
                t["Open the report"], link));
    }

    public async Task FrozenAsync(HttpRequest request, Report report)
    {
        var recipients = await RecipientsAsync([report.Grant.FunderId], MemberRole.PartnerGuest);
        var title = report.Snapshot.Title;
        var link = templates.AbsoluteUrl(request, $"/reports/{report.Id}");
        foreach (var recipient in recipients)
            await SendAsync(recipient, t => new EmailTemplates.Content(
                t["A report is available: {0}", title.ForCurrentCulture()],
                [t["The report {0} of the grant {1} is final and available to read.", title.ForCurrentCulture(), report.Grant.Title]],
                t["Open the report"], link));
    }

    private async Task<List<Recipient>> RecipientsAsync(IReadOnlyCollection<Guid> organisations, MemberRole role) =>
        (await db.Memberships.AsNoTracking().Where(m => organisations.Contains(m.OrganisationId) && m.Role == role)
            .Select(m => new Recipient(m.UserId, m.User.Email!, m.User.PreferredCulture != "" ? m.User.PreferredCulture : m.Organisation.DefaultCulture))
            .ToListAsync())
        .DistinctBy(r => r.UserId).ToList();

    private async Task SendAsync(Recipient recipient, Func<IStringLocalizer, EmailTemplates.Content> compose)
    {
        try
        {
            await mailer.SendAsync(templates.Compose(recipient.Email, recipient.Culture, compose));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "A notice of a report's workflow could not be sent to a recipient.");
        }
    }
}
