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
