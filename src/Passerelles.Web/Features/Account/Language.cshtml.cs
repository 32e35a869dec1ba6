using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;

namespace Passerelles.Web.Features.Account;

/// <summary>The language switcher in the header posts here. The choice is kept in a cookie for visitors and on
/// the account for signed-in people.</summary>
[AllowAnonymous]
public sealed class LanguageModel(UserManager<AppUser> users, SignInManager<AppUser> signIn) : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync(string? culture, string? returnUrl)
    {
        var target = Url.IsLocalUrl(returnUrl) ? returnUrl! : "/";
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

    /// <summary>Keeps the language in a cookie, so it also applies after signing out.</summary>
    public static void RememberCulture(HttpResponse response, string culture) =>
        response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = response.HttpContext.Request.IsHttps });
}
