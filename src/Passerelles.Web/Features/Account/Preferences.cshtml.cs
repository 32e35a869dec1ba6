namespace Passerelles.Web.Features.Account;

/// <summary>The person's name, language and time zone. They travel in the sign-in cookie, so saving refreshes it. Here
/// too the person may declare their gender, change it or take it back; only they see it.</summary>
public sealed class PreferencesModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, ViewerTime time, IStringLocalizer<Text> t)
    : PageModel
{
    public sealed class Form
    {
        [Required]
        [StringLength(120)]
        [Display(Name = "Your name")]
        public string DisplayName { get; set; } = "";

        [Required]
        [StringLength(10)]
        [Display(Name = "Language")]
        public string Culture { get; set; } = "";

        [Required]
        [StringLength(64)]
        [Display(Name = "Time zone")]
        public string TimeZoneId { get; set; } = "";
    }

    [BindProperty] public Form Input { get; set; } = new();

    /// <summary>Empty to withdraw the declaration; otherwise one of <see cref="Projects.SelfDeclaredGender"/>.</summary>
    [BindProperty] public string? Gender { get; set; }

    public Instant Now { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        Input = new Form
        {
            DisplayName = user.DisplayName,
            Culture = Cultures.IsSupported(user.PreferredCulture) ? Cultures.Normalise(user.PreferredCulture) : System.Globalization.CultureInfo.CurrentUICulture.Name,
            TimeZoneId = time.ZoneId,
        };
        Gender = user.Gender?.ToString() ?? "";
        Now = time.Now;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        var zone = TimeZones.Canonical(Input.TimeZoneId);
        if (ModelState.IsValid)
        {
            if (!Cultures.IsSupported(Input.Culture)) ModelState.AddModelError("Input.Culture", t["Choose one of the languages in the list."]);
            // America/Montreal and other aliases are accepted and stored under their canonical id.
            if (zone is null) ModelState.AddModelError("Input.TimeZoneId", t["Choose one of the time zones in the list."]);
        }
        if (!Projects.SelfDeclaredGenders.TryRead(Gender, out var gender)) ModelState.AddModelError(nameof(Gender), t["This value is not valid."]);
        if (!ModelState.IsValid)
        {
            Now = time.Now;
            return Page();
        }

        user.DisplayName = Input.DisplayName.Trim();
        user.PreferredCulture = Cultures.Normalise(Input.Culture);
        user.TimeZoneId = zone!;
        user.Gender = gender;
        var result = await users.UpdateAsync(user);
        if (!result.Succeeded)
        {
            ModelState.AddIdentityErrors(result, "");
            Now = time.Now;
            return Page();
        }
        LanguageModel.RememberCulture(Response, user.PreferredCulture);
        await signIn.RefreshSignInAsync(user);
        TempData["Notice"] = t["Your preferences have been saved."].Value;
        return Redirect("/account/preferences");
    }
}
