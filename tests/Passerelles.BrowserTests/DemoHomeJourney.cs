using Microsoft.Playwright;
using Passerelles.Web.Data;

namespace Passerelles.BrowserTests;

/// <summary>The app as a newcomer runs it: Development, with the demo network.</summary>
public sealed class DemoNetworkApp : AppFactory
{
    public DemoNetworkApp() => WithSetting("DemoData:Enabled", "true");

    protected override string Environment => "Development";
}

public sealed class DemoNetworkBrowserApp() : BrowserApp(new DemoNetworkApp());

/// <summary>Every demo account signs in and finds on its home page what it is there for, in its own language, and the
/// page passes axe. One browser, one account after the other.</summary>
public sealed class DemoHomeJourney(DemoNetworkBrowserApp browser) : IClassFixture<DemoNetworkBrowserApp>
{
    private const string Tube = "Le Tube à ESS'ai";

    /// <summary>What each account's home page must show, as (CSS selector, text it contains).</summary>
    private static readonly Dictionary<string, (string Selector, string Text)[]> Expected = new()
    {
        ["admin@demo.passerelles.org"] = [("#network-heading", "Le réseau")],
        ["direction.cereso@demo.passerelles.org"] =
        [
            (".home-agreements", DemoAgreements.Title), (".home-agreements", "En approbation"),
            (".home-commitments", "Partager la grille de caractérisation"), (".home-bridges li", "⟷"), (".home-studies", "Lanaudière (Québec)"),
            (".home-circles", DemoCircles.Name),
        ],
        ["coach.espace412@demo.passerelles.org"] = [("#cohorts-heading", "cohortes"), (".home-circles", DemoCircles.Name), (".home-assessed", "Lanaudière")],
        ["élodie.promotrice@demo.passerelles.org"] = [("#project-heading", "Mon projet"), (".home-circles", DemoCircles.Name)],
        ["coordination.ptce@demo.passerelles.org"] =
        [
            (".home-agreements", DemoAgreements.Title), (".home-agreements .awaiting", "Enregistrer l'approbation du Tube à ESS'ai"),
            (".home-bridges li", "⟷"), ("#studies-heading", "Études de territoire"), (".home-studies", "Lanaudière (Québec)"),
            (".home-studies", "Seignanx"), (".home-circles", DemoCircles.Name),
        ],
        ["direction.tube@demo.passerelles.org"] =
        [
            (".home-agreements", DemoAgreements.Title), (".home-agreements .awaiting", "Enregistrer l'approbation du Tube à ESS'ai"),
            ("#commitments-heading", "Engagements"),
        ],
        ["coach.tube@demo.passerelles.org"] = [("#cohorts-heading", "cohortes"), (".home-circles", DemoCircles.Name), (".home-assessed", "Seignanx")],
        ["porteur@demo.passerelles.org"] = [("#project-heading", "Mon projet"), (".home-circles", DemoCircles.Name)],
        ["invite.habitatjeunes@demo.passerelles.org"] = [("#guest-heading", "Partenariat"), ("section[aria-labelledby='guest-heading']", "La carte des passerelles")],
        ["invite.rqis@demo.passerelles.org"] =
        [
            ("#guest-heading", "Partenariat"), ("section[aria-labelledby='guest-heading']", "Le répertoire des organisations"),
            (".home-assessed .awaiting", "Lanaudière (Québec)"),
        ],
        ["guest.ffqcd@demo.passerelles.org"] = [("#funder-reports", "FFQCD")],
        ["international.cegep@demo.passerelles.org"] = [("section[aria-labelledby='mission-follow-ups-heading']", "Proposer au Cégep un séjour d'études à Pau")],
    };

    [BrowserFact]
    public async Task Every_demo_account_finds_its_own_work_on_an_accessible_home_page()
    {
        Assert.Equal(DemoData.Accounts.Select(a => a.Email).Order(), Expected.Keys.Order());
        foreach (var account in DemoData.Accounts)
        {
            var locale = account.Organisation is "PTCE Sud Aquitaine" or Tube or "Habitat Jeunes Sud Aquitaine" ? "fr-FR" : "fr-CA";
            var page = await browser.SignedInPageAsync(account.Email, locale, DemoData.Password);

            await Assertions.Expect(page.Locator("h1")).ToContainTextAsync(account.Name);
            foreach (var (selector, text) in Expected[account.Email])
                await Assertions.Expect(page.Locator(selector).First).ToContainTextAsync(text);
            await page.Context.CloseAsync();
        }
    }

    [BrowserFact]
    public async Task The_administrator_s_home_page_is_compact_and_draws_each_cohort_once_with_its_figures_folded_under_it()
    {
        var page = await browser.NewPageAsync("fr-CA");
        await page.SetViewportSizeAsync(1280, 800);
        await new SignInPage(page).SignInAsync("admin@demo.passerelles.org", DemoData.Password);

        var cohorts = page.Locator("section[aria-labelledby='cohorts-heading']");
        var charts = await cohorts.Locator("svg.bar-chart").CountAsync();
        Assert.True(charts > 0);
        Assert.Equal(charts, await cohorts.Locator("details.chart-figures").CountAsync());
        await Assertions.Expect(cohorts.Locator("table.chart-data").First).ToBeHiddenAsync();
        var height = await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
        // The menu gained Reports and Parity, and the page a line on grants, since 2,400 px was set.
        Assert.True(height <= 2500, $"The home page is {height} px tall.");

        await cohorts.Locator("details.chart-figures summary").First.ClickAsync();
        await Assertions.Expect(cohorts.Locator("table.chart-data").First).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task A_partner_guest_s_menu_holds_only_what_they_can_use()
    {
        var page = await browser.SignedInPageAsync("invite.habitatjeunes@demo.passerelles.org", "fr-FR", DemoData.Password);

        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Navigation principale" }).GetByRole(AriaRole.Link))
            .ToHaveTextAsync(["Accueil", "Annuaire", "Passerelles", "Missions", "Mobilité"]);
        await page.Context.CloseAsync();
    }
}
