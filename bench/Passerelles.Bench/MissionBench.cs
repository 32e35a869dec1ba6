using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Web.Data;
using Passerelles.Web.Features.Account;
using Passerelles.Web.Features.Missions;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Features.People;

namespace Passerelles.Bench;

/// <summary>Times a mission's programme page and its PDF through HTTP against a running app: a mission of 40 members and
/// 200 itinerary items (nine days in France, a flight each way, visits, meetings, free time and nights, host contacts) is
/// written once through the model, its lead signs in, and the two addresses are requested one after the other on
/// loopback, so that each time is the server's time plus a loopback round trip. Without the app's address, only writes the
/// mission.</summary>
internal sealed class MissionBench(Func<AppDbContext> newContext, Uri? app, int runs)
{
    public const string Title = "Mission de banc d'essai";
    private const string Password = "banc-d-essai-2026";
    private const string LeadEmail = "membre.00@mission.passerelles.test";
    private const int Members = 40;
    private const int Items = 200;

    public async Task<int> RunAsync()
    {
        var missionId = await SeedAsync();
        if (app is null)
        {
            Console.WriteLine($"mission {missionId}");
            return 0;
        }
        using var client = HttpBench.Client(app);
        await HttpBench.SignInAsync(client, LeadEmail, Password);
        var page = $"/missions/{missionId}/programme";
        var pdf = $"/missions/{missionId}/programme.pdf";
        // Warm-up: the JIT optimises the code paths and the database caches its pages, as in a server up a while.
        for (var round = 0; round < 10; round++)
        {
            await HttpBench.GetAsync(client, page);
            await HttpBench.GetAsync(client, pdf);
        }
        var results = new List<(string What, List<double> Timings)>
        {
            ($"programme page ({Items} items, {Members} members)", await HttpBench.MeasureAsync(client, page, runs)),
            ("programme PDF", await HttpBench.MeasureAsync(client, pdf, Math.Max(runs / 4, 5))),
        };
        foreach (var (what, timings) in results)
            HttpBench.Report(what, timings);
        Console.WriteLine($"load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
        return 0;
    }

    /// <summary>The mission, written the first time only; its lead gets a known password each time.</summary>
    private async Task<Guid> SeedAsync()
    {
        await using var db = newContext();
        await db.Database.MigrateAsync();
        if (await db.Missions.Where(m => m.Title == Title).Select(m => (Guid?)m.Id).SingleOrDefaultAsync() is { } existing) return existing;

        var lead = Organisation("CERESO (banc d'essai)", Side.Quebec, 46.0, -73.4);
        var hosts = Enumerable.Range(1, 12).Select(i => Organisation($"Structure visitée {i:D2}", Side.France, 43.4 + i * 0.1, -1.5 + i * 0.05)).ToList();
        db.Organisations.AddRange([lead, .. hosts]);
        var contacts = hosts.Select((h, i) => new Person
        {
            DisplayName = $"Contact {i + 1:D2}", Email = $"contact.{i + 1:D2}@accueil.passerelles.test", Phone = $"+33 5 59 00 00 {i + 10:D2}",
            ControllerOrganisationId = h.Id,
        }).ToList();
        db.People.AddRange(contacts);

        var mission = new Mission
        {
            Title = Title, Direction = MissionDirection.QuebecToFrance, Status = MissionStatus.Confirmed,
            StartsOn = new LocalDate(2027, 3, 22), EndsOn = new LocalDate(2027, 3, 31), LeadOrganisationId = lead.Id,
        };
        var hasher = new PasswordHasher<AppUser>();
        for (var i = 0; i < Members; i++)
        {
            var email = $"membre.{i:D2}@mission.passerelles.test";
            var user = new AppUser
            {
                UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
                DisplayName = $"Membre {i:D2}", SecurityStamp = Guid.NewGuid().ToString("N"), EmailConfirmed = true, PreferredCulture = "fr-CA",
            };
            if (i == 0) user.PasswordHash = hasher.HashPassword(user, Password);
            db.Users.Add(user);
            mission.Members.Add(new MissionMember
            {
                MissionId = mission.Id, UserId = user.Id, OrganisationId = lead.Id, Role = i == 0 ? MissionRole.Lead : MissionRole.Member,
                Status = MissionInvitationStatus.Accepted, InvitedAt = Instant.FromUtc(2027, 1, 10, 14, 0),
            });
        }

        var paris = DateTimeZoneProviders.Tzdb["Europe/Paris"];
        mission.Items.Add(Leg(mission.Id, "AC 870", Instant.FromUtc(2027, 3, 22, 22, 30), Instant.FromUtc(2027, 3, 23, 6, 45), "America/Toronto", "Europe/Paris"));
        mission.Items.Add(Leg(mission.Id, "AC 871", Instant.FromUtc(2027, 3, 31, 9, 0), Instant.FromUtc(2027, 3, 31, 16, 20), "Europe/Paris", "America/Toronto"));
        var kinds = new[] { ItineraryKind.Visit, ItineraryKind.Meeting, ItineraryKind.Visit, ItineraryKind.FreeTime, ItineraryKind.Visit, ItineraryKind.Meeting };
        for (var n = 0; mission.Items.Count < Items; n++)
        {
            var day = new LocalDate(2027, 3, 23).PlusDays(n % 8);
            var slot = n / 8;
            var start = day.At(new LocalTime(7, 0).PlusMinutes(slot * 35)).InZoneLeniently(paris).ToInstant();
            if (slot == 24)
            {
                mission.Items.Add(Place(mission.Id, ItineraryKind.Accommodation, $"Nuit {n % 8 + 1}", start, start + Duration.FromHours(10), null, null, "Hôtel du centre, Bayonne"));
                continue;
            }
            var kind = kinds[n % kinds.Length];
            var host = hosts[n % hosts.Count];
            mission.Items.Add(kind == ItineraryKind.FreeTime
                ? Place(mission.Id, kind, "Temps libre", start, start + Duration.FromMinutes(30), null, null, "")
                : Place(mission.Id, kind, $"{(kind == ItineraryKind.Visit ? "Visite" : "Réunion")} n° {n + 1} chez {host.Name}", start, start + Duration.FromMinutes(30),
                    host, contacts[n % hosts.Count], $"{n + 1} avenue de la Coopération, 40220 Tarnos"));
        }
        db.Missions.Add(mission);
        await db.SaveChangesAsync();
        return mission.Id;
    }

    private static Organisation Organisation(string name, Side side, double latitude, double longitude) => new()
    {
        Name = name, Kind = OrganisationKind.Incubator, Side = side, CountryCode = side == Side.Quebec ? "CA" : "FR",
        Region = side == Side.Quebec ? "Lanaudière" : "Nouvelle-Aquitaine", LegalForm = side == Side.Quebec ? "OBNL" : "Association loi 1901",
        DefaultCulture = side == Side.Quebec ? "fr-CA" : "fr-FR", TimeZoneId = side == Side.Quebec ? "America/Toronto" : "Europe/Paris",
        Latitude = latitude, Longitude = longitude,
    };

    private static ItineraryItem Leg(Guid missionId, string title, Instant departs, Instant arrives, string from, string to) => new()
    {
        MissionId = missionId, Kind = ItineraryKind.Leg, Mode = TravelMode.Flight, Title = title, StartsAt = departs, EndsAt = arrives,
        StartZoneId = from, EndZoneId = to, DeparturePlace = from == "Europe/Paris" ? "Paris-Charles-de-Gaulle (CDG)" : "Montréal-Trudeau (YUL)",
        ArrivalPlace = to == "Europe/Paris" ? "Paris-Charles-de-Gaulle (CDG)" : "Montréal-Trudeau (YUL)",
    };

    private static ItineraryItem Place(Guid missionId, ItineraryKind kind, string title, Instant starts, Instant ends, Organisation? host, Person? contact, string address) => new()
    {
        MissionId = missionId, Kind = kind, Title = title, StartsAt = starts, EndsAt = ends, StartZoneId = "Europe/Paris", EndZoneId = "Europe/Paris",
        OrganisationId = host?.Id, HostPersonId = contact?.Id, Address = address, Latitude = host?.Latitude, Longitude = host?.Longitude,
    };
}
