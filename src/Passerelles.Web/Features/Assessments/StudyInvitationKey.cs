using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Passerelles.Web.Features.Assessments;

/// <summary>The key that an invitation to a territory study carries in its e-mail, and only there: it proves that whoever
/// follows the link received the message sent to the invited address, so that a person without an account may create
/// one with that address. The invitation's id alone does not, since those who run the study see it.</summary>
public static class StudyInvitationKey
{
    /// <summary>How long a link lets its reader create an account; sending the invitation again gives a fresh one.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(30);

    private const string Purpose = "Passerelles.Assessments.StudyInvitation";

    public static string For(IDataProtectionProvider protection, AssessmentInvitation invitation) =>
        protection.CreateProtector(Purpose).ToTimeLimitedDataProtector().Protect(Payload(invitation), Lifetime);

    public static bool Opens(IDataProtectionProvider protection, string? key, AssessmentInvitation invitation)
    {
        if (key is not { Length: > 0 and <= 1000 }) return false;
        try
        {
            return protection.CreateProtector(Purpose).ToTimeLimitedDataProtector().Unprotect(key) == Payload(invitation);
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    private static string Payload(AssessmentInvitation invitation) => $"{invitation.Id:N} {invitation.Email.ToUpperInvariant()}";
}
