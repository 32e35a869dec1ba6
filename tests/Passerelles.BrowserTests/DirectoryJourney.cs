using Microsoft.Playwright;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.BrowserTests;

public sealed class DirectoryJourney(BrowserApp browser) : IClassFixture<BrowserApp>
{
    [BrowserFact]
    public async Task A_visitor_finds_an_organisation_as_they_type_without_accents_and_opens_its_profile()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var tube = await browser.App.CreateOrganisationAsync($"Le Tube à ESS'ai {tag}", Side.France);
        await browser.App.CreateOrganisationAsync($"Coopérative de solidarité {tag}", Side.Quebec);
        await browser.App.WithDbAsync(async db =>
        {
            foreach (var organisation in db.Organisations.Where(o => o.Name.EndsWith(tag)))
            {
                organisation.IsPublic = true;
                organisation.Description = "Incubateur territorial de l'**économie sociale et solidaire** du sud Aquitaine.";
            }
            await db.SaveChangesAsync();
        });
        var page = await browser.NewPageAsync("fr-FR");

        await page.GotoAsync("/directory");
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Mots" }).PressSequentiallyAsync($"tube a essai {tag}");

        await page.WaitForResultsAsync($"tube a essai {tag}");
        var results = page.Locator("#results .directory-results > li");
        await Assertions.Expect(results).ToHaveCountAsync(1);
        await Assertions.Expect(results).ToContainTextAsync(tube.Name);
        await page.AssertAccessibleAsync();

        await results.GetByRole(AriaRole.Link, new() { Name = tube.Name }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(tube.Name);
        await Assertions.Expect(page.Locator(".profile-description strong")).ToHaveTextAsync("économie sociale et solidaire");
        await page.AssertAccessibleAsync();
    }
}
