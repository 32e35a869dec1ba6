using System.Net;
using System.Text.Json;

namespace Passerelles.Tests.Directory;

public sealed class HostileSearchTests(AppFactory app) : HostileSearchBehaviour<AppFactory>(app);

/// <summary>The same, answered by the database's full-text search, as while the index in memory is rebuilt.</summary>
public sealed class HostileSearchWithoutIndexTests(DatabaseSearchApp app) : HostileSearchBehaviour<DatabaseSearchApp>(app);

/// <summary>Search words that mean something to a search engine's query language, to SQL or to HTML are searched for as
/// plain words, and shown back as the person typed them.</summary>
public abstract class HostileSearchBehaviour<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    [Theory]
    [InlineData("\"")]
    [InlineData("*")]
    [InlineData("NEAR(")]
    [InlineData("'; DROP TABLE \"Organisations\"; --")]
    [InlineData("<script>")]
    [InlineData(":*&|!")]
    public async Task Hostile_search_text_finds_the_organisation_named_with_it_and_is_shown_back_as_text(string hostile)
    {
        var tag = DirectoryTesting.Tag();
        var organisation = await app.OrganisationAsync($"Atelier {hostile} {tag}");
        var query = $"{hostile} {tag}";
        var client = await app.MemberClientAsync("en");

        var api = await app.CreateClient().GetAsync("/api/v1/organisations?q=" + Uri.EscapeDataString(query));
        using var json = JsonDocument.Parse(await api.Content.ReadAsStringAsync());
        var page = await HtmlPage.GetAsync(client, "/directory?q=" + Uri.EscapeDataString(query));

        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.Equal(1, json.RootElement.GetProperty("total").GetInt32());
        Assert.Equal([organisation.Name], json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()));
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal([organisation.Name], page.ResultNames());
        Assert.Equal("1 organisation", page.Text(".result-count"));
        Assert.Equal(query, page.Document.QuerySelector("input#search")!.GetAttribute("value"));
        Assert.Equal(query, page.Document.QuerySelector(".result-count")!.GetAttribute("data-query"));
        Assert.All(page.Document.QuerySelectorAll("script"), script => Assert.True(script.HasAttribute("src"), script.OuterHtml));
    }
}
