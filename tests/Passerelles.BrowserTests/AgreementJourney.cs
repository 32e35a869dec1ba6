using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.BrowserTests;

public sealed class AgreementJourney(BrowserApp browser) : IClassFixture<BrowserApp>
{
    /// <summary>CERESO and Le Tube à ESS'ai, and the page of a CERESO administrator who drafted their agreement.</summary>
    private async Task<(Organisation Cereso, Guid DrafterId, IPage Page)> DrafterAsync()
    {
        var tag = NetworkSetup.NewTag();
        var cereso = await browser.App.CreateOrganisationAsync($"CERESO {tag}", Side.Quebec);
        var drafter = await browser.App.MemberAsync(cereso, MemberRole.OrganisationAdministrator, "Geneviève Gagnon", "en");
        return (cereso, drafter.Id, await browser.SignedInPageAsync(drafter.Email!, "en"));
    }

    private Task<Organisation> TubeAsync() => browser.App.CreateOrganisationAsync($"Le Tube à ESS'ai {NetworkSetup.NewTag()}", Side.France);

    [BrowserFact]
    public async Task A_drafter_reads_the_redline_and_marks_an_article_agreed_on_accessible_agreement_pages()
    {
        var (cereso, drafterId, page) = await DrafterAsync();
        var agreementId = await browser.App.AgreementAsync(cereso, await TubeAsync(), drafterId, "Objet",
            "Les parties partagent leurs pratiques d'incubation.", "Les parties partagent leurs pratiques d'incubation et leurs outils.");

        await page.GotoAsync($"/agreements/{agreementId}");
        await Assertions.Expect(page.Locator("#not-final")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Versions and changes" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Changes from version 1" }).ClickAsync();
        await Assertions.Expect(page.Locator("ins").First).ToContainTextAsync("outils");

        await page.GotoAsync($"/agreements/{agreementId}");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Mark article 1 as agreed for {cereso.Name}" }).ClickAsync();
        await Assertions.Expect(page.Locator(".marks li.agreed")).ToContainTextAsync($"{cereso.Name}: agreed");

        await page.GotoAsync("/agreements/verify");
        await page.GetByLabel("Or a SHA-256 (of the PDF or of the signed text)").FillAsync(new string('0', 64));
        await page.GetByRole(AriaRole.Button, new() { Name = "Verify" }).ClickAsync();
        await Assertions.Expect(page.Locator("#verification-outcome")).ToHaveTextAsync("No signed agreement matches this file or hash.");
    }

    [BrowserFact]
    public async Task A_drafter_extracts_a_commitment_from_an_article_and_reads_the_status_page_on_accessible_pages()
    {
        var (cereso, drafterId, page) = await DrafterAsync();
        var agreementId = await browser.App.AgreementAsync(cereso, await TubeAsync(), drafterId, "Engagements des parties",
            "Chaque partie co-anime une communauté de pratique.");

        await page.GotoAsync($"/agreements/{agreementId}/commitments");
        await Assertions.Expect(page.Locator("#no-commitments")).ToBeVisibleAsync();

        await page.GotoAsync($"/agreements/{agreementId}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Add a commitment from article 1" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the commitment" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-valmsg-for='Input.What']")).ToHaveTextAsync("This field is required.");
        await page.GetByLabel("What was committed to").FillAsync("Co-animer une séance par trimestre");
        await page.GetByLabel("Party responsible").SelectOptionAsync(new SelectOptionValue { Label = cereso.Name });
        await PickPersonAsync(page, "gagnon", $"Geneviève Gagnon ({cereso.Name})");
        await page.GetByLabel("Due date (the first one when it recurs)").FillAsync("2026-04-15");
        await page.GetByLabel("Recurrence").SelectOptionAsync(new SelectOptionValue { Label = "Every quarter" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the commitment" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/commitments$"));
        await Assertions.Expect(page.Locator("#commitments")).ToContainTextAsync("Co-animer une séance par trimestre");
        await Assertions.Expect(page.Locator("#commitments")).ToContainTextAsync("Geneviève Gagnon");

        await page.GotoAsync($"/agreements/{agreementId}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Status page" }).ClickAsync();
        await Assertions.Expect(page.Locator("#commitment-counts")).ToHaveTextAsync("0 done, 1 open, 0 overdue");

        await page.GotoAsync($"/agreements/{agreementId}/term");
    }

    /// <summary>Types in the person picker's search field, then, with the keyboard, goes back to the choice "Nobody in
    /// particular" and moves down the choices to the suggestion, which picks it.</summary>
    private static async Task PickPersonAsync(IPage page, string typed, string name)
    {
        var search = page.GetByRole(AriaRole.Searchbox, new() { Name = "Person responsible (optional)" });
        await search.PressSequentiallyAsync(typed);
        var suggestion = page.GetByRole(AriaRole.Radio, new() { Name = name });
        await Assertions.Expect(suggestion).ToBeVisibleAsync();
        await page.AssertAccessibleAsync(); // The suggestions htmx swapped in.
        await search.PressAsync("Shift+Tab");
        await Assertions.Expect(page.GetByRole(AriaRole.Radio, new() { Name = "Nobody in particular" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(suggestion).ToBeCheckedAsync();
    }
}
