using System.Net;
using System.Text.Json;
using Passerelles.Web.Features.Mobility;

namespace Passerelles.Tests.Mobility;

/// <summary>GET /api/v1/mobility/offers: the offers open to applications with places left, without personal data.</summary>
public sealed class OffersApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_api_lists_open_offers_with_places_left_and_no_personal_data()
    {
        var world = await app.MobilityWorldAsync(places: 3);
        await app.AddApplicationAsync(world, world.Student.Id, ApplicationStatus.Accepted);

        var response = await world.Student.Client.GetAsync("/api/v1/mobility/offers?side=France&from=2027-01-01&to=2027-06-30");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        var offer = Assert.Single(JsonDocument.Parse(body).RootElement.EnumerateArray(), o => o.GetProperty("id").GetGuid() == world.Offer.Id);
        Assert.Equal((world.Offer.Title, "France", "2026-09-01", "2027-02-28", 2, "Stages LOJIQ", $"http://localhost/mobility/offers/{world.Offer.Id}"),
            (offer.GetProperty("title").GetString(), offer.GetProperty("side").GetString(), offer.GetProperty("startsOn").GetString(),
                offer.GetProperty("endsOn").GetString(), offer.GetProperty("placesLeft").GetInt32(), offer.GetProperty("programme").GetString(),
                offer.GetProperty("url").GetString()));
        var supervisor = await app.WithDbAsync(db => Task.FromResult(db.Users.Single(u => u.Id == world.HostCoach.Id)));
        Assert.DoesNotContain(supervisor.DisplayName, body);
        Assert.DoesNotContain(supervisor.Email!, body);
        Assert.DoesNotContain("2005-05-05", body);
    }

    [Fact]
    public async Task Offers_on_the_other_side_or_outside_the_dates_are_left_out()
    {
        var world = await app.MobilityWorldAsync();

        var quebec = await world.Student.Client.GetStringAsync("/api/v1/mobility/offers?side=Quebec");
        var later = await world.Student.Client.GetStringAsync("/api/v1/mobility/offers?from=2027-03-01");

        Assert.DoesNotContain(world.Offer.Id.ToString(), quebec);
        Assert.DoesNotContain(world.Offer.Id.ToString(), later);
    }

    [Fact]
    public async Task A_side_or_date_that_is_not_one_is_refused_with_problem_details()
    {
        var world = await app.MobilityWorldAsync();

        var response = await world.Student.Client.GetAsync("/api/v1/mobility/offers?side=Mars&from=tomorrow");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.Equal("Expected one of: Quebec, France.", errors.GetProperty("side")[0].GetString());
        Assert.Equal("Expected a date written yyyy-MM-dd, from 1900 to 2199.", errors.GetProperty("from")[0].GetString());
    }

    [Fact]
    public async Task A_caller_without_a_session_gets_401()
    {
        var response = await app.CreateBrowserlikeClient().GetAsync("/api/v1/mobility/offers");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }
}
