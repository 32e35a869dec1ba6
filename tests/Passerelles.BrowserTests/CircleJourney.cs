using Microsoft.Playwright;
using Passerelles.Web.Features.Circles;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.BrowserTests;

public sealed class CircleJourney(BrowserApp browser) : IClassFixture<BrowserApp>
{
    /// <summary>A circle co-facilitated by Julie (Québec) and Pierre (France), and a page where Julie is signed in.</summary>
    private async Task<(Circle Circle, Guid PierreId, IPage Page)> CircleSignedInAsync()
    {
        var tag = NetworkSetup.NewTag();
        var julie = await browser.App.MemberAsync(await browser.App.CreateOrganisationAsync($"L'Espace412 {tag}", Side.Quebec), MemberRole.Coach, "Julie Tremblay", "en");
        var pierre = await browser.App.MemberAsync(await browser.App.CreateOrganisationAsync($"Le Tube à ESS'ai {tag}", Side.France), MemberRole.Coach, "Pierre Etcheverry", "en");
        var circle = await browser.App.CircleAsync($"Cercle {tag}", julie.Id, pierre.Id);
        return (circle, pierre.Id, await browser.SignedInPageAsync(julie.Email!, "en"));
    }

    [BrowserFact]
    public async Task A_member_completes_a_mention_from_the_keyboard_and_the_post_links_to_the_person_mentioned()
    {
        var (circle, pierreId, page) = await CircleSignedInAsync();

        await page.GotoAsync($"/circles/{circle.Id}/discussions/new");
        await page.GetByLabel("Title").FillAsync("Mentions");
        var message = page.GetByLabel("Message");
        await message.PressSequentiallyAsync("Bonjour @etch");
        var option = page.GetByRole(AriaRole.Option, new() { Name = "Pierre Etcheverry" });
        await Assertions.Expect(option).ToBeVisibleAsync();
        await Assertions.Expect(option).ToHaveAttributeAsync("aria-selected", "true");
        await page.AssertAccessibleAsync();
        await message.PressAsync("Enter");
        await Assertions.Expect(message).ToHaveValueAsync("Bonjour @[Pierre Etcheverry] ");
        await Assertions.Expect(option).ToBeHiddenAsync();
        await message.PressSequentiallyAsync("merci.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();

        var mention = page.Locator(".post a", new() { HasText = "@Pierre Etcheverry" });
        await Assertions.Expect(mention).ToHaveAttributeAsync("href", $"/circles/{circle.Id}/members#member-{pierreId}");
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task A_co_facilitator_starts_a_discussion_chooses_reminders_and_adds_a_resource_on_accessible_pages()
    {
        var (circle, _, page) = await CircleSignedInAsync();

        await page.GotoAsync($"/circles/{circle.Id}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Discussions", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByText("No discussion yet.")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Start a discussion" }).ClickAsync();
        await page.GetByLabel("Title").FillAsync("Financement des coopératives");
        await page.GetByLabel("Message").FillAsync("Bonjour @[Pierre Etcheverry], **merci** pour la fiche.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();
        await Assertions.Expect(page.Locator(".post strong").Last).ToHaveTextAsync("merci");

        await page.GotoAsync("/circles/reminders");
        await page.GetByLabel("1 hour before").CheckAsync();
        await page.GetByLabel("Daily").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("1 hour before")).ToBeCheckedAsync();
        await Assertions.Expect(page.GetByLabel("Daily")).ToBeCheckedAsync();

        await page.GotoAsync($"/circles/{circle.Id}/resources/new");
        await page.GetByLabel("Title").FillAsync("Réseau québécois en innovation sociale");
        await page.GetByLabel("Link").FillAsync("https://rqis.org/");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the resource" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/resources$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Réseau québécois en innovation sociale", Exact = true })).ToBeVisibleAsync();
    }
}
