using Microsoft.Playwright;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.BrowserTests;

public sealed class IndicatorsJourney(BrowserApp browser) : IClassFixture<BrowserApp>
{
    [BrowserFact]
    public async Task A_coach_reads_the_indicators_of_their_incubator_for_a_year_and_a_wrong_period_is_refused_on_its_field()
    {
        var tag = NetworkSetup.NewTag();
        var espace = await browser.App.CreateOrganisationAsync($"L'Espace412 {tag}", Side.Quebec);
        var coach = await browser.App.MemberAsync(espace, MemberRole.Coach, "Julie Lacoste");
        var page = await browser.SignedInPageAsync(coach.Email!);

        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Indicateurs", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync($"Indicateurs de L'Espace412 {tag}");
        await page.GetByLabel("Année civile").SelectOptionAsync("2025");
        await page.Locator("form:has(#year) button").ClickAsync();
        await Assertions.Expect(page.Locator("#period")).ToContainTextAsync("Année civile 2025");
        await Assertions.Expect(page.Locator("tr[data-key='projects.accompanied'] .figure")).ToHaveTextAsync("0");

        await page.GetByLabel("Depuis").FillAsync("2025-05-01");
        await page.GetByLabel("Jusqu'au").FillAsync("2025-04-01");
        await page.Locator("form:has(#from) button").ClickAsync();
        await Assertions.Expect(page.Locator("#to-error")).ToHaveTextAsync("La fin de la période doit venir après son début.");
    }
}
