namespace Passerelles.Web.Features.Account;

/// <summary>Turns two-factor authentication off after a confirmation. The authenticator key is replaced, so turning
/// it back on means scanning a new key.</summary>
public sealed class DisableTwoFactorModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, IStringLocalizer<Text> t) : PageModel
{
    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        return await users.GetTwoFactorEnabledAsync(user) ? Page() : Redirect("/account/two-factor");
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        TempData["Notice"] = t["Two-factor authentication is off."].Value;
        return Redirect("/account/two-factor");
    }
}
