using Microsoft.Playwright;
using NodaTime;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Features.Projects;

namespace Passerelles.BrowserTests;

public sealed class PortfolioJourney(BrowserApp browser) : IClassFixture<BrowserApp>
{
    [BrowserFact]
    public async Task A_coach_finds_a_project_as_they_type_without_accents_and_narrows_it_by_stage()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var espace = await browser.App.CreateOrganisationAsync($"L'Espace412 {tag}");
        await browser.App.WithDbAsync(async db =>
        {
            await StageModel.EnsureAsync(db, espace.Id);
            var first = db.IncubatorStages.Where(s => s.IncubatorId == espace.Id).OrderBy(s => s.Position).First();
            var cohort = new Cohort
            {
                Programme = new Programme { IncubatorId = espace.Id, Name = $"Parcours {tag}" },
                Name = "Cohorte automne", StartsOn = new LocalDate(2025, 9, 1), EndsOn = new LocalDate(2026, 6, 30),
            };
            foreach (var name in new[] { $"Coopérative de solidarité des élèves {tag}", $"Friperie mobile {tag}" })
            {
                var project = Project.ApplyTo(espace.Id, name);
                project.AcceptInto(cohort, first, Instant.FromUtc(2025, 9, 1, 14, 0), null);
                db.Projects.Add(project);
            }
            await db.SaveChangesAsync();
        });
        var coach = await browser.App.CreateUserAsync($"coach.{tag}@test.passerelles.org", $"Marie Gagnon {tag}", culture: "fr-CA");
        await browser.App.AddMemberAsync(espace.Id, coach.Id, MemberRole.Coach);
        var page = await browser.NewPageAsync("fr-CA");
        await page.GotoAsync("/account/login");
        await page.Locator("input[name='Input.Email']").FillAsync(coach.Email!);
        await page.Locator("input[name='Input.Password']").FillAsync(AppFactory.Password);
        await page.Locator("main form button[type=submit]").ClickAsync();
        await page.WaitForAddressAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));

        await page.GotoAsync("/projects");
        await page.AssertAccessibleAsync();
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
