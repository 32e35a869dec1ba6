using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Web.Data;
using Passerelles.Web.Features.Account;
using Passerelles.Web.Features.Mobility;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Bench;

/// <summary>Times the capacity calendar of one residence for a year (page and API) and the coordinators' board through
/// HTTP against a running app. Written once through the model: 300 residences of 30 housing associations, 5,000
/// placements of 1,000 students over 2023–2027, 1,000 requests for housing of 50 nights each (50,000 nights, a fifth of
/// them at the residence measured, in 2027), and one coordinator whose organisation coordinates 500 active placements
/// with their departure checklists. Without the app's address, only writes the data.</summary>
internal sealed class MobilityBench(Func<AppDbContext> newContext, Uri? app, int runs)
{
    public const string Programme = "Programme de banc d'essai";
    private const string Password = "banc-d-essai-2026";
    private const string CoordinatorEmail = "coordination@mobilite.passerelles.test";
    private const int Residences = 300;
    private const int Associations = 30;
    private const int Placements = 5_000;
    private const int Students = 1_000;
    private const int ActivePlacements = 500;
    private const int Requests = 1_000;
    private const int NightsEach = 50;
    private const int Year = 2027;

    public async Task<int> RunAsync()
    {
        var residenceId = await SeedAsync();
        if (app is null)
        {
            Console.WriteLine($"residence {residenceId}");
            return 0;
        }
        using var client = HttpBench.Client(app);
        await HttpBench.SignInAsync(client, CoordinatorEmail, Password);
        var pages = new (string What, string Path)[]
        {
            ($"capacity calendar, one residence, {Year}", $"/mobility/residences/{residenceId}/calendar?year={Year}"),
            ("occupancy API, same year", $"/api/v1/mobility/residences/{residenceId}/occupancy?from={Year}-01&to={Year}-12"),
            ($"board, {ActivePlacements} placements, page 1", "/mobility/placements"),
            ("board sorted by overdue items", "/mobility/placements?sort=Overdue"),
        };
        // Warm-up: the JIT optimises the code paths and the database caches its pages, as in a server up a while.
        for (var round = 0; round < 10; round++)
            foreach (var (_, path) in pages) await HttpBench.GetAsync(client, path);
        foreach (var (what, path) in pages)
        {
            HttpBench.Report(what, await HttpBench.MeasureAsync(client, path, runs));
        }
        Console.WriteLine($"load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
        return 0;
    }

    /// <summary>The data, written the first time only (recognised by the programme's name); answers the residence measured.</summary>
    private async Task<Guid> SeedAsync()
    {
        await using (var db = newContext())
        {
            await db.Database.MigrateAsync();
            if (await db.MobilityProgrammes.AnyAsync(p => p.Name == Programme))
                return await db.HousingRequests.GroupBy(r => r.ResidenceId).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
        }
        var random = new Random(2027);
        var hasher = new PasswordHasher<AppUser>();
        var now = SystemClock.Instance.GetCurrentInstant();

        var colleges = Enumerable.Range(1, 10).Select(i => Organisation($"Cégep de banc d'essai {i:D2}", Side.Quebec)).ToList();
        var hosts = Enumerable.Range(1, 40).Select(i => Organisation($"Structure d'accueil {i:D2}", Side.France)).ToList();
        var associations = Enumerable.Range(1, Associations).Select(i => Organisation($"Habitat Jeunes de banc d'essai {i:D2}", Side.France)).ToList();
        var coordinator = User(CoordinatorEmail, "Coordination mobilité");
        coordinator.PasswordHash = hasher.HashPassword(coordinator, Password);
        var supervisors = hosts.Select((h, i) => User($"tuteur.{i:D2}@mobilite.passerelles.test", $"Tuteur {i:D2}")).ToList();
        var students = Enumerable.Range(0, Students).Select(i => User($"stagiaire.{i:D4}@mobilite.passerelles.test", $"Stagiaire {i:D4}")).ToList();
        var programme = new MobilityProgramme { Name = Programme, MinimumAge = 18, MaximumAge = 35, MinimumMonths = 3, MaximumMonths = 6 };
        var calls = colleges.Select(c => new MobilityCall
        {
            Title = $"Appel de {c.Name}", ProgrammeId = programme.Id, OrganisationId = c.Id, Deadline = now + Duration.FromDays(30),
            DeadlineZoneId = "America/Toronto", Status = PublicationStatus.Published,
        }).ToList();
        var offers = calls.SelectMany((call, c) => Enumerable.Range(0, 4).Select(k => new InternshipOffer
        {
            Title = $"Stage n° {c * 4 + k + 1}", CallId = call.Id, HostOrganisationId = hosts[(c * 4 + k) % hosts.Count].Id,
            SupervisorId = supervisors[(c * 4 + k) % hosts.Count].Id, Field = (k % 3) switch { 0 => "Économie sociale", 1 => "Numérique", _ => "Habitat" },
            Places = 50, DurationMonths = 4, Status = PublicationStatus.Published,
        })).ToList();

        await using (var db = newContext())
        {
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.Organisations.AddRange([.. colleges, .. hosts, .. associations]);
            db.Users.AddRange([coordinator, .. supervisors, .. students]);
            // The coordinator administers the first college, whose call the first 500 placements are under.
            db.Memberships.Add(new Membership { OrganisationId = colleges[0].Id, UserId = coordinator.Id, Role = MemberRole.OrganisationAdministrator });
            db.MobilityProgrammes.Add(programme);
            db.MobilityCalls.AddRange(calls);
            db.InternshipOffers.AddRange(offers);
            await db.SaveChangesAsync();
        }

        var placements = new List<Placement>();
        await using (var db = newContext())
        {
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = 0; i < Placements; i++)
            {
                var active = i < ActivePlacements;
                // The active ones are the first college's; the others spread over the other colleges and the years.
                var offer = active ? offers[i % 4] : offers[4 + i % (offers.Count - 4)];
                var call = calls.Single(c => c.Id == offer.CallId);
                var start = active ? new LocalDate(Year, 1, 4).PlusDays(i % 300) : new LocalDate(2023, 1, 9).PlusDays(i % 1_600);
                var application = new MobilityApplication
                {
                    OfferId = offer.Id, ApplicantId = students[i % Students].Id, SendingOrganisationId = call.OrganisationId,
                    BirthDate = new LocalDate(2000, 1, 1).PlusDays(i % 2_000), DeclaresResidence = true, StartsOn = start, EndsOn = start.PlusMonths(4).PlusDays(-1),
                    Motivation = "Motivation", Status = ApplicationStatus.Accepted, SubmittedAt = now,
                };
                var placement = Placement.For(application, offer, call);
                placement.Status = active ? (i % 2 == 0 ? PlacementStatus.Preparing : PlacementStatus.InStay) : PlacementStatus.Completed;
                db.MobilityApplications.Add(application);
                db.Placements.Add(placement);
                if (active)
                {
                    var items = DepartureChecklist.For(placement).ToList();
                    // Some items ticked, the others overdue or to come.
                    foreach (var item in items.Where((_, k) => (i + k) % 3 == 0)) item.Tick(coordinator.Id, now);
                    db.ChecklistItems.AddRange(items);
                }
                placements.Add(placement);
            }
            await db.SaveChangesAsync();
        }

        var residences = Enumerable.Range(0, Residences).Select(i => new Residence
        {
            Name = $"Résidence {i + 1:D3}", OrganisationId = associations[i % Associations].Id, Address = $"{i + 1} rue des Jeunes",
            City = "Pau", MonthlyFee = 420, Deposit = 420,
            Capacities =
            [
                new ResidenceCapacity { UnitType = UnitType.Room, From = new LocalDate(2023, 1, 1), Units = 20 + i % 40 },
                new ResidenceCapacity { UnitType = UnitType.Studio, From = new LocalDate(2023, 1, 1), Units = 10 + i % 20 },
                new ResidenceCapacity { UnitType = UnitType.Studio, From = new LocalDate(2026, 9, 1), Units = 15 + i % 20 },
                new ResidenceCapacity { UnitType = UnitType.Shared, From = new LocalDate(2023, 1, 1), Units = 5 },
            ],
        }).ToList();
        var measured = residences[0];
        await using (var db = newContext())
        {
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.Residences.AddRange(residences);
            for (var i = 0; i < Requests; i++)
            {
                // A fifth of the requests are the measured residence's, in the year measured, from the active placements.
                var placement = i % 5 == 0 ? placements[i % ActivePlacements] : placements[ActivePlacements + i % (Placements - ActivePlacements)];
                var residence = i % 5 == 0 ? measured : residences[1 + i % (Residences - 1)];
                var status = (i % 10) switch { < 2 => HousingRequestStatus.Requested, < 4 => HousingRequestStatus.Offered, 4 => HousingRequestStatus.Declined, _ => HousingRequestStatus.Accepted };
                var request = new HousingRequest
                {
                    PlacementId = placement.Id, ResidenceId = residence.Id, UnitType = (UnitType)(i % 3), From = placement.StartsOn,
                    Until = placement.StartsOn.PlusDays(NightsEach), Status = status, RequestedAt = now, RequestedById = coordinator.Id,
                };
                db.HousingRequests.Add(request);
                if (status != HousingRequestStatus.Accepted) continue;
                var contract = OccupancyContract.For(request, residence, "Habitat Jeunes", "Stagiaire", now);
                db.OccupancyContracts.Add(contract);
                // Half of the contracts signed by both: those units count as occupied.
                foreach (var party in i % 2 == 0 ? Enum.GetValues<ContractParty>() : [ContractParty.HousingAssociation])
                    db.OccupancySignatures.Add(new OccupancySignature
                    {
                        ContractId = contract.Id, Party = party, UserId = party == ContractParty.Student ? placement.StudentId!.Value : coordinator.Id, SignedAt = now,
                        TimeZoneId = "Europe/Paris", AuthenticationMethod = "password", TextSha256 = contract.TextSha256,
                    });
            }
            await db.SaveChangesAsync();
        }
        Console.WriteLine($"{Placements:N0} placements, {Residences} residences and {Requests * NightsEach:N0} nights of housing written");
        return measured.Id;
    }

    private static Organisation Organisation(string name, Side side) => new()
    {
        Name = name, Kind = OrganisationKind.Incubator, Side = side, CountryCode = side == Side.Quebec ? "CA" : "FR",
        Region = side == Side.Quebec ? "Lanaudière" : "Nouvelle-Aquitaine", LegalForm = side == Side.Quebec ? "OBNL" : "Association loi 1901",
        DefaultCulture = side == Side.Quebec ? "fr-CA" : "fr-FR", TimeZoneId = side == Side.Quebec ? "America/Toronto" : "Europe/Paris",
    };

    private static AppUser User(string email, string name) => new()
    {
        Id = Guid.NewGuid(), UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
        DisplayName = name, SecurityStamp = Guid.NewGuid().ToString("N"), EmailConfirmed = true, PreferredCulture = "fr-CA",
    };
}
