using Microsoft.Playwright;

namespace Passerelles.BrowserTests;

public sealed class LanguageJourney(BrowserApp browser) : IClassFixture<BrowserApp>
{
    [BrowserFact]
    public async Task A_visitor_switches_between_the_three_languages()
    {
        var page = await browser.NewPageAsync("fr-FR");
        await page.GotoAsync("/account/login");
        await Assertions.Expect(page.GetByLabel("Adresse e-mail")).ToBeVisibleAsync();

        await page.GetByLabel("Langue").SelectOptionAsync("fr-CA");
        await page.GetByRole(AriaRole.Button, new() { Name = "Changer de langue" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Courriel")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        await page.GetByLabel("Langue").SelectOptionAsync("en");
        await page.GetByRole(AriaRole.Button, new() { Name = "Changer de langue" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await page.AssertAccessibleAsync();
    }

    [BrowserFact]
    public async Task The_dashboard_shows_the_time_on_both_sides_in_the_persons_language()
    {
        await browser.App.CreateUserAsync("horloge@test.passerelles.org", "Horloge", culture: "fr-CA");
        var page = await browser.NewPageAsync("fr-CA");
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Courriel").FillAsync("horloge@test.passerelles.org");
        await page.GetByLabel("Mot de passe").FillAsync(AppFactory.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();

        // The test clock stands on 10 March 2026, 14:00 UTC: North America is on summer time, Europe not yet.
        await Assertions.Expect(page.Locator(".both-sides-time")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"10\sh Montréal · 15\sh Paris"));
        await page.AssertAccessibleAsync();
    }
}
