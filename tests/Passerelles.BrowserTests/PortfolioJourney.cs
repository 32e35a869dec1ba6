using Microsoft.Playwright;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.BrowserTests;

public sealed class PortfolioJourney(BrowserApp browser) : IClassFixture<BrowserApp>
{
    [BrowserFact]
    public async Task A_coach_finds_a_project_as_they_type_without_accents_and_narrows_it_by_stage()
    {
        var tag = NetworkSetup.NewTag();
        var espace = await browser.App.CreateOrganisationAsync($"L'Espace412 {tag}");
        await browser.App.ProjectsInCohortAsync(espace.Id, $"Coopérative de solidarité des élèves {tag}", $"Friperie mobile {tag}");
        var coach = await browser.App.MemberAsync(espace, MemberRole.Coach, $"Marie Gagnon {tag}");
        var page = await browser.SignedInPageAsync(coach.Email!);

        await page.GotoAsync("/projects");
        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Mots" }).PressSequentiallyAsync($"cooperative eleves {tag}");

        await page.WaitForResultsAsync($"cooperative eleves {tag}");
        var rows = page.Locator("#results table.projects tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows).ToContainTextAsync($"Coopérative de solidarité des élèves {tag}");
        await page.AssertAccessibleAsync();

        await page.GetByLabel("Étape", new() { Exact = true }).SelectOptionAsync("Launch");
        await Assertions.Expect(page.Locator("#results .empty")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
    }
}
