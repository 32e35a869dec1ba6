using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using NodaTime;
using Passerelles.Web.Features.Assessments;
using Passerelles.Web.Features.Grids;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Features.Projects;

namespace Passerelles.BrowserTests;

public sealed class AssessmentJourney(BrowserApp browser) : IClassFixture<BrowserApp>
{
    [BrowserFact]
    public async Task A_coach_fills_and_submits_an_assessment_and_the_assessment_and_results_pages_are_accessible()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var espace = await browser.App.CreateOrganisationAsync($"L'Espace412 {tag}", Side.Quebec);
        var email = $"assessor-{tag}@test.passerelles.org";
        var coach = await browser.App.CreateUserAsync(email, "Julie Coach", culture: "en");
        await browser.App.AddMemberAsync(espace.Id, coach.Id, MemberRole.Coach);
        var (projectId, versionId, level) = await browser.App.WithDbAsync(async db =>
        {
            await StageModel.EnsureAsync(db, espace.Id);
            var stage = await db.IncubatorStages.Where(s => s.IncubatorId == espace.Id).OrderBy(s => s.Position).FirstAsync();
            var cohort = new Cohort { Programme = new Programme { IncubatorId = espace.Id, Name = "Parcours" }, Name = "Cohorte 2026", StartsOn = new LocalDate(2026, 1, 15), EndsOn = new LocalDate(2026, 12, 15) };
            db.Cohorts.Add(cohort);
            var project = Project.ApplyTo(espace.Id, "Cantine solidaire");
            project.AcceptInto(cohort, stage, Instant.FromUtc(2026, 3, 1, 12, 0), null);
            db.Projects.Add(project);
            await db.SaveChangesAsync();
            var version = await db.GridVersions.Include(v => v.Levels)
                .SingleAsync(v => v.Grid.Key == ShippedGrids.SocialInnovation && v.Number == 1);
            return (project.Id, version.Id, version.Levels.OrderBy(l => l.Position).Last().Label.En);
        });

        var page = await browser.NewPageAsync("en");
        await page.GotoAsync("/account/login");
        await page.GetByLabel("E-mail address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(AppFactory.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForAddressAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));

        await page.GotoAsync($"/projects/{projectId}/assessments");
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Grid").SelectOptionAsync(versionId.ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Start the assessment" }).ClickAsync();
        await page.WaitForAddressAsync(url => url.Contains("/assessments/", StringComparison.Ordinal) && !url.Contains("/projects/", StringComparison.Ordinal));
        await page.AssertAccessibleAsync();

        var criteria = page.Locator("fieldset.criterion");
        var count = await criteria.CountAsync();
        Assert.True(count > 0);
        await criteria.First.GetByLabel(level, new() { Exact = true }).CheckAsync();
        // The answer saves itself.
        await Assertions.Expect(criteria.First.Locator(".saved")).ToHaveTextAsync("Saved");
        for (var i = 1; i < count; i++)
        {
            await criteria.Nth(i).GetByLabel("Not applicable", new() { Exact = true }).CheckAsync();
            await Assertions.Expect(criteria.Nth(i).Locator(".saved")).ToHaveTextAsync("Saved");
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit the assessment" }).ClickAsync();

        await page.WaitForAddressAsync(url => url.Contains("/results/", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("table.calibration")).ToContainTextAsync(level);
        await Assertions.Expect(page.Locator("svg.radar")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
    }

    [BrowserFact]
    public async Task The_results_of_a_territory_assessed_by_two_coaches_are_accessible()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var territory = $"Lanaudière {tag}";
        var espace = await browser.App.CreateOrganisationAsync($"L'Espace412 {tag}", Side.Quebec);
        var tube = await browser.App.CreateOrganisationAsync($"Le Tube à ESS'ai {tag}", Side.France);
        var email = $"territory-{tag}@test.passerelles.org";
        var coach = await browser.App.CreateUserAsync(email, "Julie Coach", culture: "en");
        var partner = await browser.App.CreateUserAsync($"territory-partner-{tag}@test.passerelles.org", "Marc Partenaire", culture: "en");
        await browser.App.AddMemberAsync(espace.Id, coach.Id, MemberRole.Coach);
        await browser.App.AddMemberAsync(tube.Id, partner.Id, MemberRole.Coach);
        var (studyId, versionId) = await browser.App.WithDbAsync(async db =>
        {
            var id = await db.GridVersions.Where(v => v.Grid.Key == ShippedGrids.PtceFeasibility && v.Number == 1).Select(v => v.Id).SingleAsync();
            var version = (await GridLoader.LoadVersionAsync(db, id, tracked: false))!;
            var levels = version.Levels.OrderBy(l => l.Position).ToList();
            var study = TerritoryStudy.Of(territory, "Québec");
            study.Sponsor(espace.Id);
            db.TerritoryStudies.Add(study);
            foreach (var (assessor, offset) in new[] { (coach.Id, 0), (partner.Id, 2) })
            {
                study.AddAssessor(assessor, Instant.FromUtc(2026, 2, 1, 12, 0));
                var assessment = Assessment.OfTerritory(id, study, assessor);
                var i = 0;
                foreach (var criterion in version.Criteria)
                    assessment.Answer(criterion.Id, levels[(i++ + offset) % levels.Count].Id, false, "", "", "");
                assessment.Submit(Instant.FromUtc(2026, 3, 1, 12, 0) + Duration.FromHours(offset));
                db.Assessments.Add(assessment);
            }
            await db.SaveChangesAsync();
            return (study.Id, id);
        });

        var page = await browser.NewPageAsync("en");
        await page.GotoAsync("/account/login");
        await page.GetByLabel("E-mail address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(AppFactory.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForAddressAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));

        await page.GotoAsync(TerritoryResultsModel.Address(studyId, versionId));
        await Assertions.Expect(page.Locator("svg.radar")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("table.calibration")).ToContainTextAsync("Disagreement");
        await Assertions.Expect(page.Locator("table.scores thead")).ToContainTextAsync("Marc Partenaire");
        await page.AssertAccessibleAsync();
    }
}
