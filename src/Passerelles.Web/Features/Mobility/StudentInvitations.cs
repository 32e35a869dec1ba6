namespace Passerelles.Web.Features.Mobility;

/// <summary>The e-mail of an invitation to apply, in the invitation's language, with its single-use link.</summary>
public sealed class StudentInvitations(EmailTemplates templates, IMailer mailer, ViewerTime time)
{
    public const string AcceptPath = "/mobility/invitation";

    /// <summary>Sends <paramref name="token"/>'s link for <paramref name="invitation"/> (with its sending organisation, call
    /// and offer loaded).</summary>
    public Task SendAsync(HttpRequest request, StudentInvitation invitation, string token, string inviter)
    {
        var link = templates.AbsoluteUrl(request, AcceptPath + "?token=" + Uri.EscapeDataString(token));
        var sending = invitation.SendingOrganisation;
        var target = invitation.Offer?.Title ?? invitation.Call.Title;
        return mailer.SendAsync(templates.Compose(invitation.Email, invitation.Culture, m => new EmailTemplates.Content(
            m["Invitation to apply to {0}", target],
            [
                m["Hello {0},", invitation.Name],
                invitation.Offer is null
                    ? m["{0} invites you to apply to an internship of the call {1}, sent by {2}.", inviter, target, sending.Name]
                    : m["{0} invites you to apply to the internship {1}, sent by {2}.", inviter, target, sending.Name],
                m["This invitation is valid until {0} ({1} time).", time.DateTime(invitation.ExpiresAt, sending.TimeZoneId), TimeZones.PlaceName(sending.TimeZoneId)],
                m["If you did not expect this e-mail, you can ignore it."],
            ],
            m["Accept the invitation"], link)), request.HttpContext.RequestAborted);
    }
}
