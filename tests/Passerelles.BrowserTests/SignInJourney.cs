using Microsoft.Playwright;

namespace Passerelles.BrowserTests;

public sealed class SignInJourney(BrowserApp browser) : IClassFixture<BrowserApp>
{
    [BrowserFact]
    public async Task A_coordinator_signs_in_sees_the_dashboard_and_signs_out()
    {
        await browser.App.CreateUserAsync("coordination@test.passerelles.org", "Louise Coordination", culture: "fr-CA");
        var page = await browser.NewPageAsync("fr-CA");

        await page.GotoAsync("/");
        await page.GetByLabel("Courriel").FillAsync("coordination@test.passerelles.org");
        await page.GetByLabel("Mot de passe").FillAsync(AppFactory.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Louise Coordination");

        await page.GetByRole(AriaRole.Button, new() { Name = "Se déconnecter" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login"));
    }
}
