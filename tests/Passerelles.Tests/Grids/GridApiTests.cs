using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Passerelles.Web.Features.Grids;

namespace Passerelles.Tests.Grids;

public sealed class GridApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_list_holds_the_published_grids_with_their_versions_and_no_draft()
    {
        var key = "api-" + Guid.NewGuid().ToString("N")[..8];
        var versionId = await app.CreatePublishedGridAsync(GridsTesting.ValidFile(key));
        var admin = await app.AdministratorClientAsync();
        await (await HtmlPage.GetAsync(admin, $"/grids/versions/{versionId}")).SubmitAsync(admin, "main form");
        admin.DefaultRequestHeaders.Accept.ParseAdd("application/json");

        var list = await admin.GetFromJsonAsync<JsonElement>("/api/v1/grids");

        var items = list.GetProperty("items").EnumerateArray().ToList();
        Assert.Superset(ShippedGrids.Keys.Append(key).ToHashSet(), items.Select(i => i.GetProperty("key").GetString()!).ToHashSet());
        var mine = items.Single(i => i.GetProperty("key").GetString() == key);
        Assert.Equal([1], mine.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("number").GetInt32()));
        Assert.Equal("Test grid", mine.GetProperty("title").GetProperty("en").GetString());
        Assert.Equal("territory", items.Single(i => i.GetProperty("key").GetString() == ShippedGrids.PtceFeasibility).GetProperty("subject").GetString());
    }

    [Fact]
    public async Task A_version_is_served_in_the_file_format_that_the_import_reads()
    {
        var client = await app.SignedInClientAsync(AppFactory.AdministratorEmail);
        client.DefaultRequestHeaders.Accept.ParseAdd("application/json");
        var gridId = await app.WithDbAsync(db => Task.FromResult(db.Grids.Single(g => g.Key == ShippedGrids.SocialInnovation).Id));

        var byId = await client.GetAsync($"/api/v1/grids/{gridId}/versions/1");
        var byKey = await client.GetByteArrayAsync($"/api/v1/grids/{ShippedGrids.SocialInnovation}/versions/1");
        var (definition, errors) = GridFile.Read(byKey);

        Assert.Equal(HttpStatusCode.OK, byId.StatusCode);
        Assert.Empty(errors);
        Assert.Equal(["nature", "process", "results"], definition!.Dimensions.Select(d => d.Key));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/grids/{gridId}/versions/2")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/grids/no-such-grid/versions/1")).StatusCode);
    }

    [Fact]
    public async Task A_caller_without_a_session_gets_401()
    {
        var client = app.CreateBrowserlikeClient();
        client.DefaultRequestHeaders.Accept.ParseAdd("application/json");

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/grids")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync($"/api/v1/grids/{ShippedGrids.QuickScreen}/versions/1")).StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_describes_both_grid_operations()
    {
        var response = await app.CreateClient().GetAsync("/openapi/v1.json");
        var result = OpenApiDocument.Parse(await response.Content.ReadAsStringAsync(), "json", new OpenApiReaderSettings());

        Assert.Empty(result.Diagnostic!.Errors);
        var list = result.Document!.Paths["/api/v1/grids"].Operations![HttpMethod.Get];
        Assert.Equal("ListGrids", list.OperationId);
        Assert.Contains("items", list.Responses!["200"].Content!["application/json"].Schema!.Properties!.Keys);
        var version = result.Document.Paths["/api/v1/grids/{id}/versions/{v}"].Operations![HttpMethod.Get];
        Assert.Equal("GetGridVersion", version.OperationId);
        var schema = version.Responses!["200"].Content!["application/json"].Schema!;
        Assert.Contains("dimensions", schema.Properties!.Keys);
        Assert.Contains("scale", schema.Properties!.Keys);
        Assert.Contains("404", version.Responses.Keys);
        Assert.Contains("401", version.Responses.Keys);
    }

    [Fact]
    public async Task The_json_schema_served_for_grid_files_is_the_one_the_import_checks_them_against()
    {
        var response = await app.CreateClient().GetAsync("/schemas/grid-v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var served = await response.Content.ReadAsStringAsync();
        Assert.Equal(GridSchema.Text, served);
        Assert.Equal("passerelles-grid/1", JsonDocument.Parse(served).RootElement.GetProperty("properties").GetProperty("format").GetProperty("const").GetString());
    }
}
