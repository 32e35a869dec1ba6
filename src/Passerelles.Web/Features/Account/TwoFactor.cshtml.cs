namespace Passerelles.Web.Features.Account;

/// <summary>Where a person sees whether their account asks for an authenticator code, and turns it on or off.</summary>
public sealed class TwoFactorModel(UserManager<AppUser> users) : PageModel
{
    public bool Enabled { get; private set; }
    public int RecoveryCodesLeft { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        Enabled = await users.GetTwoFactorEnabledAsync(user);
        if (Enabled) RecoveryCodesLeft = await users.CountRecoveryCodesAsync(user);
        return Page();
    }
}
