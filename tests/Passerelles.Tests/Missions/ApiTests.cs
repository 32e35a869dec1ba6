using System.Net;
using System.Text.Json;
using Passerelles.Tests.Coaching;

namespace Passerelles.Tests.Missions;

/// <summary>GET /api/v1/missions: the missions the caller may see, as the OpenAPI document describes them.</summary>
public sealed class ApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_api_lists_the_missions_the_caller_may_see_and_nothing_else()
    {
        var world = await app.MissionWorldAsync();
        var id = await world.PlanAsync();
        await app.InviteAsync(world, id);
        var outsider = await app.PersonAsync((await app.CreateOrganisationAsync()).Id);

        var response = await world.Planner.Client.GetAsync("/api/v1/missions");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        var mission = Assert.Single(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.EnumerateArray());
        Assert.Equal(
            (id.ToString(), "Mission Québec → France 2023", "QuebecToFrance", "2023-10-16", "2023-10-24", "Planning", 2, $"http://localhost/missions/{id}"),
            (mission.GetProperty("id").GetString(), mission.GetProperty("title").GetString(), mission.GetProperty("direction").GetString(),
                mission.GetProperty("startsOn").GetString(), mission.GetProperty("endsOn").GetString(), mission.GetProperty("status").GetString(),
                mission.GetProperty("memberCount").GetInt32(), mission.GetProperty("url").GetString()));
        Assert.Equal("[]", await outsider.Client.GetStringAsync("/api/v1/missions"));
    }

    [Fact]
    public async Task A_caller_without_a_session_gets_401_with_problem_details()
    {
        var response = await app.CreateBrowserlikeClient().GetAsync("/api/v1/missions");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task The_document_describes_the_missions_and_their_dates()
    {
        var document = JsonDocument.Parse(await app.CreateClient().GetStringAsync("/openapi/v1.json")).RootElement;

        var item = document.GetProperty("components").GetProperty("schemas").GetProperty("MissionItem").GetProperty("properties");
        Assert.Equal("date", item.GetProperty("startsOn").GetProperty("format").GetString());
        Assert.Equal("integer", item.GetProperty("memberCount").GetProperty("type").GetString());
        Assert.Equal("ListMissions", document.GetProperty("paths").GetProperty("/api/v1/missions").GetProperty("get").GetProperty("operationId").GetString());
    }
}
