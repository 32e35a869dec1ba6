namespace Passerelles.Web.Features.Privacy.Requests;

/// <summary>The e-mails to the person at each step where they must act or learn something: the request received, their
/// identity to confirm, the answer (with the package's link for access and portability). In the person's language:
/// their account's, else the first of their working languages, else that of the controller's side.</summary>
public sealed class RequestMail(AppDbContext db, EmailTemplates templates, IMailer mailer)
{
    private sealed record Recipient(string Email, string Culture, string Controller, Side Side, PrivacyRequestKind Kind, LocalDate DueOn);

    public Task ReceivedAsync(Guid requestId, CancellationToken cancellationToken = default) => SendAsync(requestId, (r, t) => new(
        t["Your privacy request was received"],
        [t["{0} received your request ({1}). It will answer by {2}.", r.Controller, t[KindText(r.Kind)], Day(r.DueOn)]],
        t["Follow your requests"], templates.PublicUrl("/me/privacy/requests")), cancellationToken);

    public Task IdentityToConfirmAsync(Guid requestId, CancellationToken cancellationToken = default) => SendAsync(requestId, (r, t) => new(
        t["Confirm your identity for your privacy request"],
        [t["{0} received your request ({1}) by mail. Before answering, it must check that you are the person concerned: reply to its privacy officer with a way to confirm your identity.", r.Controller, t[KindText(r.Kind)]]]), cancellationToken);

    public Task AnsweredAsync(Guid requestId, string? packageLink, CancellationToken cancellationToken = default) => SendAsync(requestId, (r, t) => packageLink is null
        ? new(t["Your privacy request was answered"], [t["{0} answered your request ({1}). Read the answer in your account.", r.Controller, t[KindText(r.Kind)]]],
            t["Follow your requests"], templates.PublicUrl("/me/privacy/requests"))
        : new(t["Your personal data are ready to download"],
            [t["{0} answered your request ({1}): the package of your personal data (JSON and PDF) can be downloaded once, within {2} days.", r.Controller, t[KindText(r.Kind)], PackageLink.LifetimeDays]],
            t["Download your data"], templates.PublicUrl(packageLink)), cancellationToken);

    public static string KindText(PrivacyRequestKind kind) => kind switch
    {
        PrivacyRequestKind.Access => "right of access",
        PrivacyRequestKind.Rectification => "right to rectification",
        PrivacyRequestKind.Erasure => "right to erasure",
        PrivacyRequestKind.Portability => "right to data portability",
        _ => "right to object",
    };

    private static string Day(LocalDate date) => date.ToString("D", CultureInfo.CurrentCulture);

    private async Task SendAsync(Guid requestId, Func<Recipient, IStringLocalizer, EmailTemplates.Content> compose, CancellationToken cancellationToken)
    {
        var request = await db.PrivacyRequests.AsNoTracking().Where(r => r.Id == requestId)
            .Select(r => new
            {
                r.Person.Email, r.Person.Languages, r.Person.UserId, Controller = r.Controller.Name, r.Controller.Side, r.Kind, r.DueOn,
                Account = db.Users.Where(u => u.Id == r.Person.UserId).Select(u => new { u.Email, u.PreferredCulture }).FirstOrDefault(),
            })
            .SingleAsync(cancellationToken);
        var email = request.Account?.Email is { Length: > 0 } own ? own : request.Email;
        if (email == "") return;
        var culture = request.Account?.PreferredCulture is { Length: > 0 } chosen ? chosen
            : request.Languages.Split(',', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(Cultures.IsSupported)
              ?? (request.Side == Side.Quebec ? Cultures.QuebecFrench : Cultures.FranceFrench);
        var recipient = new Recipient(email, culture, request.Controller, request.Side, request.Kind, request.DueOn);
        await mailer.SendAsync(templates.Compose(email, culture, t => compose(recipient, t)), cancellationToken);
    }
}
