using Microsoft.AspNetCore.RateLimiting;

namespace Passerelles.Web.Features.Account;

/// <summary>Creates the first network administrator of a new installation. Once anyone has an account, the page
/// no longer exists.</summary>
[AllowAnonymous]
[EnableRateLimiting(WebSecuritySetup.CredentialsRateLimit)]
public sealed class SetupModel(
    FirstAdministratorSetup setup, AppDbContext db, UserManager<AppUser> users, SignInManager<AppUser> signIn, IStringLocalizer<Text> t)
    : PageModel
{
    public sealed class Form : NewAccountForm
    {
        [Required]
        [EmailAddress(ErrorMessage = "This e-mail address is not valid.")]
        [StringLength(256)]
        [Display(Name = "E-mail address")]
        public string Email { get; set; } = "";

        [Required]
        [StringLength(10)]
        [Display(Name = "Language")]
        public string Culture { get; set; } = "";
    }

    [BindProperty] public Form Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await setup.IsNeededAsync(db)) return NotFound();
        Input.Culture = System.Globalization.CultureInfo.CurrentUICulture.Name;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await setup.IsNeededAsync(db)) return NotFound();
        if (ModelState.IsValid && !Cultures.IsSupported(Input.Culture)) ModelState.AddModelError("Input.Culture", t["Choose one of the languages in the list."]);
        if (!ModelState.IsValid) return Page();

        var administrator = new AppUser
        {
            UserName = Input.Email.Trim(),
            Email = Input.Email.Trim(),
            EmailConfirmed = true,
            DisplayName = Input.DisplayName.Trim(),
            IsNetworkAdministrator = true,
            PreferredCulture = Cultures.Normalise(Input.Culture),
        };
        var result = await users.CreateAsync(administrator, Input.Password);
        if (!result.Succeeded)
        {
            ModelState.AddIdentityErrors(result, "Input.Password", "Input.Email");
            return Page();
        }
        await signIn.SignInAsync(administrator, isPersistent: false);
        TempData["Notice"] = t["Passerelles is ready. You are its first network administrator."].Value;
        return Redirect("/");
    }
}
