using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Passerelles.Tests.Organisations;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Tests.Directory;

public sealed class ApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Lists_matching_organisations_with_their_public_fields()
    {
        var tag = DirectoryTesting.Tag();
        var organisation = await app.OrganisationAsync($"Coopérative de solidarité {tag}", o => o.Kind = OrganisationKind.Cooperative, "Youth");

        var response = await app.CreateClient().GetAsync($"/api/v1/organisations?q=cooperative+{tag}&side=Quebec&kind=Cooperative");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(1, json.RootElement.GetProperty("total").GetInt32());
        var item = json.RootElement.GetProperty("items")[0];
        Assert.Equal(
            ["id", "name", "side", "kind", "region", "themes", "url"],
            item.EnumerateObject().Select(p => p.Name));
        Assert.Equal(organisation.Id, item.GetProperty("id").GetGuid());
        Assert.Equal(organisation.Name, item.GetProperty("name").GetString());
        Assert.Equal("Quebec", item.GetProperty("side").GetString());
        Assert.Equal("Cooperative", item.GetProperty("kind").GetString());
        Assert.Equal("Youth", item.GetProperty("themes")[0].GetString());
        Assert.EndsWith($"/directory/{organisation.Id}", item.GetProperty("url").GetString());
    }

    [Fact]
    public async Task Anonymous_callers_see_public_organisations_and_signed_in_callers_also_the_private_ones_they_belong_to()
    {
        var tag = DirectoryTesting.Tag();
        var open = await app.OrganisationAsync($"Open {tag}");
        var closed = await app.OrganisationAsync($"Closed {tag}", o => o.IsPublic = false);
        await app.OrganisationAsync($"Other closed {tag}", o => o.IsPublic = false);
        var unrelated = await app.MemberClientAsync();
        var member = await app.SignedInMemberAsync(closed.Id, MemberRole.ProjectMember);

        var anonymous = await app.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/organisations?q={tag}");
        var asUnrelated = await unrelated.GetFromJsonAsync<JsonElement>($"/api/v1/organisations?q={tag}");
        var asMember = await member.GetFromJsonAsync<JsonElement>($"/api/v1/organisations?q={tag}");

        Assert.Equal(1, anonymous.GetProperty("total").GetInt32());
        Assert.Equal(open.Name, anonymous.GetProperty("items")[0].GetProperty("name").GetString());
        Assert.Equal(1, asUnrelated.GetProperty("total").GetInt32());
        Assert.Equal([closed.Name, open.Name],
            asMember.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Pages_through_the_results()
    {
        var tag = DirectoryTesting.Tag();
        for (var i = 0; i < 5; i++) await app.OrganisationAsync($"Paged {tag} {i}");
        var client = app.CreateClient();

        var first = await client.GetFromJsonAsync<JsonElement>($"/api/v1/organisations?q={tag}&pageSize=2");
        var third = await client.GetFromJsonAsync<JsonElement>($"/api/v1/organisations?q={tag}&pageSize=2&page=3");
        var beyond = await client.GetFromJsonAsync<JsonElement>($"/api/v1/organisations?q={tag}&pageSize=2&page=4");

        Assert.Equal(5, first.GetProperty("total").GetInt32());
        Assert.Equal(2, first.GetProperty("items").GetArrayLength());
        Assert.Equal(1, third.GetProperty("items").GetArrayLength());
        Assert.Equal(0, beyond.GetProperty("items").GetArrayLength());
    }

    [Theory]
    [InlineData("side=Mars")]
    [InlineData("kind=1")]
    [InlineData("page=0")]
    [InlineData("page=abc")]
    [InlineData("pageSize=1000")]
    public async Task Bad_parameters_get_a_problem_details_400(string query)
    {
        var response = await app.CreateClient().GetAsync($"/api/v1/organisations?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(json.RootElement.TryGetProperty("errors", out _));
    }

    [Fact]
    public async Task Publishes_an_openapi_document_describing_the_operation_and_its_response()
    {
        var response = await app.CreateClient().GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var settings = new OpenApiReaderSettings();
        var result = OpenApiDocument.Parse(await response.Content.ReadAsStringAsync(), "json", settings);

        Assert.Empty(result.Diagnostic!.Errors);
        var operation = result.Document!.Paths["/api/v1/organisations"].Operations![HttpMethod.Get];
        Assert.Equal("ListOrganisations", operation.OperationId);
        var schema = operation.Responses!["200"].Content!["application/json"].Schema!;
        Assert.Contains("items", schema.Properties!.Keys);
        Assert.Contains("total", schema.Properties!.Keys);
        Assert.Contains("400", operation.Responses.Keys);
    }
}
