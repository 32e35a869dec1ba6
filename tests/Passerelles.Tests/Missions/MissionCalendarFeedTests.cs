using System.Net;
using Microsoft.EntityFrameworkCore;
using Passerelles.Tests.Circles;

namespace Passerelles.Tests.Missions;

/// <summary>A member's private calendar feed of the mission: every leg and visit in the local zone of its place, with its
/// VTIMEZONE, read back by ical.js as a calendar client would; the address revoked answers 404.</summary>
public sealed class MissionCalendarFeedTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static async Task<string> MakeFeedAsync(HttpClient client, Guid missionId)
    {
        var page = await HtmlPage.GetAsync(client, $"/missions/{missionId}/calendar-feed");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var made = await HtmlPage.FromAsync(await page.SubmitAsync(client, "form:not([action])"));
        Assert.Equal(HttpStatusCode.OK, made.Status);
        return new Uri(made.Document.QuerySelector("#feed-address")!.GetAttribute("value")!).PathAndQuery;
    }

    [Fact]
    public async Task Each_leg_starts_in_its_departure_zone_and_ends_in_its_arrival_zone_as_ical_js_reads_it()
    {
        var world = await app.ProgrammeAsync(memberCulture: "fr-FR");
        var address = await MakeFeedAsync(world.Member.Client, world.MissionId);

        var response = await app.CreateClient().GetAsync(address);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        var calendar = await CirclesTesting.ReadCalendarAsync(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(["America/Toronto", "Europe/Paris"], calendar.GetProperty("timezones").EnumerateArray().Select(t => t.GetString()).Order());
        var events = calendar.GetProperty("events").EnumerateArray().ToList();
        // The legs and the visits; the night at the hotel is not an appointment.
        Assert.Equal(3, events.Count);
        var flight = events.Single(e => e.GetProperty("uid").GetString() == $"{world.FlightId:N}@passerelles");
        Assert.Equal("Vol · Flight — AC 870", flight.GetProperty("summary").GetString());
        Assert.Equal(("America/Toronto", "2023-10-16T18:30:00"), (flight.GetProperty("tzid").GetString(), flight.GetProperty("localStart").GetString()));
        Assert.Equal(("Europe/Paris", "2023-10-17T07:45:00"), (flight.GetProperty("endTzid").GetString(), flight.GetProperty("localEnd").GetString()));
        Assert.Equal("2023-10-16T22:30:00.000Z", flight.GetProperty("startUtc").GetString());
        Assert.Equal("2023-10-17T05:45:00.000Z", flight.GetProperty("endUtc").GetString());
        Assert.Equal("Montréal-Trudeau (YUL) → Paris-Charles-de-Gaulle (CDG)", flight.GetProperty("location").GetString());
        var visit = events.Single(e => e.GetProperty("uid").GetString() == $"{world.TubeVisitId:N}@passerelles");
        Assert.Equal(("Europe/Paris", "2023-10-18T09:30:00"), (visit.GetProperty("tzid").GetString(), visit.GetProperty("localStart").GetString()));
        Assert.Equal("2023-10-18T07:30:00.000Z", visit.GetProperty("startUtc").GetString());
        Assert.StartsWith("09:30 Paris · 03:30 Montréal → 11:30 Paris · 05:30 Montréal", visit.GetProperty("description").GetString());
        Assert.Contains("Contact sur place · Host contact — Hélène Etcheverry, helene@tube.example.org, +33 5 59 00 00 00", visit.GetProperty("description").GetString());
    }

    [Fact]
    public async Task A_revoked_feed_answers_404_and_a_new_address_replaces_the_old_one()
    {
        var world = await app.ProgrammeAsync();
        var first = await MakeFeedAsync(world.Member.Client, world.MissionId);
        var second = await MakeFeedAsync(world.Member.Client, world.MissionId);

        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync(first)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync(second)).StatusCode);

        var page = await HtmlPage.GetAsync(world.Member.Client, $"/missions/{world.MissionId}/calendar-feed");
        var revoked = await page.SubmitAsync(world.Member.Client, "form[action$='handler=Revoke']");

        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync(second)).StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.MissionCalendarFeeds.CountAsync(f => f.MemberId == world.MemberId)));
    }

    [Fact]
    public async Task Only_the_members_of_the_delegation_have_a_feed_page()
    {
        var world = await app.ProgrammeAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await world.Host.Client.GetAsync($"/missions/{world.MissionId}/calendar-feed")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await world.Outsider.Client.GetAsync($"/missions/{world.MissionId}/calendar-feed")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.AdministratorClientAsync()).GetAsync($"/missions/{world.MissionId}/calendar-feed")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync("/missions/calendar/not-a-token.ics")).StatusCode);
    }
}
