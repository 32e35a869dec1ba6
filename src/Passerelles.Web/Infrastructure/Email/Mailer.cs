using MimeKit;

namespace Passerelles.Web.Infrastructure.Email;

public sealed record OutgoingEmail(string To, string Subject, string TextBody, string HtmlBody)
{
    public IReadOnlyList<EmailAttachment> Attachments { get; init; } = [];
}

/// <summary>A file sent with a message. <paramref name="ContentType"/> may carry parameters, e.g.
/// <c>text/calendar; method=REQUEST; charset=utf-8</c> for an invitation.</summary>
public sealed record EmailAttachment(string FileName, string ContentType, byte[] Content);

/// <summary>Sends e-mail: over SMTP in production, into a local folder in development.</summary>
public interface IMailer
{
    Task SendAsync(OutgoingEmail email, CancellationToken cancellationToken = default);
}

public sealed class EmailOptions
{
    public string Delivery { get; set; } = "Smtp";
    public string From { get; set; } = "Passerelles <no-reply@passerelles.org>";
    public string PickupDirectory { get; set; } = "mail";
    public SmtpOptions Smtp { get; set; } = new();

    public sealed class SmtpOptions
    {
        public string Host { get; set; } = "localhost";
        public int Port { get; set; } = 25;
        public MailKit.Security.SecureSocketOptions Security { get; set; } = MailKit.Security.SecureSocketOptions.Auto;
        public string UserName { get; set; } = "";
        public string Password { get; set; } = "";
    }
}

internal static class MimeMessages
{
    public static MimeMessage Build(OutgoingEmail email, string from)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(MailboxAddress.Parse(email.To));
        // MimeKit encodes headers, so CR/LF typed into a subject cannot inject a header.
        message.Subject = email.Subject.ReplaceLineEndings(" ");
        var body = new BodyBuilder { TextBody = email.TextBody, HtmlBody = email.HtmlBody };
        foreach (var attachment in email.Attachments)
            body.Attachments.Add(attachment.FileName, attachment.Content, ContentType.Parse(attachment.ContentType));
        message.Body = body.ToMessageBody();
        return message;
    }
}
