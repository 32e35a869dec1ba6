using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.BrowserTests;

public sealed class OrganisationEditJourney(BrowserApp browser) : IClassFixture<BrowserApp>
{
    [BrowserFact]
    public async Task An_organisation_administrator_corrects_a_mistake_and_saves_their_organisation()
    {
        var tube = await browser.App.CreateOrganisationAsync($"Le Tube à ESS'ai {NetworkSetup.NewTag()}", Side.France);
        var admin = await browser.App.MemberAsync(tube, MemberRole.OrganisationAdministrator, "Coordination PTCE", "fr-FR");
        var page = await browser.SignedInPageAsync(admin.Email!, "fr-FR");

        await page.GotoAsync($"/organisations/{tube.Id}/edit");
        await page.GetByLabel("Région").FillAsync("Landes, Tarnos");
        await page.GetByLabel("Code du pays").FillAsync("ZZ");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();

        // The mistake is explained next to its field, in French, and what was typed elsewhere is kept.
        await Assertions.Expect(page.Locator("[data-valmsg-for='Input.CountryCode']")).Not.ToBeEmptyAsync();
        await Assertions.Expect(page.GetByLabel("Région")).ToHaveValueAsync("Landes, Tarnos");

        await page.GetByLabel("Code du pays").FillAsync("FR");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/organisations/{tube.Id}$"));
        await Assertions.Expect(page.GetByText("Landes, Tarnos")).ToBeVisibleAsync();
    }
}
