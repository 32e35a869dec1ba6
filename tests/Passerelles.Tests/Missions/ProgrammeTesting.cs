using NodaTime;
using Passerelles.Tests.Projects;
using Passerelles.Web.Features.Missions;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Tests.Missions;

/// <summary>A mission of the Québec delegation to France, built through the model: a flight Montréal → Paris overnight, a
/// visit at Le Tube à ESS'ai in Tarnos with its host contact, a visit at the SCIC Pau Pyrénées and a night at a hotel.</summary>
internal static class ProgrammeTesting
{
    public sealed record Someone(HttpClient Client, Guid UserId, string Email);

    public sealed record ProgrammeWorld(
        Guid MissionId, Guid MemberId, Organisation Cereso, Organisation Tube, Organisation Scic,
        Someone Member, Someone Host, Someone Outsider, Guid FlightId, Guid TubeVisitId, Guid ScicVisitId, Guid HotelId);

    public static readonly LocalDate FirstDay = new(2023, 10, 16);

    /// <summary>Leaves Montréal on 16 October at 18:30 (22:30 UTC), lands in Paris on the 17th at 07:45 (05:45 UTC).</summary>
    public static readonly Instant FlightDeparts = Instant.FromUtc(2023, 10, 16, 22, 30);
    public static readonly Instant FlightArrives = Instant.FromUtc(2023, 10, 17, 5, 45);

    /// <summary>18 October, 09:30 in Tarnos, 03:30 in Montréal.</summary>
    public static readonly Instant TubeVisitStarts = Instant.FromUtc(2023, 10, 18, 7, 30);

    public static async Task<ProgrammeWorld> ProgrammeAsync(this AppFactory app, string memberCulture = "fr-CA", string hostCulture = "fr-FR")
    {
        var cereso = await app.CreateOrganisationAsync($"CERESO {Guid.NewGuid():N}"[..16], Side.Quebec);
        var tube = await app.CreateOrganisationAsync($"Le Tube à ESS'ai {Guid.NewGuid():N}"[..24], Side.France);
        var scic = await app.CreateOrganisationAsync($"SCIC Pau Pyrénées {Guid.NewGuid():N}"[..25], Side.France);
        var member = await Client(app, cereso.Id, MemberRole.Coach, memberCulture);
        var host = await Client(app, tube.Id, MemberRole.Coach, hostCulture);
        var outsider = await Client(app, (await app.CreateOrganisationAsync(side: Side.France)).Id, MemberRole.Coach, "en");

        return await app.WithDbAsync(async db =>
        {
            var contact = new Passerelles.Web.Features.People.Person
            {
                DisplayName = "Hélène Etcheverry", Email = "helene@tube.example.org", Phone = "+33 5 59 00 00 00", ControllerOrganisationId = tube.Id,
            };
            db.People.Add(contact);
            var mission = new Mission
            {
                Title = "Mission Tarnos, Pau et La Rochelle", Direction = MissionDirection.QuebecToFrance, Status = MissionStatus.Confirmed,
                StartsOn = FirstDay, EndsOn = new LocalDate(2023, 10, 24), LeadOrganisationId = cereso.Id,
            };
            var place = new MissionMember
            {
                MissionId = mission.Id, UserId = member.UserId, OrganisationId = cereso.Id, Role = MissionRole.Lead,
                Status = MissionInvitationStatus.Accepted, InvitedAt = Instant.FromUtc(2023, 9, 1, 12, 0),
            };
            mission.Members.Add(place);
            var flight = new ItineraryItem
            {
                MissionId = mission.Id, Kind = ItineraryKind.Leg, Mode = TravelMode.Flight, Title = "AC 870",
                StartsAt = FlightDeparts, EndsAt = FlightArrives, StartZoneId = "America/Toronto", EndZoneId = "Europe/Paris",
                DeparturePlace = "Montréal-Trudeau (YUL)", ArrivalPlace = "Paris-Charles-de-Gaulle (CDG)",
            };
            var tubeVisit = new ItineraryItem
            {
                MissionId = mission.Id, Kind = ItineraryKind.Visit, Title = "Rencontre de l'incubateur",
                StartsAt = TubeVisitStarts, EndsAt = TubeVisitStarts + Duration.FromHours(2), StartZoneId = "Europe/Paris", EndZoneId = "Europe/Paris",
                OrganisationId = tube.Id, HostPersonId = contact.Id, Address = "1 rue de l'Industrie, 40220 Tarnos", Latitude = 43.54, Longitude = -1.46,
            };
            var scicVisit = new ItineraryItem
            {
                MissionId = mission.Id, Kind = ItineraryKind.Visit, Title = "Visite de la coopérative",
                StartsAt = Instant.FromUtc(2023, 10, 19, 12, 0), EndsAt = Instant.FromUtc(2023, 10, 19, 14, 0), StartZoneId = "Europe/Paris", EndZoneId = "Europe/Paris",
                OrganisationId = scic.Id, Address = "Pau",
            };
            var hotel = new ItineraryItem
            {
                MissionId = mission.Id, Kind = ItineraryKind.Accommodation, Title = "Hôtel de la gare",
                StartsAt = Instant.FromUtc(2023, 10, 17, 16, 0), EndsAt = Instant.FromUtc(2023, 10, 18, 8, 0), StartZoneId = "Europe/Paris", EndZoneId = "Europe/Paris",
                Address = "Bayonne",
            };
            mission.Items.AddRange([scicVisit, tubeVisit, hotel, flight]);
            db.Missions.Add(mission);
            await db.SaveChangesAsync();
            return new ProgrammeWorld(mission.Id, place.Id, cereso, tube, scic, member, host, outsider, flight.Id, tubeVisit.Id, scicVisit.Id, hotel.Id);
        });
    }

    private static async Task<Someone> Client(AppFactory app, Guid? organisationId, MemberRole role, string culture)
    {
        var (client, userId, email) = await app.PersonClientAsync(organisationId, role, culture);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(culture);
        return new Someone(client, userId, email);
    }
}
