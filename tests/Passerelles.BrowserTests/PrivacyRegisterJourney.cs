using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.BrowserTests;

/// <summary>An administrator designates the organisation's privacy officer, who edits an entry of the register of
/// processing and reads the dry run of the retention job; a visitor reads the public privacy page in the organisation's
/// French and in English. <see cref="PageChecks"/> checks each page as it loads.</summary>
public sealed class PrivacyRegisterJourney(BrowserApp browser) : IClassFixture<BrowserApp>
{
    [BrowserFact]
    public async Task The_officer_is_designated_keeps_the_register_and_visitors_read_the_privacy_page()
    {
        var tag = NetworkSetup.NewTag();
        var organisation = await browser.App.CreateOrganisationAsync($"CERESO {tag}");
        await browser.App.WithDbAsync(db => db.Organisations.Where(o => o.Id == organisation.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.IsPublic, true)));
        var admin = await browser.App.MemberAsync(organisation, MemberRole.OrganisationAdministrator, $"Chantal {tag}");
        var page = await browser.SignedInPageAsync(admin.Email!);

        await page.GotoAsync("/privacy/officers");
        await page.GetByRole(AriaRole.Link, new() { Name = $"CERESO {tag}" }).ClickAsync();
        await Assertions.Expect(page.Locator("#officer-title")).ToHaveTextAsync("responsable de la protection des renseignements personnels (RPRP)");
        await page.GetByLabel("Personne désignée").SelectOptionAsync(new SelectOptionValue { Label = $"Chantal {tag} ({admin.Email})" });
        await page.GetByLabel("Nom publié").FillAsync("Responsable de la protection des renseignements personnels");
        await page.GetByLabel("Courriel publié").FillAsync("confidentialite@cereso.example");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        await Assertions.Expect(page.Locator("#officer-title")).ToBeVisibleAsync();

        await page.GotoAsync("/privacy/register");
        await page.GetByRole(AriaRole.Link, new() { Name = "Notes d'accompagnement" }).ClickAsync();
        await page.GetByLabel("Conservé pendant (mois)").FillAsync("0");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        await Assertions.Expect(page.Locator("#activity-retentionmonths-error")).ToHaveTextAsync("Saisissez un nombre de mois de 1 à 1 200.");
        await page.GetByLabel("Conservé pendant (mois)").FillAsync("24");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Conservé pendant (mois)")).ToHaveValueAsync("24");
        await page.GotoAsync("/privacy/retention");
        await Assertions.Expect(page.Locator("#retention")).ToBeVisibleAsync();

        foreach (var locale in new[] { "fr-FR", "en" })
        {
            var visitor = await browser.NewPageAsync(locale);
            await visitor.GotoAsync($"/privacy/{organisation.Id}");
            await Assertions.Expect(visitor.Locator("#privacy-notice h1")).ToHaveTextAsync($"Confidentialité chez CERESO {tag}");
            await visitor.GetByRole(AriaRole.Link, new() { Name = "English version" }).ClickAsync();
            await Assertions.Expect(visitor.Locator("#privacy-notice h1")).ToHaveTextAsync($"Privacy at CERESO {tag}");
            await Assertions.Expect(visitor.Locator("#privacy-notice")).ToContainTextAsync("24 months after the session, then anonymised");
        }
    }
}
