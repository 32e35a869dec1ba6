using System.Net;
using System.Text.Json;
using NodaTime;
using Passerelles.Web.Features.Bridges;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Tests.Bridges;

public sealed class ViewsTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static async Task<JsonElement> NetworkAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync("/bridges/network.json" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private static IReadOnlyList<string> Ids(JsonElement network, string collection) =>
        network.GetProperty(collection).EnumerateArray().Select(e => e.GetProperty("id").GetString()!).ToList();

    [Fact]
    public async Task The_list_filters_by_kind_side_date_and_organisation()
    {
        var cereso = await app.CreatePublicOrganisationAsync("CERESO", Side.Quebec);
        var tube = await app.CreatePublicOrganisationAsync("Tube", Side.France);
        var rqis = await app.CreatePublicOrganisationAsync("RQIS", Side.Quebec);
        var visit = await app.CreateBridgeAsync(cereso.Id, tube.Id, BridgeKind.DelegationVisit, new LocalDate(2023, 10, 16), new LocalDate(2023, 10, 21));
        var membership = await app.CreateBridgeAsync(cereso.Id, rqis.Id, BridgeKind.Membership, new LocalDate(2019, 1, 1));
        var client = await app.AdministratorClientAsync();

        async Task<IReadOnlyList<string>> Rows(string query) =>
            (await HtmlPage.GetAsync(client, "/bridges" + query)).Document.QuerySelectorAll("table.bridges tbody tr")
                .Select(r => r.QuerySelector("a[href$='/edit']")!.GetAttribute("href")!).ToList();
        string Of(Bridge b) => $"/bridges/{b.Id}/edit";

        Assert.Equal([Of(visit)], await Rows($"?organisation={cereso.Id}&kind=DelegationVisit"));
        Assert.Equal([Of(visit)], await Rows($"?organisation={cereso.Id}&side=France"));
        Assert.Equal([Of(membership)], await Rows($"?organisation={cereso.Id}&on=2024-03-01"));
        Assert.Equal([Of(membership), Of(visit)], await Rows($"?organisation={cereso.Id}&on=2023-10-18"));
        Assert.Equal([Of(visit), Of(membership)], await Rows($"?organisation={cereso.Id}&descending=true"));
        var empty = await HtmlPage.GetAsync(client, $"/bridges?organisation={rqis.Id}&kind=Funding");
        Assert.Equal("Aucune passerelle ne correspond à ces filtres.", empty.Text("p.empty"));
    }

    [Fact]
    public async Task Map_and_graph_data_hold_only_what_the_filters_allow()
    {
        var cereso = await app.CreatePublicOrganisationAsync("CERESO", Side.Quebec, 45.83, -73.43);
        var tube = await app.CreatePublicOrganisationAsync("Tube", Side.France, 43.54, -1.46);
        var rqis = await app.CreatePublicOrganisationAsync("RQIS", Side.Quebec, 45.50, -73.57);
        var visit = await app.CreateBridgeAsync(cereso.Id, tube.Id, BridgeKind.DelegationVisit, new LocalDate(2023, 10, 16), new LocalDate(2023, 10, 21));
        await app.CreateBridgeAsync(cereso.Id, rqis.Id, BridgeKind.Membership, new LocalDate(2019, 1, 1));
        var client = await app.AdministratorClientAsync();

        var network = await NetworkAsync(client, $"?organisation={cereso.Id}&kind=DelegationVisit");

        Assert.Equal([visit.Id.ToString()], Ids(network, "bridges"));
        Assert.Equal(new[] { cereso.Id.ToString(), tube.Id.ToString() }.Order(), Ids(network, "organisations").Order());
        var first = network.GetProperty("organisations").EnumerateArray().Single(o => o.GetProperty("id").GetString() == tube.Id.ToString());
        Assert.Equal(43.54, first.GetProperty("latitude").GetDouble());
        Assert.Equal("Mission de délégation", network.GetProperty("bridges")[0].GetProperty("kindLabel").GetString());

        var map = await HtmlPage.GetAsync(client, $"/bridges/map?organisation={cereso.Id}&kind=DelegationVisit");
        Assert.Equal($"/bridges/network.json?kind=DelegationVisit&organisation={cereso.Id}", map.Document.QuerySelector("#bridges-map")!.GetAttribute("data-source"));
        Assert.Equal(MapTiles.DefaultUrl, map.Document.QuerySelector("#bridges-map")!.GetAttribute("data-tile-url"));
        Assert.Equal([visit.Id.ToString()], map.Document.QuerySelectorAll("[data-bridge]").Select(e => e.GetAttribute("data-bridge")));
        var graph = await HtmlPage.GetAsync(client, $"/bridges/graph?organisation={cereso.Id}&side=France");
        Assert.Equal([visit.Id.ToString()], graph.Document.QuerySelectorAll("[data-bridge]").Select(e => e.GetAttribute("data-bridge")));
        Assert.Contains(rqis.Name, (await HtmlPage.GetAsync(client, $"/bridges/graph?organisation={rqis.Id}")).Html);
    }

    [Fact]
    public async Task Private_organisations_and_their_bridges_are_hidden_from_other_members_but_shown_to_their_own()
    {
        var tube = await app.CreatePublicOrganisationAsync("Tube", Side.France);
        var secret = await app.CreateOrganisationAsync(BridgesTesting.Unique("Projet discret"), Side.Quebec);
        var hidden = await app.CreateBridgeAsync(secret.Id, tube.Id, BridgeKind.CoProject);
        var outsider = await app.SignedInOutsiderAsync();
        var member = await app.SignedInMemberAsync(secret.Id, MemberRole.ProjectMember);

        var outsiderNetwork = await NetworkAsync(outsider, $"?organisation={tube.Id}");
        var outsiderList = await HtmlPage.GetAsync(outsider, $"/bridges?organisation={tube.Id}");
        var outsiderGraph = await HtmlPage.GetAsync(outsider, "/bridges/graph");
        var memberNetwork = await NetworkAsync(member, $"?organisation={tube.Id}");

        Assert.DoesNotContain(hidden.Id.ToString(), Ids(outsiderNetwork, "bridges"));
        Assert.DoesNotContain(secret.Id.ToString(), Ids(outsiderNetwork, "organisations"));
        Assert.DoesNotContain(secret.Name, outsiderList.Html);
        Assert.DoesNotContain(secret.Name, outsiderGraph.Html);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/bridges/{hidden.Id}/evidence")).StatusCode);
        Assert.Contains(hidden.Id.ToString(), Ids(memberNetwork, "bridges"));
    }

    [Fact]
    public async Task Visitors_see_the_bridges_between_public_organisations_on_the_map_and_graph_and_nothing_private()
    {
        var cereso = await app.CreatePublicOrganisationAsync("CERESO", Side.Quebec, 45.83, -73.43);
        var tube = await app.CreatePublicOrganisationAsync("Tube", Side.France, 43.54, -1.46);
        var hidden = await app.CreateOrganisationAsync(BridgesTesting.Unique("Privée"), Side.France);
        var published = await app.CreateBridgeAsync(cereso.Id, tube.Id, BridgeKind.DelegationVisit);
        var toPrivate = await app.CreateBridgeAsync(cereso.Id, hidden.Id, BridgeKind.Funding);
        var visitor = app.CreateBrowserlikeClient();

        var network = await NetworkAsync(visitor, $"?organisation={cereso.Id}");
        var map = await HtmlPage.GetAsync(visitor, $"/bridges/map?organisation={cereso.Id}");
        var graph = await HtmlPage.GetAsync(visitor, $"/bridges/graph?organisation={cereso.Id}");

        Assert.Equal([published.Id.ToString()], Ids(network, "bridges"));
        Assert.Equal(new[] { cereso.Id.ToString(), tube.Id.ToString() }.Order(), Ids(network, "organisations").Order());
        foreach (var page in new[] { map, graph })
        {
            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.Equal([published.Id.ToString()], page.Document.QuerySelectorAll("[data-bridge]").Select(b => b.GetAttribute("data-bridge")!).ToList());
            Assert.DoesNotContain(hidden.Name, page.Html);
            Assert.DoesNotContain(toPrivate.Id.ToString(), page.Html);
            Assert.Contains($"/directory/{tube.Id}", page.Document.QuerySelectorAll("[data-organisation] a").Select(a => a.GetAttribute("href")));
            Assert.DoesNotContain(page.Document.QuerySelectorAll(".view-switch a"), a => a.GetAttribute("href")!.StartsWith("/bridges?"));
            Assert.DoesNotContain(page.Document.QuerySelectorAll("#filter-organisation option"), o => o.TextContent == hidden.Name);
        }
        Assert.Equal(new[] { cereso.Name, tube.Name }.Order(), graph.Document.QuerySelectorAll("#bridges-graph svg[role='img'] .graph-node text")
            .Select(t => string.Join(' ', t.QuerySelectorAll("tspan").Select(s => s.TextContent))).Order());
        Assert.Single(graph.Document.QuerySelectorAll("#bridges-graph .graph-edge.kind-DelegationVisit"));
        foreach (var path in new[] { "/bridges", "/bridges/suggestions", $"/bridges/{published.Id}/edit", $"/bridges/{published.Id}/evidence" })
            Assert.Contains("/account/login", (await app.CreateBrowserlikeClient().GetAsync(path)).Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_tile_server_is_configuration_and_the_only_outside_image_source()
    {
        await using var configured = new AppFactory().WithSetting("Map:TileUrl", "https://{s}.tuiles.exemple.org/{z}/{x}/{y}.png").WithSetting("Map:Attribution", "Tuiles d'exemple");
        var client = await configured.AdministratorClientAsync();

        var map = await HtmlPage.GetAsync(client, "/bridges/map");

        var container = map.Document.QuerySelector("#bridges-map")!;
        Assert.Equal("https://{s}.tuiles.exemple.org/{z}/{x}/{y}.png", container.GetAttribute("data-tile-url"));
        Assert.Equal("Tuiles d'exemple", container.GetAttribute("data-attribution"));
        Assert.Contains("img-src 'self' data: https://*.tuiles.exemple.org;", map.Response.Headers.GetValues("Content-Security-Policy").Single());
    }
}
