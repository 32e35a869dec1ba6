using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.BrowserTests;

public sealed class BridgesJourney(BrowserApp browser) : IClassFixture<BrowserApp>
{
    private async Task<Organisation> PlacedOrganisationAsync(string name, Side side, double latitude, double longitude)
    {
        var organisation = await browser.App.CreateOrganisationAsync(name, side);
        await browser.App.WithDbAsync(db => db.Organisations.Where(o => o.Id == organisation.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.Latitude, latitude).SetProperty(o => o.Longitude, longitude).SetProperty(o => o.IsPublic, true)));
        return organisation;
    }

    [BrowserFact]
    public async Task An_administrator_records_a_delegation_visit_and_finds_it_on_the_map_and_the_graph_even_without_tiles()
    {
        var tag = NetworkSetup.NewTag();
        var cereso = await PlacedOrganisationAsync($"CERESO {tag}", Side.Quebec, 45.8237, -73.4297);
        var ptce = await PlacedOrganisationAsync($"PTCE Sud Aquitaine {tag}", Side.France, 43.5419, -1.4630);
        var page = await browser.SignedInPageAsync(AppFactory.AdministratorEmail);

        await page.GotoAsync("/bridges");
        await page.GetByRole(AriaRole.Link, new() { Name = "Consigner une passerelle" }).ClickAsync();
        await PickAsync(page, "Organisation de départ", $"cereso {tag}", cereso.Name);
        await PickAsync(page, "Organisation d'arrivée", $"ptce {tag}", ptce.Name);
        await page.AssertAccessibleAsync(); // The suggestions htmx swapped in.
        await page.GetByLabel("Type de passerelle").SelectOptionAsync(new SelectOptionValue { Label = "Mission de délégation" });
        await page.GetByLabel("Date de début").FillAsync("2023-10-16");
        await page.GetByLabel("Date de fin").FillAsync("2023-10-21");
        await page.GetByLabel("Description").FillAsync("Mission du CERESO à Tarnos");
        await page.GetByRole(AriaRole.Button, new() { Name = "Consigner la passerelle" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("La passerelle a été consignée.");
        await Assertions.Expect(page.Locator("table.bridges")).ToContainTextAsync(cereso.Name);

        await page.GotoAsync($"/bridges/map?organisation={cereso.Id}");
        // The tile server is unreachable from here: the markers and the list still say where the bridges are.
        await Assertions.Expect(page.Locator("#bridges-map")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#bridges-map path.leaflet-interactive")).ToHaveCountAsync(3);
        await Assertions.Expect(page.Locator("ul.bridges li")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("ul.bridges li")).ToContainTextAsync($"{cereso.Name} ⟷ {ptce.Name}");
        await Assertions.Expect(page.Locator("ul.bridges li")).ToContainTextAsync("Mission de délégation");
        await page.AssertAccessibleAsync(); // The map its script drew.

        await page.GetByRole(AriaRole.Link, new() { Name = "Graphe du réseau" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/bridges/graph\\?organisation={cereso.Id}"));
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "Graphe des passerelles" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#bridges-graph .graph-node")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("ul.organisations li")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("ul.bridges li")).ToContainTextAsync(ptce.Name);
        await page.AssertAccessibleAsync(); // The graph its script drew.

        await page.GotoAsync($"/bridges/suggestions?organisation={cereso.Id}");
    }

    /// <summary>Types in a picker's search field, then, with the keyboard, goes past its search button to the first
    /// suggestion and picks it.</summary>
    private static async Task PickAsync(IPage page, string field, string typed, string name)
    {
        var search = page.GetByRole(AriaRole.Searchbox, new() { Name = field });
        await search.PressSequentiallyAsync(typed);
        var suggestion = page.GetByRole(AriaRole.Radio, new() { Name = name });
        await Assertions.Expect(suggestion).ToBeVisibleAsync();
        await search.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(suggestion).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(suggestion).ToBeCheckedAsync();
    }
}
