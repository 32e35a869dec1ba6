using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.BrowserTests;

public sealed class OrganisationsJourney(BrowserApp browser) : IClassFixture<BrowserApp>
{
    [BrowserFact]
    public async Task An_administrator_filters_the_directory_as_they_type_then_invites_a_colleague()
    {
        var tag = NetworkSetup.NewTag();
        var espace = await browser.App.CreateOrganisationAsync($"L'Espace412 {tag}", Side.Quebec);
        await browser.App.CreateOrganisationAsync($"Le Tube à ESS'ai {tag}", Side.France);
        var page = await browser.SignedInPageAsync(AppFactory.AdministratorEmail);

        await page.GotoAsync("/organisations");
        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Nom" }).FillAsync($"espace412 {tag}");

        var rows = page.Locator("#results tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows).ToContainTextAsync(espace.Name);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("q=espace412"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Organisations");
        await page.AssertAccessibleAsync();

        await rows.GetByRole(AriaRole.Link, new() { Name = espace.Name }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Membres" }).ClickAsync();
        await page.GetByLabel("Courriel").FillAsync($"élodie.{tag}@exemple.ca");
        await page.GetByRole(AriaRole.Button, new() { Name = "Envoyer l'invitation" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"élodie.{tag}@exemple.ca");
        await Assertions.Expect(page.Locator("table.invitations")).ToContainTextAsync($"élodie.{tag}@exemple.ca");

        await page.GotoAsync($"/organisations/{espace.Id}/edit");
    }
}
