using System.Text;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.WebUtilities;

namespace Passerelles.Web.Features.Account;

/// <summary>The page the reset e-mail links to. A successful reset also lifts a lockout.</summary>
[AllowAnonymous]
[EnableRateLimiting(WebSecuritySetup.CredentialsRateLimit)]
public sealed class ResetPasswordModel(UserManager<AppUser> users, SignInThrottle throttle, IStringLocalizer<Text> t) : PageModel
{
    [BindProperty] public NewPasswordForm Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? Email { get; set; }
    [BindProperty(SupportsGet = true)] public string? Code { get; set; }
    public bool Done { get; private set; }

    public void OnGet()
    {
        if (string.IsNullOrEmpty(Email) || string.IsNullOrEmpty(Code)) ModelState.AddModelError("", t["This link is invalid or has expired."]);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();

        var user = Email is { Length: <= 256 } ? await users.FindByEmailAsync(Email) : null;
        if (user is null || DecodedToken() is not { } token)
        {
            ModelState.AddModelError("", t["This link is invalid or has expired."]);
            return Page();
        }

        var result = await users.ResetPasswordAsync(user, token, Input.NewPassword);
        if (!result.Succeeded)
        {
            ModelState.AddIdentityErrors(result, "Input.NewPassword");
            return Page();
        }
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        throttle.PasswordChanged(user.Email!);
        Done = true;
        return Page();
    }

    private string? DecodedToken()
    {
        try
        {
            return Code is { Length: > 0 and <= 2000 } ? Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(Code)) : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
