using Microsoft.Playwright;

namespace Passerelles.BrowserTests;

/// <summary>Every page a person can reach, checked with axe-core against WCAG 2.1 AA, in each language.</summary>
public sealed class AccessibilityTour(BrowserApp browser) : IClassFixture<BrowserApp>
{
    private static readonly string[] VisitorPages = ["/account/login", "/account/forgot-password", "/account/invitation?token=unknown", "/error/404", "/directory"];

    private static readonly string[] SignedInPages =
    [
        "/", "/account/preferences", "/account/change-password", "/account/two-factor", "/account/two-factor/enable",
        "/organisations", "/organisations/{id}", "/organisations/{id}/edit", "/organisations/{id}/members",
        "/directory", "/directory/{id}",
    ];

    private async Task<IPage> SignedInPage(string email, string locale)
    {
        var page = await browser.NewPageAsync(locale);
        await page.GotoAsync("/account/login");
        await page.Locator("input[name='Input.Email']").FillAsync(email);
        await page.Locator("input[name='Input.Password']").FillAsync(AppFactory.Password);
        await page.Locator("main form button[type=submit]").ClickAsync();
        await page.WaitForAddressAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        return page;
    }

    [BrowserFact]
    public async Task Visitor_pages_are_accessible()
    {
        var page = await browser.NewPageAsync("fr-CA");
        foreach (var url in VisitorPages)
        {
            await page.GotoAsync(url);
            await page.AssertAccessibleAsync();
        }
    }

    [BrowserFact]
    public async Task Signed_in_pages_are_accessible_in_each_language()
    {
        foreach (var (culture, index) in new[] { "fr-CA", "fr-FR", "en" }.Select((c, i) => (c, i)))
        {
            var email = $"tour{index}@test.passerelles.org";
            var user = await browser.App.CreateUserAsync(email, "Visite guidée", culture: culture);
            var organisation = await browser.App.CreateOrganisationAsync($"Organisation de la visite {index}");
            await browser.App.AddMemberAsync(organisation.Id, user.Id, Passerelles.Web.Features.Organisations.MemberRole.OrganisationAdministrator);
            var page = await SignedInPage(email, culture);
            foreach (var url in SignedInPages.Select(u => u.Replace("{id}", organisation.Id.ToString())))
            {
                await page.GotoAsync(url);
                await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", culture);
                await page.AssertAccessibleAsync();
            }
        }
    }

    [BrowserFact]
    public async Task Network_administration_pages_are_accessible()
    {
        var organisation = await browser.App.CreateOrganisationAsync("Organisation de l'administration");
        var person = await browser.App.WithDbAsync(async db =>
        {
            var created = new Passerelles.Web.Features.People.Person
            {
                DisplayName = "Personne consultée", TimeZoneId = "America/Toronto", Languages = "fr-CA", ControllerOrganisationId = organisation.Id,
            };
            db.People.Add(created);
            await db.SaveChangesAsync();
            return created;
        });
        var page = await SignedInPage(AppFactory.AdministratorEmail, "fr-CA");
        // Reading a record first, so the access log shows a line rather than its empty state.
        foreach (var url in new[] { "/organisations/create", $"/people/{person.Id}", "/privacy/access-log" })
        {
            await page.GotoAsync(url);
            await page.AssertAccessibleAsync();
        }
    }

    [BrowserFact]
    public async Task The_page_works_at_phone_width_and_keyboard_users_can_skip_to_the_content()
    {
        var page = await browser.NewPageAsync("fr-CA");
        await page.SetViewportSizeAsync(375, 740);
        await page.GotoAsync("/account/login");

        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Aller au contenu principal" })).ToBeFocusedAsync();
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");
        Assert.False(overflow, "The sign-in page scrolls sideways on a phone.");
        await page.AssertAccessibleAsync();
    }
}

public sealed class AccessibilityCheckTests(BrowserApp browser) : IClassFixture<BrowserApp>
{
    [BrowserFact]
    public async Task The_check_catches_an_image_without_text_and_an_unlabelled_field()
    {
        var page = await browser.NewPageAsync("en");
        await page.SetContentAsync("<html lang='en'><head><title>t</title></head><body><main><img src='x.png'><input type='text'></main></body></html>");

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => page.AssertAccessibleAsync());

        Assert.Contains("image-alt", failure.Message);
        Assert.Contains("label", failure.Message);
    }
}
