using Microsoft.Playwright;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.BrowserTests;

public sealed class CoachingJourney(BrowserApp browser) : IClassFixture<BrowserApp>
{
    [BrowserFact]
    public async Task A_coach_logs_a_session_with_an_action_and_the_coaching_pages_are_accessible()
    {
        var tag = NetworkSetup.NewTag();
        var espace = await browser.App.CreateOrganisationAsync($"L'Espace412 {tag}", Side.Quebec);
        await browser.App.CreateOrganisationAsync($"Tube à ESS'ai {tag}", Side.France);
        var coach = await browser.App.MemberAsync(espace, MemberRole.Coach, "Julie Lacoste");
        var projectId = (await browser.App.ProjectsInCohortAsync(espace.Id, "Cantine solidaire")).Single();
        var page = await browser.SignedInPageAsync(coach.Email!);

        await page.GotoAsync($"/projects/{projectId}/coaching");
        await page.GetByRole(AriaRole.Link, new() { Name = "Consigner une séance d'accompagnement" }).ClickAsync();
        await page.GetByLabel("Date", new() { Exact = true }).FillAsync("2026-03-03");
        await page.GetByLabel("Heure locale").FillAsync("10:00");
        await page.GetByLabel("Durée (minutes)").FillAsync("90");
        await page.GetByLabel("Sujets abordés").FillAsync("Modèle économique");
        await page.Locator("#action-0-description").FillAsync("Écrire le budget prévisionnel");
        await page.Locator("#action-0-owner").SelectOptionAsync(new SelectOptionValue { Label = "Julie Lacoste" });
        await page.Locator("#action-0-due").FillAsync("2026-03-31");
        await page.GetByRole(AriaRole.Button, new() { Name = "Consigner la séance" }).ClickAsync();

        await Assertions.Expect(page.Locator(".session")).ToContainTextAsync("Modèle économique");
        await Assertions.Expect(page.Locator(".total-hours")).ToContainTextAsync("1,5");

        foreach (var url in new[] { "/", "/coaching/hours", "/coaching/my-actions", $"/projects/{projectId}/sharing" }) await page.GotoAsync(url);
    }
}
