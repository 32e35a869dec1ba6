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

        await page.GetByLabel("Langue").SelectOptionAsync("en");
        await page.GetByRole(AriaRole.Button, new() { Name = "Changer de langue" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
    }

    [BrowserFact]
    public Task A_visitor_switches_language_on_a_public_page_and_stays_on_it() => SwitchOnAPublicPage(javaScript: true);

    [BrowserFact]
    public Task A_visitor_without_javascript_switches_language_on_a_public_page_and_stays_on_it() => SwitchOnAPublicPage(javaScript: false);

    private async Task SwitchOnAPublicPage(bool javaScript)
    {
        var page = await browser.NewPageAsync("fr-FR", javaScript);
        await page.GotoAsync("/directory?q=tiers-lieu");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "fr-FR");

        await page.GetByLabel("Langue").SelectOptionAsync("en");
        await page.GetByRole(AriaRole.Button, new() { Name = "Changer de langue" }).ClickAsync();

        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        Assert.EndsWith("/directory?q=tiers-lieu", page.Url);
        await Assertions.Expect(page.GetByLabel("Language")).ToHaveValueAsync("en");
    }

    [BrowserFact]
    public async Task The_dashboard_shows_the_time_on_both_sides_in_the_persons_language()
    {
        await browser.App.CreateUserAsync("horloge@test.passerelles.org", "Horloge", culture: "fr-CA");
        var page = await browser.SignedInPageAsync("horloge@test.passerelles.org");

        // The test clock stands on 10 March 2026, 14:00 UTC: North America is on summer time, Europe not yet.
        await Assertions.Expect(page.Locator(".both-sides-time")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"10\sh Montréal · 15\sh Paris"));
    }
}
