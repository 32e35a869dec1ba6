using Microsoft.Playwright;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.BrowserTests;

public sealed class DirectoryJourney(BrowserApp browser) : IClassFixture<BrowserApp>
{
    [BrowserFact]
    public async Task A_visitor_finds_an_organisation_as_they_type_without_accents_and_opens_its_profile()
    {
        var tag = NetworkSetup.NewTag();
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
        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Mots" }).PressSequentiallyAsync($"tube a essai {tag}");

        await page.WaitForResultsAsync($"tube a essai {tag}");
        var results = page.Locator("#results .directory-results > li");
        await Assertions.Expect(results).ToHaveCountAsync(1);
        await Assertions.Expect(results).ToContainTextAsync(tube.Name);
        await page.AssertAccessibleAsync();

        await results.GetByRole(AriaRole.Link, new() { Name = tube.Name }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(tube.Name);
        await Assertions.Expect(page.Locator(".profile-description strong")).ToHaveTextAsync("économie sociale et solidaire");
    }

    [BrowserFact]
    public async Task Leaving_the_words_box_does_not_search_again_under_the_visitor_s_click()
    {
        var tag = NetworkSetup.NewTag();
        await browser.App.CreateOrganisationAsync($"Habitat Jeunes {tag}", Side.France);
        var page = await browser.NewPageAsync("fr-FR");
        await page.GotoAsync("/directory");
        var searches = 0;
        page.Request += (_, request) =>
        {
            if (request.Headers.ContainsKey("hx-request")) Interlocked.Increment(ref searches);
        };

        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Mots" }).PressSequentiallyAsync($"habitat {tag}");
        await page.WaitForResultsAsync($"habitat {tag}");
        var typed = searches;
        await page.Keyboard.PressAsync("Tab");
        await page.RunAndWaitForRequestAsync(() => page.GetByLabel("Côté").SelectOptionAsync("France"), request => request.Url.Contains("side=France", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("#results")).Not.ToHaveAttributeAsync("aria-busy", "true");

        Assert.Equal(typed + 1, searches);
    }
}
