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
    [InlineData(":*&|!")]
    public async Task Hostile_search_text_finds_the_organisation_named_with_it_and_is_shown_back_as_typed(string hostile)
    {
        var tag = DirectoryTesting.Tag();
        var organisation = await app.OrganisationAsync($"Atelier {hostile} {tag}");
        var query = $"{hostile} {tag}";

        var (total, names) = await ApiSearchAsync(query);
        var page = await PageSearchAsync(query);

        Assert.Equal(1, total);
        Assert.Equal([organisation.Name], names);
        Assert.Equal([organisation.Name], page.ResultNames());
        Assert.Equal("1 organisation", page.Text(".result-count"));
    }

    [Theory]
    [InlineData("<script>")]
    [InlineData("\"><img src=x onerror=alert(1)>")]
    public async Task Markup_in_names_and_search_text_is_shown_as_text_never_run(string markup)
    {
        var tag = DirectoryTesting.Tag();
        var organisation = await app.OrganisationAsync($"Atelier {tag} {markup}");

        var byName = await PageSearchAsync(tag);
        var (total, names) = await ApiSearchAsync($"{markup} {tag}");
        await PageSearchAsync($"{markup} {tag}");

        Assert.Equal([organisation.Name], byName.ResultNames());
        Assert.Equal(names.Count, total);
    }

    private async Task<(int Total, IReadOnlyList<string?> Names)> ApiSearchAsync(string query)
    {
        var response = await app.CreateClient().GetAsync("/api/v1/organisations?q=" + Uri.EscapeDataString(query));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (json.RootElement.GetProperty("total").GetInt32(),
            json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()).ToList());
    }

    /// <summary>The directory page for <paramref name="query"/>, checked for what a person would notice whatever the
    /// results: the words stay in the search box as typed, and nothing in them became part of the page.</summary>
    private async Task<HtmlPage> PageSearchAsync(string query)
    {
        var page = await HtmlPage.GetAsync(await app.MemberClientAsync("en"), "/directory?q=" + Uri.EscapeDataString(query));
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(query, page.Document.QuerySelector("input#search")!.GetAttribute("value"));
        Assert.Equal(query, page.Document.QuerySelector(".result-count")!.GetAttribute("data-query"));
        Assert.Empty(page.Document.QuerySelectorAll("main img, main script, [onerror]"));
        Assert.All(page.Document.QuerySelectorAll("script"), script => Assert.True(script.HasAttribute("src"), script.OuterHtml));
        return page;
    }
}
