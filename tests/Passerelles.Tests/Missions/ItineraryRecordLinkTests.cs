using System.Net;

namespace Passerelles.Tests.Missions;

/// <summary>Each visit of the itinerary leads those who read the mission's record to the visit's record; a host, who sees
/// only their own visit, gets no such link.</summary>
public sealed class ItineraryRecordLinkTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_member_finds_the_record_of_each_visit_from_the_itinerary_and_a_host_does_not()
    {
        var world = await app.MissionRecordAsync();
        var itinerary = $"/missions/{world.MissionId}/itinerary";

        var member = await HtmlPage.GetAsync(world.Member.Client, itinerary);
        var host = await HtmlPage.GetAsync(world.Host.Client, itinerary);

        Assert.Equal(HttpStatusCode.OK, member.Status);
        Assert.Equal([world.Record], member.Document.QuerySelectorAll("a[href$='/record']").Select(a => a.GetAttribute("href")));
        Assert.Equal("Record what happened — Visite du Tube à ESS'ai", member.Text($"#item-{world.VisitId} a[href$='/record']"));
        Assert.Equal(HttpStatusCode.OK, host.Status);
        Assert.Empty(host.Document.QuerySelectorAll("a[href$='/record']"));
        Assert.Equal(HttpStatusCode.NotFound, (await world.Host.Client.GetAsync(world.Record)).StatusCode);
    }
}
