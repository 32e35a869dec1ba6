using Microsoft.AspNetCore.RateLimiting;

namespace Passerelles.Web.Features.Account;

/// <summary>The second step of signing in, after the password, for accounts with two-factor authentication.</summary>
[AllowAnonymous]
[EnableRateLimiting(WebSecuritySetup.CredentialsRateLimit)]
public sealed class LoginWithTwoFactorModel(SignInManager<AppUser> signIn, IStringLocalizer<Text> t) : PageModel
{
    public sealed class Form
    {
        [Required]
        [StringLength(10, ErrorMessage = "Enter the 6 digits shown by your app.")]
        [Display(Name = "Code from the app")]
        public string Code { get; set; } = "";

        [Display(Name = "Do not ask for a code again on this device")]
        public bool RememberMachine { get; set; }
    }

    [BindProperty] public Form Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    [BindProperty(SupportsGet = true)] public bool RememberMe { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? Redirect("/account/login") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null) return Redirect("/account/login");
        if (!ModelState.IsValid) return Page();

        var result = await signIn.TwoFactorAuthenticatorSignInAsync(TwoFactorCodes.Clean(Input.Code), RememberMe, Input.RememberMachine);
        if (result.Succeeded) return LocalRedirect(SafeReturnUrl);
        if (result.IsLockedOut)
            ModelState.AddModelError("", t["Too many failed attempts: this account is locked for 15 minutes. You can reset your password meanwhile."]);
        else
            ModelState.AddModelError("Input.Code", t["This code is not valid. Check the time on your phone and try the next code."]);
        return Page();
    }

    public string SafeReturnUrl => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/";
}
