using System.Text;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.WebUtilities;

namespace Passerelles.Web.Features.Account;

/// <summary>Sends a password-reset link. The answer is the same whether or not the address has an account, so the
/// page cannot be used to find out who is registered.</summary>
[AllowAnonymous]
[EnableRateLimiting(WebSecuritySetup.CredentialsRateLimit)]
public sealed class ForgotPasswordModel(UserManager<AppUser> users, EmailTemplates templates, IMailer mailer) : PageModel
{
    [BindProperty] public EmailForm Input { get; set; } = new();
    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid) return Page();

        if (await users.FindByEmailAsync(Input.Email.Trim()) is { Email: { } email } user)
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
            var link = templates.AbsoluteUrl(Request, $"/account/reset-password?email={Uri.EscapeDataString(email)}&code={code}");
            var message = templates.Compose(email, user.PreferredCulture, t => new EmailTemplates.Content(
                t["Reset your Passerelles password"],
                [t["Hello {0},", user.DisplayName], t["Someone asked to reset the password of your Passerelles account. If it was you, follow the link below within 3 hours. Otherwise, ignore this message: your password stays the same."]],
                t["Choose a new password"],
                link));
            await mailer.SendAsync(message, cancellationToken);
        }
        Sent = true;
        return Page();
    }
}
