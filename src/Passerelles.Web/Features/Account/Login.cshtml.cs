using Microsoft.AspNetCore.RateLimiting;

namespace Passerelles.Web.Features.Account;

[AllowAnonymous]
[EnableRateLimiting(WebSecuritySetup.CredentialsRateLimit)]
public sealed class LoginModel(SignInManager<AppUser> signIn, SignInThrottle throttle, IStringLocalizer<Text> t) : PageModel
{
    public sealed class Form : EmailForm
    {
        [Required]
        [StringLength(200)]
        [DataType(DataType.Password)]
        [Display(Name = "Password")]
        public string Password { get; set; } = "";

        [Display(Name = "Keep me signed in on this device")]
        public bool RememberMe { get; set; }
    }

    [BindProperty] public Form Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();

        var email = Input.Email.Trim();
        var client = HttpContext.Connection.RemoteIpAddress?.ToString();
        if (throttle.IsPaused(client, email)) return Refused(Paused);

        // Failures pause this address from this client only (see SignInThrottle), not the account for everyone.
        var result = await signIn.PasswordSignInAsync(email, Input.Password, Input.RememberMe, lockoutOnFailure: false);
        if (result.Succeeded || result.RequiresTwoFactor) throttle.Succeeded(client, email);
        if (result.Succeeded) return LocalRedirect(SafeReturnUrl);
        if (result.RequiresTwoFactor)
            return RedirectToPage("/Account/LoginWithTwoFactor", new { ReturnUrl = SafeReturnUrl, Input.RememberMe });
        // An account locked by failed two-factor codes gets the same answer as a paused pair: nothing tells it exists.
        if (result.IsLockedOut) return Refused(Paused);
        return Refused(throttle.Failed(client, email) ? Paused : "The e-mail address or the password is incorrect.");
    }

    private const string Paused =
        "Too many failed attempts: signing in with this address from here is paused for 15 minutes. You can reset your password meanwhile.";

    private PageResult Refused(string message)
    {
        ModelState.AddModelError("", t[message]);
        return Page();
    }

    private string SafeReturnUrl => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/";
}
