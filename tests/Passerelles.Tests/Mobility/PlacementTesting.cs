using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Tests.Missions;
using Passerelles.Web.Features.Mobility;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Tests.Mobility;

/// <summary>A placement written straight into the database through the model (a programme, a call, an offer and an
/// accepted application), with its coordinator, student, supervisor and an outsider, signed in.</summary>
public static class PlacementTesting
{
    public sealed record World(Guid PlacementId, Guid SendingId, Guid HostId, Guid ProgrammeId, MissionsTesting.Person Coordinator,
        MissionsTesting.Person HostCoordinator, MissionsTesting.Person Student, MissionsTesting.Person Supervisor, MissionsTesting.Person Outsider)
    {
        public string Page => $"/mobility/placements/{PlacementId}";
    }

    public static async Task<World> PlacementWorldAsync(this AppFactory app, LocalDate startsOn, LocalDate endsOn, string studentCulture = "en",
        string coordinatorCulture = "en", string programmeName = "Stages LOJIQ")
    {
        var sending = await app.CreateOrganisationAsync("Cégep régional de Lanaudière " + Guid.NewGuid().ToString("N")[..6], Side.Quebec);
        var host = await app.CreateOrganisationAsync("Le Tube à ESS'ai " + Guid.NewGuid().ToString("N")[..6], Side.France);
        var coordinator = await app.PersonAsync(sending.Id, MemberRole.OrganisationAdministrator, coordinatorCulture);
        var hostCoordinator = await app.PersonAsync(host.Id, MemberRole.OrganisationAdministrator);
        var student = await app.PersonAsync(culture: studentCulture, timeZone: "America/Toronto");
        var supervisor = await app.PersonAsync(host.Id, MemberRole.Coach, "fr-FR");
        var outsider = await app.PersonAsync(await OtherOrganisationAsync(app), MemberRole.OrganisationAdministrator);
        var (placementId, programmeId) = await app.WithDbAsync(async db =>
        {
            var programme = new MobilityProgramme { Name = programmeName, MinimumAge = 18, MaximumAge = 35, MinimumMonths = 3, MaximumMonths = 6 };
            var call = new MobilityCall
            {
                Title = "Appel 2026", Programme = programme, OrganisationId = sending.Id, Deadline = Instant.FromUtc(2026, 1, 31, 23, 0),
                DeadlineZoneId = "America/Toronto", Status = PublicationStatus.Published,
            };
            var offer = new InternshipOffer
            {
                Title = "Stage en animation de tiers-lieu", Call = call, HostOrganisationId = host.Id, Field = "Économie sociale", SupervisorId = supervisor.Id,
                Places = 2, StartsOn = startsOn, EndsOn = endsOn, Status = PublicationStatus.Published,
            };
            var application = new MobilityApplication
            {
                Offer = offer, ApplicantId = student.Id, SendingOrganisationId = sending.Id, BirthDate = new LocalDate(2003, 5, 4), DeclaresResidence = true,
                StartsOn = startsOn, EndsOn = endsOn, Motivation = "Apprendre", Status = ApplicationStatus.Accepted, SubmittedAt = Instant.FromUtc(2026, 1, 10, 12, 0),
            };
            db.AddRange(programme, call, offer, application);
            await db.SaveChangesAsync();
            var placement = Placement.For(application, offer, call);
            db.Placements.Add(placement);
            await db.SaveChangesAsync();
            return (placement.Id, programme.Id);
        });
        return new World(placementId, sending.Id, host.Id, programmeId, coordinator, hostCoordinator, student, supervisor, outsider);
    }

    private static async Task<Guid> OtherOrganisationAsync(AppFactory app) => (await app.CreateOrganisationAsync(null, Side.France)).Id;

    public static Task<Placement> PlacementAsync(this AppFactory app, Guid id) =>
        app.WithDbAsync(db => db.Placements.AsNoTracking().SingleAsync(p => p.Id == id));
}
