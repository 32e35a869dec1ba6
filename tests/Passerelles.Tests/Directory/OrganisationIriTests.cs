using System.Net;
using System.Text.Json;
using Passerelles.Web.Features.Bridges;
using Passerelles.Web.Infrastructure.Email;

namespace Passerelles.Tests.Directory;

/// <summary>A public organisation has one name on the web, its directory profile: the profile's own JSON-LD, the API
/// and every export use it, and it opens for a visitor who is not signed in.</summary>
public sealed class OrganisationIriTests(AppFactory app) : IClassFixture<AppFactory>
{
    /// <summary>The IRIs naming organisations in each place that publishes them, read from the documents as served.</summary>
    private static async Task<Dictionary<string, List<string>>> IrisByPlaceAsync(HttpClient visitor, Guid profileOf, string search)
    {
        using var schemaOrg = JsonDocument.Parse(await visitor.GetStringAsync("/directory/export/jsonld"));
        using var essGlobal = JsonDocument.Parse(await visitor.GetStringAsync("/directory/export/essglobal"));
        using var hsds = JsonDocument.Parse(await visitor.GetStringAsync("/directory/export/hsds"));
        using var api = JsonDocument.Parse(await visitor.GetStringAsync("/api/v1/organisations?q=" + Uri.EscapeDataString(search)));
        var profile = await HtmlPage.GetAsync(visitor, $"/directory/{profileOf}");
        using var profileJsonLd = JsonDocument.Parse(profile.Document.QuerySelector("script[type='application/ld+json']")!.TextContent);

        return new()
        {
            ["schema.org export"] = [.. schemaOrg.RootElement.GetProperty("@graph").EnumerateArray()
                .SelectMany(n => Ids(n, "@id").Concat(Ids(n, "parentOrganization")))],
            ["ESSGLOBAL export"] = [.. essGlobal.RootElement.GetProperty("@graph").EnumerateArray()
                .SelectMany(n => Ids(n, "@id").Concat(Ids(n, "isPartOf")))],
            ["HSDS export"] = [.. hsds.RootElement.GetProperty("contents").EnumerateArray().SelectMany(o => Ids(o, "uri"))],
            ["API"] = [.. api.RootElement.GetProperty("items").EnumerateArray().SelectMany(o => Ids(o, "url"))],
            ["profile page"] = [.. Ids(profileJsonLd.RootElement, "@id").Concat(Ids(profileJsonLd.RootElement, "parentOrganization")).Concat(Ids(profileJsonLd.RootElement, "memberOf"))],
        };
    }

    /// <summary>The IRIs a property holds: a string, a node with an @id, or a list of either.</summary>
    private static IEnumerable<string> Ids(JsonElement node, string property)
    {
        if (!node.TryGetProperty(property, out var value)) return [];
        return value.ValueKind switch
        {
            JsonValueKind.String => [value.GetString()!],
            JsonValueKind.Object => [value.GetProperty("@id").GetString()!],
            JsonValueKind.Array => value.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String ? v.GetString()! : v.GetProperty("@id").GetString()!),
            _ => throw new InvalidOperationException($"{property} names no IRI: {value}"),
        };
    }

    [Fact]
    public async Task A_public_organisation_has_one_iri_everywhere_and_a_visitor_can_open_it()
    {
        var tag = DirectoryTesting.Tag();
        var carrier = await app.OrganisationAsync($"Porteur {tag}");
        var network = await app.OrganisationAsync($"Réseau {tag}");
        var organisation = await app.OrganisationAsync($"Incubateur {tag}", o =>
        {
            o.ParentId = carrier.Id;
            o.Website = "https://incubateur.example.org";
        });
        await app.BridgeAsync(organisation.Id, network.Id, BridgeKind.Membership);
        var visitor = app.CreateBrowserlikeClient();

        var places = await IrisByPlaceAsync(visitor, organisation.Id, tag);

        foreach (var (place, iris) in places)
        {
            foreach (var (named, iri) in new[] { (organisation, $"http://localhost/directory/{organisation.Id}"), (carrier, $"http://localhost/directory/{carrier.Id}") })
                Assert.True(iris.Where(i => i.Contains(named.Id.ToString())).Distinct().SequenceEqual(new[] { iri }), $"{place} names {named.Name} {string.Join(", ", iris.Where(i => i.Contains(named.Id.ToString())))}");
        }
        foreach (var iri in places.Values.SelectMany(i => i).Distinct())
        {
            var response = await visitor.GetAsync(iri);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{iri} answers {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task With_the_public_address_set_an_organisation_is_named_by_it_whatever_host_was_asked()
    {
        await using var configured = new AppFactory().WithSetting(PublicAddress.Setting, "https://passerelles.example.org/");
        var tag = DirectoryTesting.Tag();
        var organisation = await configured.OrganisationAsync($"Incubateur {tag}");
        var visitor = configured.CreateBrowserlikeClient();

        var places = await IrisByPlaceAsync(visitor, organisation.Id, tag);

        var iri = $"https://passerelles.example.org/directory/{organisation.Id}";
        Assert.All(places, place => Assert.Equal(new[] { iri }, place.Value.Distinct()));
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(new Uri(iri).PathAndQuery)).StatusCode);
    }
}
