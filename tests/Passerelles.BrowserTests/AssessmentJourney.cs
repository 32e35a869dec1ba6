using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using NodaTime;
using Passerelles.Web.Features.Assessments;
using Passerelles.Web.Features.Grids;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.BrowserTests;

public sealed class AssessmentJourney(BrowserApp browser) : IClassFixture<BrowserApp>
{
    [BrowserFact]
    public async Task A_coach_fills_and_submits_an_assessment_and_the_assessment_and_results_pages_are_accessible()
    {
        var espace = await browser.App.CreateOrganisationAsync($"L'Espace412 {NetworkSetup.NewTag()}", Side.Quebec);
        var coach = await browser.App.MemberAsync(espace, MemberRole.Coach, "Julie Coach", "en");
        var projectId = (await browser.App.ProjectsInCohortAsync(espace.Id, "Cantine solidaire")).Single();
        var (versionId, level) = await browser.App.WithDbAsync(async db =>
        {
            var version = await db.GridVersions.Include(v => v.Levels).SingleAsync(v => v.Grid.Key == ShippedGrids.SocialInnovation && v.Number == 1);
            return (version.Id, version.Levels.OrderBy(l => l.Position).Last().Label.En);
        });
        var page = await browser.SignedInPageAsync(coach.Email!, "en");

        await page.GotoAsync($"/projects/{projectId}/assessments");
        await page.GetByLabel("Grid").SelectOptionAsync(versionId.ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Start the assessment" }).ClickAsync();

        var criteria = page.Locator("fieldset.criterion");
        await Assertions.Expect(criteria.First).ToBeVisibleAsync();
        var count = await criteria.CountAsync();
        await criteria.First.GetByLabel(level, new() { Exact = true }).CheckAsync();
        // The answer saves itself.
        await Assertions.Expect(criteria.First.Locator(".saved")).ToHaveTextAsync("Saved");
        for (var i = 1; i < count; i++)
        {
            await criteria.Nth(i).GetByLabel("Not applicable", new() { Exact = true }).CheckAsync();
            await Assertions.Expect(criteria.Nth(i).Locator(".saved")).ToHaveTextAsync("Saved");
        }
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit the assessment" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/results/"));
        await Assertions.Expect(page.Locator("table.calibration")).ToContainTextAsync(level);
        await Assertions.Expect(page.Locator("svg.radar")).ToBeVisibleAsync();
    }

    [BrowserFact]
    public async Task The_results_of_a_territory_assessed_by_two_coaches_are_accessible()
    {
        var tag = NetworkSetup.NewTag();
        var territory = $"Lanaudière {tag}";
        var espace = await browser.App.CreateOrganisationAsync($"L'Espace412 {tag}", Side.Quebec);
        var tube = await browser.App.CreateOrganisationAsync($"Le Tube à ESS'ai {tag}", Side.France);
        var coach = await browser.App.MemberAsync(espace, MemberRole.Coach, "Julie Coach", "en");
        var partner = await browser.App.MemberAsync(tube, MemberRole.Coach, "Marc Partenaire", "en");
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

        var page = await browser.SignedInPageAsync(coach.Email!, "en");
        await page.GotoAsync(TerritoryResultsModel.Address(studyId, versionId));
        await Assertions.Expect(page.Locator("svg.radar")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("table.calibration")).ToContainTextAsync("Disagreement");
        await Assertions.Expect(page.Locator("table.scores thead")).ToContainTextAsync("Marc Partenaire");
    }
}
