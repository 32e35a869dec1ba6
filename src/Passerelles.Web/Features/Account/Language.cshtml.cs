using Microsoft.AspNetCore.Localization;

namespace Passerelles.Web.Features.Account;

/// <summary>The language switcher in the header. A visitor's choice comes as a GET and is kept in a cookie only, so that
/// public pages hold no form needing an antiforgery token; a signed-in person's comes as a POST and is also kept on
/// their account. Either way the person is sent back to the page they were on, on this site only.</summary>
[AllowAnonymous]
public sealed class LanguageModel(UserManager<AppUser> users, SignInManager<AppUser> signIn) : PageModel
{
    public IActionResult OnGet(string? culture, string? returnUrl)
    {
        if (Cultures.IsSupported(culture)) RememberCulture(Response, Cultures.Normalise(culture!));
        return LocalRedirect(Target(returnUrl));
    }

    public async Task<IActionResult> OnPostAsync(string? culture, string? returnUrl)
    {
        var target = Target(returnUrl);
        if (!Cultures.IsSupported(culture)) return LocalRedirect(target);
        var chosen = Cultures.Normalise(culture!);

        RememberCulture(Response, chosen);

        if (await users.GetUserAsync(User) is { } user)
        {
            user.PreferredCulture = chosen;
            await users.UpdateAsync(user);
            await signIn.RefreshSignInAsync(user);
        }
        return LocalRedirect(target);
    }

    private string Target(string? returnUrl) => Url.IsLocalUrl(returnUrl) ? returnUrl! : "/";

    /// <summary>Keeps the language in a cookie, so it also applies after signing out.</summary>
    public static void RememberCulture(HttpResponse response, string culture) =>
        response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = response.HttpContext.Request.IsHttps });
}
