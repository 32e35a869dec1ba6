using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Passerelles.Web.Infrastructure.Localisation;
using Passerelles.Web.Infrastructure.Security;

namespace Passerelles.Web.Features.Account;

[AllowAnonymous]
[EnableRateLimiting(WebSecuritySetup.CredentialsRateLimit)]
public sealed class LoginModel(SignInManager<AppUser> signIn, IStringLocalizer<Text> t) : PageModel
{
    public sealed class Form
    {
        [Required(ErrorMessage = "This field is required.")]
        [EmailAddress(ErrorMessage = "This e-mail address is not valid.")]
        [StringLength(256, ErrorMessage = "This field is too long.")]
        [Display(Name = "E-mail address")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "This field is required.")]
        [StringLength(200, ErrorMessage = "This field is too long.")]
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

        var result = await signIn.PasswordSignInAsync(Input.Email.Trim(), Input.Password, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded) return LocalRedirect(SafeReturnUrl);
        if (result.RequiresTwoFactor)
            return RedirectToPage("/Account/LoginWithTwoFactor", new { ReturnUrl = SafeReturnUrl, Input.RememberMe });
        ModelState.AddModelError("", result.IsLockedOut
            ? t["Too many failed attempts: this account is locked for 15 minutes. You can reset your password meanwhile."]
            : t["The e-mail address or the password is incorrect."]);
        return Page();
    }

    private string SafeReturnUrl => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/";
}
