using Microsoft.AspNetCore.RateLimiting;

namespace Passerelles.Web.Features.Account;

[EnableRateLimiting(WebSecuritySetup.CredentialsRateLimit)]
public sealed class ChangePasswordModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, IStringLocalizer<Text> t) : PageModel
{
    public sealed class Form : NewPasswordForm
    {
        [Required]
        [StringLength(200)]
        [DataType(DataType.Password)]
        [Display(Name = "Current password")]
        public string CurrentPassword { get; set; } = "";
    }

    [BindProperty] public Form Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        if (!ModelState.IsValid) return Page();

        var result = await users.ChangePasswordAsync(user, Input.CurrentPassword, Input.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors.Where(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)))
                ModelState.AddModelError("Input.CurrentPassword", error.Description);
            ModelState.AddIdentityErrors(
                IdentityResult.Failed(result.Errors.Where(e => e.Code != nameof(IdentityErrorDescriber.PasswordMismatch)).ToArray()),
                "Input.NewPassword");
            return Page();
        }
        // The password change renews the security stamp: refresh so this browser stays signed in.
        await signIn.RefreshSignInAsync(user);
        TempData["Notice"] = t["Your password has been changed."].Value;
        return Redirect("/account/preferences");
    }
}
