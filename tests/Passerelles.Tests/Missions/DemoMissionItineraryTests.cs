using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Web.Data;
using Passerelles.Web.Features.Missions;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Tests.Missions;

public sealed class DemoMissionItineraryTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly string[] Visited =
        ["PTCE Sud Aquitaine", "Le Tube à ESS'ai", "CBE du Seignanx", "Habitat Jeunes Sud Aquitaine", "SCIC Pau Pyrénées", "Association Habitat Jeunes Pau Pyrénées"];

    [Fact]
    public async Task The_October_2023_itinerary_visits_the_organisations_of_the_programme_by_name_once()
    {
        var cereso = await app.CreateOrganisationAsync("CERESO");
        var organisations = new Dictionary<string, Guid>();
        foreach (var name in Visited) organisations[name] = (await app.CreateOrganisationAsync(name, Side.France)).Id;
        var mission = await app.CreateMissionAsync(cereso.Id, new LocalDate(2023, 10, 16), new LocalDate(2023, 10, 24));

        await app.WithDbAsync(db => DemoMissionItinerary.EnsureOctober2023Async(db, mission.Id));
        await app.WithDbAsync(db => DemoMissionItinerary.EnsureOctober2023Async(db, mission.Id));

        var items = await app.ItemsAsync(mission.Id);
        Assert.Equal(19, items.Count);
        Assert.Equal(organisations.Values.Order(), items.Where(i => i.OrganisationId is not null).Select(i => i.OrganisationId!.Value).Distinct().Order());
        var flight = items.Where(i => i.Kind == ItineraryKind.Leg).MinBy(i => i.StartsAt)!;
        Assert.Equal((Instant.FromUtc(2023, 10, 16, 22, 30), Instant.FromUtc(2023, 10, 17, 5, 35)), (flight.StartsAt, flight.EndsAt));
        Assert.All(items, i => Assert.True(mission.Covers(i.StartsAt.InZone(Passerelles.Web.Infrastructure.Time.TimeZones.Get(i.StartZoneId)).Date)));
        Assert.All(items, i => Assert.True(mission.Covers(i.EndsAt.InZone(Passerelles.Web.Infrastructure.Time.TimeZones.Get(i.EndZoneId)).Date)));
        Assert.Equal(2, items.Count(i => i.Title.StartsWith("Assises", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_November_2022_itinerary_flies_from_Paris_to_Montreal_and_back_and_each_visit_has_its_host_once()
    {
        // Its own database: the October itinerary's test names CERESO too.
        await using var own = new AppFactory();
        var ptce = await own.CreateOrganisationAsync("PTCE Sud Aquitaine", Side.France);
        var visited = new Dictionary<string, Guid>();
        foreach (var name in new[] { "CERESO", "L'Espace412", "Cégep régional de Lanaudière", "RQIS" }) visited[name] = (await own.CreateOrganisationAsync(name)).Id;
        var mission = await own.CreateMissionAsync(ptce.Id, new LocalDate(2022, 11, 13), new LocalDate(2022, 11, 19), MissionDirection.FranceToQuebec);
        var now = Instant.FromUtc(2026, 3, 10, 14, 0);

        await own.WithDbAsync(db => DemoMissionItinerary.EnsureNovember2022Async(db, mission.Id, now));
        await own.WithDbAsync(db => DemoMissionItinerary.EnsureNovember2022Async(db, mission.Id, now));

        var items = await own.ItemsAsync(mission.Id);
        Assert.Equal(15, items.Count);
        Assert.Equal(visited.Values.Order(), items.Where(i => i.OrganisationId is not null).Select(i => i.OrganisationId!.Value).Distinct().Order());
        var flights = items.Where(i => i.Mode == TravelMode.Flight).OrderBy(i => i.StartsAt).ToList();
        Assert.Equal([("Europe/Paris", "America/Toronto"), ("America/Toronto", "Europe/Paris")], flights.Select(f => (f.StartZoneId, f.EndZoneId)));
        Assert.Equal((Instant.FromUtc(2022, 11, 13, 12, 40), Instant.FromUtc(2022, 11, 13, 20, 30)), (flights[0].StartsAt, flights[0].EndsAt));
        Assert.All(items, i => Assert.True(mission.Covers(i.StartsAt.InZone(Passerelles.Web.Infrastructure.Time.TimeZones.Get(i.StartZoneId)).Date)));
        Assert.All(items, i => Assert.True(mission.Covers(i.EndsAt.InZone(Passerelles.Web.Infrastructure.Time.TimeZones.Get(i.EndZoneId)).Date)));
        var hosts = await own.WithDbAsync(db => db.People.AsNoTracking().Include(p => p.Roles).ToDictionaryAsync(p => p.Id));
        Assert.Equal(4, hosts.Count);
        Assert.All(items.Where(i => i.OrganisationId is not null), i => Assert.Equal(i.OrganisationId, hosts[i.HostPersonId!.Value].Roles.Single().OrganisationId));
        var flags = ItineraryChecks.Check(items.Select(i => new ItineraryChecks.Span(i.Id, i.Title, i.Kind, i.StartsAt, i.EndsAt, i.StartZoneId)).ToList());
        Assert.All(flags.Values, Assert.Empty);
    }

    [Fact]
    public async Task The_2027_outbound_flight_leaves_in_the_five_hour_week_and_lands_after_Europe_changed_its_clocks()
    {
        var cereso = await app.CreateOrganisationAsync();
        var mission = await app.CreateMissionAsync(cereso.Id, new LocalDate(2027, 3, 27), new LocalDate(2027, 4, 4));

        await app.WithDbAsync(db => DemoMissionItinerary.Ensure2027Async(db, mission.Id));

        var outbound = (await app.ItemsAsync(mission.Id)).MinBy(i => i.StartsAt)!;
        Assert.Equal((Instant.FromUtc(2027, 3, 27, 22, 30), Instant.FromUtc(2027, 3, 28, 5, 35)), (outbound.StartsAt, outbound.EndsAt));
        Assert.Equal(("America/Toronto", "Europe/Paris"), (outbound.StartZoneId, outbound.EndZoneId));
    }
}
