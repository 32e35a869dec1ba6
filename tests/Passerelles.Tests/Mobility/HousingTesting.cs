using NodaTime;
using Passerelles.Tests.Coaching;
using Passerelles.Tests.Privacy.Transfers;
using Passerelles.Web.Features.Mobility;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Tests.Mobility;

/// <summary>A housing association with a residence (a staff member who answers for it), and a placement from 1 March
/// to 31 August 2027 made through the model, with a coordinator (administrator of the sending college) and its student.</summary>
internal static class HousingTesting
{
    public sealed record HousingWorld(
        Residence Residence, Placement Placement, CoachingTesting.Person Association, CoachingTesting.Person Coordinator,
        CoachingTesting.Person Student, CoachingTesting.Person Outsider);

    public static async Task<HousingWorld> HousingWorldAsync(this AppFactory app, int rooms = 2, bool transferAssessed = true)
    {
        var association = await app.CreateOrganisationAsync(side: Side.France);
        var college = await app.CreateOrganisationAsync(side: Side.Quebec);
        var host = await app.CreateOrganisationAsync(side: Side.France);
        if (transferAssessed) await app.AssessTransferAsync(college.Id, association.Id);
        var staff = await app.PersonAsync(association.Id, MemberRole.Coach, "Sophie Laborde");
        var coordinator = await app.PersonAsync(college.Id, MemberRole.OrganisationAdministrator, "Geneviève Gagnon");
        var student = await app.PersonAsync(name: "Léa Tremblay");
        var supervisor = await app.PersonAsync(host.Id, MemberRole.Coach, "Isabelle Darrigade");
        var outsider = await app.PersonAsync((await app.CreateOrganisationAsync()).Id, MemberRole.OrganisationAdministrator);
        var residence = new Residence
        {
            Name = "Résidence de Tarnos", OrganisationId = association.Id, Address = "1 rue des Forges", City = "Tarnos", Currency = "EUR",
            MonthlyFee = 420m, Deposit = 420m,
            Capacities = [new ResidenceCapacity { UnitType = UnitType.Room, From = new LocalDate(2026, 1, 1), Units = rooms }],
        };
        var placement = await app.PlacementAsync(college.Id, host.Id, student.User.Id, supervisor.User.Id, new LocalDate(2027, 3, 1), new LocalDate(2027, 8, 31));
        await app.WithDbAsync(async db =>
        {
            db.Residences.Add(residence);
            await db.SaveChangesAsync();
        });
        return new HousingWorld(residence, placement, staff, coordinator, student, outsider);
    }

    /// <summary>A placement made through the model, under a LOJIQ call run by the sending college.</summary>
    public static Task<Placement> PlacementAsync(this AppFactory app, Guid sendingId, Guid hostId, Guid studentId, Guid supervisorId, LocalDate startsOn, LocalDate endsOn) =>
        app.WithDbAsync(async db =>
        {
            var programme = new MobilityProgramme { Name = "Stages LOJIQ", MinimumAge = 18, MaximumAge = 35, MinimumMonths = 3, MaximumMonths = 6 };
            var call = new MobilityCall
            {
                Title = "Stages en économie sociale 2027", ProgrammeId = programme.Id, OrganisationId = sendingId,
                Deadline = Instant.FromUtc(2027, 1, 15, 5, 0), DeadlineZoneId = "America/Toronto", Status = PublicationStatus.Published,
            };
            var offer = new InternshipOffer
            {
                Title = "Stage en incubation", HostOrganisationId = hostId, CallId = call.Id, Field = "Économie sociale", SupervisorId = supervisorId,
                Places = 2, StartsOn = startsOn, EndsOn = endsOn, Status = PublicationStatus.Published,
            };
            var application = new MobilityApplication
            {
                OfferId = offer.Id, ApplicantId = studentId, SendingOrganisationId = sendingId, BirthDate = new LocalDate(2004, 5, 2),
                DeclaresResidence = true, StartsOn = startsOn, EndsOn = endsOn, Motivation = "Découvrir les PTCE.", Status = ApplicationStatus.Accepted,
            };
            var placement = Placement.For(application, offer, call);
            db.AddRange(programme, call, offer, application, placement);
            await db.SaveChangesAsync();
            return placement;
        });

    /// <summary>A request for housing stored directly, at the stage a test starts from.</summary>
    public static Task<HousingRequest> RequestAsync(this AppFactory app, HousingWorld world, LocalDate from, LocalDate until,
        HousingRequestStatus status = HousingRequestStatus.Requested, Placement? placement = null) =>
        app.WithDbAsync(async db =>
        {
            var request = new HousingRequest
            {
                PlacementId = (placement ?? world.Placement).Id, ResidenceId = world.Residence.Id, UnitType = UnitType.Room, From = from, Until = until,
                Status = status, RequestedAt = Instant.FromUtc(2026, 3, 1, 12, 0), RequestedById = world.Coordinator.User.Id,
            };
            db.HousingRequests.Add(request);
            await db.SaveChangesAsync();
            return request;
        });
}
