using Microsoft.Playwright;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Features.People;

namespace Passerelles.BrowserTests;

/// <summary>Every page a person can reach, in each language; <see cref="PageChecks"/> runs axe on each page as it loads.</summary>
public sealed class AccessibilityTour(BrowserApp browser) : IClassFixture<BrowserApp>
{
    private static readonly string[] VisitorPages = ["/account/login", "/account/forgot-password", "/account/invitation?token=unknown", "/error/404", "/directory"];

    private static readonly string[] SignedInPages =
    [
        "/", "/account/preferences", "/account/change-password", "/account/two-factor", "/account/two-factor/enable",
        "/organisations", "/organisations/{id}", "/organisations/{id}/edit", "/organisations/{id}/members",
        "/directory", "/directory/{id}",
    ];

    private static async Task VisitAsync(IPage page, IEnumerable<string> addresses)
    {
        foreach (var address in addresses) await page.GotoAsync(address);
    }

    [BrowserFact]
    public async Task Visitor_pages_are_accessible() => await VisitAsync(await browser.NewPageAsync("fr-CA"), VisitorPages);

    [BrowserFact]
    public async Task Signed_in_pages_are_accessible_in_each_language()
    {
        foreach (var culture in new[] { "fr-CA", "fr-FR", "en" })
        {
            var organisation = await browser.App.CreateOrganisationAsync($"Organisation de la visite {NetworkSetup.NewTag()}");
            var user = await browser.App.MemberAsync(organisation, MemberRole.OrganisationAdministrator, "Visite guidée", culture);
            var page = await browser.SignedInPageAsync(user.Email!, culture);
            await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", culture);
            await VisitAsync(page, SignedInPages.Select(u => u.Replace("{id}", organisation.Id.ToString())));
        }
    }

    [BrowserFact]
    public async Task Network_administration_pages_are_accessible()
    {
        var organisation = await browser.App.CreateOrganisationAsync("Organisation de l'administration");
        var person = new Person { DisplayName = "Personne consultée", TimeZoneId = "America/Toronto", Languages = "fr-CA", ControllerOrganisationId = organisation.Id };
        await browser.App.WithDbAsync(async db =>
        {
            db.People.Add(person);
            await db.SaveChangesAsync();
        });
        var page = await browser.SignedInPageAsync(AppFactory.AdministratorEmail);
        // Reading a record first, so the access log shows a line rather than its empty state.
        await VisitAsync(page, ["/organisations/create", $"/people/{person.Id}", "/privacy/access-log"]);
    }

    [BrowserFact]
    public async Task The_page_works_at_phone_width_and_keyboard_users_can_skip_to_the_content()
    {
        var page = await browser.NewPageAsync("fr-CA");
        await page.SetViewportSizeAsync(375, 740);
        await page.GotoAsync("/account/login");

        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Aller au contenu principal" })).ToBeFocusedAsync();
        Assert.Null(await PageChecks.OverflowAsync(page));
    }
}

public sealed class AccessibilityCheckTests(BrowserApp browser) : IClassFixture<BrowserApp>
{
    [BrowserFact]
    public async Task The_check_made_on_every_page_catches_a_violation_and_names_the_rule_the_element_and_the_page()
    {
        var failure = Assert.Single(await browser.PageCheckFailuresAsync("/unlabelled?state=1", "<h1>Form</h1><input type='text' id='nameless'>"));

        Assert.StartsWith("axe: label at #nameless ", failure);
        Assert.EndsWith(" on /unlabelled?state=1", failure);
    }

    [BrowserFact]
    public async Task A_journey_s_own_check_catches_a_state_its_script_made()
    {
        var page = await browser.NewPageAsync("en");
        await page.SetContentAsync("<html lang='en'><head><title>t</title></head><body><main><h1>Images</h1><img src='x.png' id='pictured'></main></body></html>");

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => page.AssertAccessibleAsync());

        Assert.Contains("axe: image-alt at #pictured", failure.Message);
    }
}
