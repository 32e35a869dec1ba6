using System.Text.Json;
using Microsoft.Playwright;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Features.People;

namespace Passerelles.BrowserTests;

public sealed class PeopleJourney(BrowserApp browser) : IClassFixture<BrowserApp>
{
    [BrowserFact]
    public async Task A_person_withdraws_their_consent_and_no_longer_appears_in_the_people_list()
    {
        var tag = NetworkSetup.NewTag();
        var espace = await browser.App.CreateOrganisationAsync($"L'Espace412 {tag}");
        var user = await browser.App.MemberAsync(espace, MemberRole.ProjectMember, $"Promotrice {tag}");
        var page = await browser.SignedInPageAsync(user.Email!);

        await page.GotoAsync("/people/me");
        await Assertions.Expect(page.Locator(".privacy-notice")).ToContainTextAsync("renseignements personnels");
        await page.GetByRole(AriaRole.Button, new() { Name = "J'accepte de figurer dans l'annuaire" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Retirer mon consentement" })).ToBeVisibleAsync();

        await page.GotoAsync("/people?q=" + tag);
        await page.Locator("#results").GetByRole(AriaRole.Link, new() { Name = $"Promotrice {tag}" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync($"Promotrice {tag}");

        await page.GotoAsync("/people/me");
        await page.GetByRole(AriaRole.Button, new() { Name = "Retirer mon consentement" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "J'accepte de figurer dans l'annuaire" })).ToBeVisibleAsync();

        await page.GotoAsync("/people?q=" + tag);
        await Assertions.Expect(page.Locator("#results").GetByRole(AriaRole.Link, new() { Name = $"Promotrice {tag}" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator(".empty")).ToBeVisibleAsync();
    }

    [BrowserFact]
    public async Task People_and_proposal_pages_are_accessible()
    {
        var tag = NetworkSetup.NewTag();
        var tube = await browser.App.CreateOrganisationAsync($"Le Tube à ESS'ai {tag}", Side.France);
        var admin = await browser.App.MemberAsync(tube, MemberRole.OrganisationAdministrator, "Coordination", "fr-FR");
        var outsider = await browser.App.CreateUserAsync($"visiteur.{tag}@test.passerelles.org", "Visiteur", culture: "en");
        var person = await browser.App.WithDbAsync(async db =>
        {
            var created = new Person { DisplayName = $"Chargé de mission {tag}", TimeZoneId = "Europe/Paris", Languages = "fr-FR", ControllerOrganisationId = tube.Id };
            created.Roles.Add(new PersonRole { PersonId = created.Id, OrganisationId = tube.Id, Title = "Chargé de mission" });
            db.People.Add(created);
            db.ChangeProposals.Add(new ChangeProposal
            {
                OrganisationId = tube.Id, ProposedBy = outsider.Id, BasedOnVersion = 1,
                Changes = JsonSerializer.Serialize(new OrganisationProfileForm { Locality = "Tarnos", Priorities = ["Youth"] }),
            });
            await db.SaveChangesAsync();
            return created;
        });

        var outsiderPage = await browser.SignedInPageAsync(outsider.Email!, "en");
        foreach (var url in new[] { $"/organisations/{tube.Id}/propose", "/people", "/people/me" }) await outsiderPage.GotoAsync(url);

        var adminPage = await browser.SignedInPageAsync(admin.Email!, "fr-FR");
        await Assertions.Expect(adminPage.Locator("html")).ToHaveAttributeAsync("lang", "fr-FR");
        foreach (var url in new[] { "/people", "/people/new", $"/people/{person.Id}", $"/people/{person.Id}/edit", $"/people/{person.Id}/consent", $"/organisations/{tube.Id}", $"/organisations/{tube.Id}/proposals" })
            await adminPage.GotoAsync(url);
        await Assertions.Expect(adminPage.Locator("table.diff ins", new() { HasText = "Tarnos" })).ToBeVisibleAsync();
    }
}
