using Microsoft.Playwright;
using Passerelles.Web.Features.Circles;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.BrowserTests;

public sealed class CircleJourney(BrowserApp browser) : IClassFixture<BrowserApp>
{
    /// <summary>A circle co-facilitated by Julie (Québec) and Pierre (France), and a page where Julie is signed in.</summary>
    private async Task<(Circle Circle, Guid PierreId, IPage Page)> CircleSignedInAsync()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var espace = await browser.App.CreateOrganisationAsync($"L'Espace412 {tag}", Side.Quebec);
        var tube = await browser.App.CreateOrganisationAsync($"Le Tube à ESS'ai {tag}", Side.France);
        var email = $"julie-{tag}@test.passerelles.org";
        var julie = await browser.App.CreateUserAsync(email, "Julie Tremblay", culture: "en");
        var pierre = await browser.App.CreateUserAsync($"pierre-{tag}@test.passerelles.org", "Pierre Etcheverry", culture: "en");
        await browser.App.AddMemberAsync(espace.Id, julie.Id, MemberRole.Coach);
        await browser.App.AddMemberAsync(tube.Id, pierre.Id, MemberRole.Coach);
        var circle = new Circle { Name = $"Cercle {tag}", Purpose = "Partager nos pratiques." };
        circle.ChooseCoFacilitator(Side.Quebec, julie.Id);
        circle.ChooseCoFacilitator(Side.France, pierre.Id);
        await browser.App.WithDbAsync(async db =>
        {
            db.Circles.Add(circle);
            await db.SaveChangesAsync();
        });

        var page = await browser.NewPageAsync("en");
        await page.GotoAsync("/account/login");
        await page.GetByLabel("E-mail address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(AppFactory.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForAddressAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        return (circle, pierre.Id, page);
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
        await page.WaitForAddressAsync(url => url.Contains("/circles/discussions/", StringComparison.Ordinal));

        var mention = page.Locator(".post a", new() { HasText = "@Pierre Etcheverry" });
        await Assertions.Expect(mention).ToHaveAttributeAsync("href", $"/circles/{circle.Id}/members#member-{pierreId}");
        await page.AssertAccessibleAsync();
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task A_co_facilitator_starts_a_discussion_chooses_reminders_and_adds_a_resource_on_accessible_pages()
    {
        var (circle, _, page) = await CircleSignedInAsync();

        await page.GotoAsync($"/circles/{circle.Id}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Discussions", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByText("No discussion yet.")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Start a discussion" }).ClickAsync();
        await page.GetByLabel("Title").FillAsync("Financement des coopératives");
        await page.GetByLabel("Message").FillAsync("Bonjour @[Pierre Etcheverry], **merci** pour la fiche.");
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();
        await page.WaitForAddressAsync(url => url.Contains("/circles/discussions/", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator(".post strong").Last).ToHaveTextAsync("merci");
        await page.AssertAccessibleAsync();

        await page.GotoAsync("/circles/reminders");
        await page.GetByLabel("1 hour before").CheckAsync();
        await page.GetByLabel("Daily").CheckAsync();
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("1 hour before")).ToBeCheckedAsync();
        await Assertions.Expect(page.GetByLabel("Daily")).ToBeCheckedAsync();

        await page.GotoAsync($"/circles/{circle.Id}/resources/new");
        await page.GetByLabel("Title").FillAsync("Réseau québécois en innovation sociale");
        await page.GetByLabel("Link").FillAsync("https://rqis.org/");
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the resource" }).ClickAsync();
        await page.WaitForAddressAsync(url => url.EndsWith("/resources", StringComparison.Ordinal));
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Réseau québécois en innovation sociale", Exact = true })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
    }
}
