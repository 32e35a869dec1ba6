using Microsoft.AspNetCore.RateLimiting;

namespace Passerelles.Web.Features.Account;

/// <summary>The second step of signing in with one of the recovery codes instead of the app; each code works once.</summary>
[AllowAnonymous]
[EnableRateLimiting(WebSecuritySetup.CredentialsRateLimit)]
public sealed class LoginWithRecoveryCodeModel(SignInManager<AppUser> signIn, IStringLocalizer<Text> t) : PageModel
{
    public sealed class Form
    {
        [Required]
        [StringLength(40)]
        [Display(Name = "Recovery code")]
        public string Code { get; set; } = "";
    }

    [BindProperty] public Form Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? Redirect("/account/login") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null) return Redirect("/account/login");
        if (!ModelState.IsValid) return Page();

        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(new string(Input.Code.Where(c => !char.IsWhiteSpace(c)).ToArray()));
        if (result.Succeeded) return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        if (result.IsLockedOut)
            ModelState.AddModelError("", t["Too many failed attempts: this account is locked for 15 minutes. You can reset your password meanwhile."]);
        else
            ModelState.AddModelError("Input.Code", t["This recovery code is not valid."]);
        return Page();
    }
}
