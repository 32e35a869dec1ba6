using System.Net;
using System.Text.Json;

namespace Passerelles.Tests.Missions;

/// <summary>GET /api/v1/missions/{id}/itinerary: the items in order, each in UTC and in the local time of its place, with
/// the same access as the programme.</summary>
public sealed class ItineraryApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response, string mediaType = "application/json")
    {
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    [Fact]
    public async Task A_member_gets_every_item_in_order_in_utc_and_in_the_zone_of_its_place()
    {
        var world = await app.ProgrammeAsync();

        var response = await world.Member.Client.GetAsync($"/api/v1/missions/{world.MissionId}/itinerary");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var items = (await JsonAsync(response)).EnumerateArray().ToList();
        Assert.Equal([world.FlightId, world.HotelId, world.TubeVisitId, world.ScicVisitId], items.Select(i => i.GetProperty("id").GetGuid()));
        var flight = items[0];
        Assert.Equal("Leg", flight.GetProperty("kind").GetString());
        Assert.Equal("AC 870", flight.GetProperty("title").GetString());
        Assert.Equal("2023-10-16T22:30:00Z", flight.GetProperty("startUtc").GetString());
        Assert.Equal("2023-10-17T05:45:00Z", flight.GetProperty("endUtc").GetString());
        Assert.Equal("America/Toronto", flight.GetProperty("startTimeZone").GetString());
        Assert.Equal("Europe/Paris", flight.GetProperty("endTimeZone").GetString());
        Assert.Equal("2023-10-16T18:30:00-04:00", flight.GetProperty("localStart").GetString());
        Assert.Equal("2023-10-17T07:45:00+02:00", flight.GetProperty("localEnd").GetString());
        Assert.Equal(JsonValueKind.Null, flight.GetProperty("organisationId").ValueKind);
        var visit = items[2];
        Assert.Equal("Visit", visit.GetProperty("kind").GetString());
        Assert.Equal("2023-10-18T09:30:00+02:00", visit.GetProperty("localStart").GetString());
        Assert.Equal(world.Tube.Id, visit.GetProperty("organisationId").GetGuid());
        Assert.True(response.Headers.CacheControl is { Private: true, NoStore: true });
    }

    [Fact]
    public async Task A_host_gets_only_the_visits_at_their_organisation()
    {
        var world = await app.ProgrammeAsync();

        var response = await world.Host.Client.GetAsync($"/api/v1/missions/{world.MissionId}/itinerary");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var item = Assert.Single((await JsonAsync(response)).EnumerateArray());
        Assert.Equal(world.TubeVisitId, item.GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Anyone_else_gets_404_and_a_caller_without_a_session_401_as_problem_details()
    {
        var world = await app.ProgrammeAsync();

        var outsider = await world.Outsider.Client.GetAsync($"/api/v1/missions/{world.MissionId}/itinerary");
        var missing = await world.Member.Client.GetAsync($"/api/v1/missions/{Guid.NewGuid()}/itinerary");
        var anonymous = await app.CreateBrowserlikeClient().GetAsync($"/api/v1/missions/{world.MissionId}/itinerary");

        Assert.Equal(HttpStatusCode.NotFound, outsider.StatusCode);
        Assert.Equal(404, (await JsonAsync(outsider, "application/problem+json")).GetProperty("status").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(401, (await JsonAsync(anonymous, "application/problem+json")).GetProperty("status").GetInt32());
    }
}
