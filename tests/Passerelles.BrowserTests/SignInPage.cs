using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Passerelles.BrowserTests;

/// <summary>The sign-in page, in any language: a person signs in and lands on their home page.</summary>
public sealed partial class SignInPage(IPage page)
{
    public async Task SignInAsync(string email, string password = AppFactory.Password)
    {
        await page.GotoAsync("/account/login");
        await page.Locator("input[name='Input.Email']").FillAsync(email);
        await page.Locator("input[name='Input.Password']").FillAsync(password);
        await page.Locator("main form button[type=submit]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(Home());
    }

    [GeneratedRegex("^https?://[^/]+/$")]
    private static partial Regex Home();
}
