using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Passerelles.BrowserTests;

public sealed class TimeZoneJourney(BrowserApp browser) : IClassFixture<BrowserApp>
{
    [BrowserFact]
    public async Task A_coach_travelling_to_Tokyo_sees_their_own_time_beside_Montreal_and_Paris()
    {
        await browser.App.CreateUserAsync("voyage@test.passerelles.org", "Camille Voyageur", culture: "fr-FR", timeZone: "Europe/Paris");
        var page = await browser.SignedInPageAsync("voyage@test.passerelles.org", "fr-FR");

        await page.GotoAsync("/account/preferences");
        await page.GetByLabel("Fuseau horaire").SelectOptionAsync("Asia/Tokyo");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToBeVisibleAsync();

        await page.GotoAsync("/");
        // 10 March 2026, 14:00 UTC on the test clock.
        await Assertions.Expect(page.Locator(".both-sides-time")).ToHaveTextAsync(new Regex("10:00 Montréal · 15:00 Paris · 23:00 Tokyo"));
    }
}
