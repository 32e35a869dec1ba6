using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using NodaTime;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Features.Projects;

namespace Passerelles.BrowserTests;

public sealed class CoachingJourney(BrowserApp browser) : IClassFixture<BrowserApp>
{
    [BrowserFact]
    public async Task A_coach_logs_a_session_with_an_action_and_the_coaching_pages_are_accessible()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var espace = await browser.App.CreateOrganisationAsync($"L'Espace412 {tag}", Side.Quebec);
        await browser.App.CreateOrganisationAsync($"Tube à ESS'ai {tag}", Side.France);
        var email = $"coach-{tag}@test.passerelles.org";
        var coach = await browser.App.CreateUserAsync(email, "Julie Lacoste", culture: "fr-CA");
        await browser.App.AddMemberAsync(espace.Id, coach.Id, MemberRole.Coach);
        var projectId = await browser.App.WithDbAsync(async db =>
        {
            await StageModel.EnsureAsync(db, espace.Id);
            var stage = await db.IncubatorStages.Where(s => s.IncubatorId == espace.Id).OrderBy(s => s.Position).FirstAsync();
            var cohort = new Cohort { Programme = new Programme { IncubatorId = espace.Id, Name = "Parcours" }, Name = "Cohorte 2026", StartsOn = new LocalDate(2026, 1, 15), EndsOn = new LocalDate(2026, 12, 15) };
            db.Cohorts.Add(cohort);
            var project = Project.ApplyTo(espace.Id, "Cantine solidaire");
            project.AcceptInto(cohort, stage, Instant.FromUtc(2026, 3, 1, 12, 0), null);
            db.Projects.Add(project);
            await db.SaveChangesAsync();
            return project.Id;
        });

        var page = await browser.NewPageAsync("fr-CA");
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Courriel").FillAsync(email);
        await page.GetByLabel("Mot de passe").FillAsync(AppFactory.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await page.WaitForAddressAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));

        await page.GotoAsync($"/projects/{projectId}/coaching");
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Consigner une séance d'accompagnement" }).ClickAsync();
        await page.AssertAccessibleAsync();
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
        await page.AssertAccessibleAsync();

        foreach (var url in new[] { "/", "/coaching/hours", "/coaching/my-actions", $"/projects/{projectId}/sharing" })
        {
            await page.GotoAsync(url);
            await page.AssertAccessibleAsync();
        }
    }
}
