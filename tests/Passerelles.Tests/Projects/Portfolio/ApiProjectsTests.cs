using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Features.Projects;

namespace Passerelles.Tests.Projects.Portfolio;

public sealed class ApiProjectsTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static IEnumerable<string> Names(JsonElement list) =>
        list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()!);

    [Fact]
    public async Task Lists_the_projects_with_their_canonical_stage_and_address()
    {
        var tag = PortfolioTesting.Tag();
        var incubator = await app.IncubatorAsync(Side.France);
        var project = await app.ProjectAsync(incubator.Id, $"Garage solidaire {tag}", stage: CanonicalStage.Launch, themes: ["Mobilité", "Youth"]);
        var client = await app.AdministratorClientAsync();

        var list = await client.GetFromJsonAsync<JsonElement>($"/api/v1/projects?q=garage+{tag}&side=france&stage=Launch&incubator={incubator.Id}");

        Assert.Equal(1, list.GetProperty("total").GetInt32());
        var item = list.GetProperty("items")[0];
        Assert.Equal(["id", "name", "incubator", "side", "cohort", "stage", "status", "themes", "url"], item.EnumerateObject().Select(p => p.Name));
        Assert.Equal(project.Id, item.GetProperty("id").GetGuid());
        Assert.Equal(incubator.Name, item.GetProperty("incubator").GetString());
        Assert.Equal("France", item.GetProperty("side").GetString());
        Assert.Equal("Cohorte 2026", item.GetProperty("cohort").GetString());
        Assert.Equal("Launch", item.GetProperty("stage").GetString());
        Assert.Equal("Active", item.GetProperty("status").GetString());
        Assert.Equal(["Mobilité", "Youth"], item.GetProperty("themes").EnumerateArray().Select(t => t.GetString()));
        Assert.EndsWith($"/projects/{project.Id}", item.GetProperty("url").GetString());
    }

    [Fact]
    public async Task A_coach_sees_another_incubators_project_only_while_it_is_shared()
    {
        var tag = PortfolioTesting.Tag();
        var mine = await app.IncubatorAsync();
        var partner = await app.IncubatorAsync(Side.France);
        await app.ProjectAsync(mine.Id, $"Mine {tag}");
        var theirs = await app.ProjectAsync(partner.Id, $"Theirs {tag}");
        var coach = await app.MemberOfAsync(mine.Id);

        var before = await coach.GetFromJsonAsync<JsonElement>($"/api/v1/projects?q={tag}");
        await app.ShareAsync(theirs.Id, mine.Id);
        var shared = await coach.GetFromJsonAsync<JsonElement>($"/api/v1/projects?q={tag}");

        Assert.Equal([$"Mine {tag}"], Names(before));
        Assert.Equal(1, before.GetProperty("total").GetInt32());
        Assert.Equal([$"Mine {tag}", $"Theirs {tag}"], Names(shared));
    }

    [Fact]
    public async Task Archived_projects_are_left_out_and_pages_are_counted()
    {
        var tag = PortfolioTesting.Tag();
        var incubator = await app.IncubatorAsync();
        for (var i = 0; i < 3; i++) await app.ProjectAsync(incubator.Id, $"P{i} {tag}");
        var archived = await app.ProjectAsync(incubator.Id, $"Archived {tag}");
        await app.ArchiveAsync(archived.Id);
        var client = await app.AdministratorClientAsync();

        var second = await client.GetFromJsonAsync<JsonElement>($"/api/v1/projects?q={tag}&pageSize=2&page=2");

        Assert.Equal(3, second.GetProperty("total").GetInt32());
        Assert.Equal([$"P2 {tag}"], Names(second));
    }

    [Fact]
    public async Task Anonymous_callers_get_401()
    {
        var client = app.CreateBrowserlikeClient();
        client.DefaultRequestHeaders.Accept.ParseAdd("application/json");

        var response = await client.GetAsync("/api/v1/projects");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("side=Mars")]
    [InlineData("stage=3")]
    [InlineData("stage=Sprouting")]
    [InlineData("incubator=cereso")]
    [InlineData("page=0")]
    [InlineData("pageSize=101")]
    public async Task Bad_parameters_get_a_problem_details_400(string query)
    {
        var client = await app.AdministratorClientAsync();

        var response = await client.GetAsync($"/api/v1/projects?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(json.RootElement.TryGetProperty("errors", out _));
    }

    [Fact]
    public async Task The_openapi_document_describes_the_projects_operation()
    {
        var response = await app.CreateClient().GetAsync("/openapi/v1.json");
        var result = OpenApiDocument.Parse(await response.Content.ReadAsStringAsync(), "json", new OpenApiReaderSettings());

        Assert.Empty(result.Diagnostic!.Errors);
        var operation = result.Document!.Paths["/api/v1/projects"].Operations![HttpMethod.Get];
        Assert.Equal("ListProjects", operation.OperationId);
        var schema = operation.Responses!["200"].Content!["application/json"].Schema!;
        Assert.Contains("items", schema.Properties!.Keys);
        Assert.Contains("total", schema.Properties!.Keys);
        Assert.Contains("400", operation.Responses.Keys);
        Assert.Contains("401", operation.Responses.Keys);
        Assert.Equal(["q", "incubator", "side", "stage", "page", "pageSize"], operation.Parameters!.Select(p => p.Name));
    }
}
