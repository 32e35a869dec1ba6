namespace Passerelles.Web.Features.Account;

/// <summary>Replaces the recovery codes: the old ones stop working and the new ones are shown once.</summary>
public sealed class RecoveryCodesModel(UserManager<AppUser> users) : PageModel
{
    public IReadOnlyList<string> Codes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        return await users.GetTwoFactorEnabledAsync(user) ? Page() : Redirect("/account/two-factor");
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        if (!await users.GetTwoFactorEnabledAsync(user)) return Redirect("/account/two-factor");
        Codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, EnableTwoFactorModel.RecoveryCodeCount))?.ToList() ?? [];
        return Page();
    }
}
