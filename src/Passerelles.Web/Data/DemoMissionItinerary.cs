
namespace Passerelles.Web.Data;

/// <summary>The itineraries of the demo missions, called once the missions exist: the Québec delegation's trip of
/// October 2023 (Montréal → Paris → Bayonne, days in Tarnos and Pau, the Assises in La Rochelle), from the mission's
/// programme; the PTCE's visit to Lanaudière and Montréal in November 2022, each visit with its host in the directory;
/// and the legs of the 2027 mission, which cross the weeks when Montréal and Paris are 5 hours apart. Each visit is at
/// the organisation of that name in the directory. Development only; a mission that already has an itinerary is left as
/// it is.</summary>
public static class DemoMissionItinerary
{
    private const string Montreal = TimeZones.Quebec;
    private const string Paris = TimeZones.France;

    public static async Task EnsureOctober2023Async(AppDbContext db, Guid missionId)
    {
        if (await db.ItineraryItems.AnyAsync(i => i.MissionId == missionId)) return;
        var names = new[] { "PTCE Sud Aquitaine", "Le Tube à ESS'ai", "CBE du Seignanx", "Habitat Jeunes Sud Aquitaine", "SCIC Pau Pyrénées", "Association Habitat Jeunes Pau Pyrénées" };
        var organisations = await db.Organisations.Where(o => names.Contains(o.Name)).ToDictionaryAsync(o => o.Name);
        var items = new List<ItineraryItem>
        {
            Leg(TravelMode.Flight, "Vol Montréal – Paris", "Montréal (YUL)", new(2023, 10, 16, 18, 30), Montreal, "Paris (CDG)", new(2023, 10, 17, 7, 35), Paris),
            Leg(TravelMode.Train, "TGV Paris – Bayonne", "Paris Montparnasse", new(2023, 10, 17, 10, 52), Paris, "Bayonne", new(2023, 10, 17, 14, 55), Paris),
            Stay(ItineraryKind.Accommodation, "Hébergement à Tarnos", "Tarnos", new(2023, 10, 17, 16, 0), new(2023, 10, 22, 9, 0)),
            Stay(ItineraryKind.Accommodation, "Hébergement à La Rochelle", "La Rochelle", new(2023, 10, 22, 15, 0), new(2023, 10, 24, 10, 0)),
            Stay(ItineraryKind.Meeting, "Assises franco-québécoises de la coopération décentralisée : première journée", "Espace Encan, La Rochelle", new(2023, 10, 23, 9, 0), new(2023, 10, 23, 18, 0)),
            Stay(ItineraryKind.Meeting, "Assises franco-québécoises de la coopération décentralisée : seconde journée", "Espace Encan, La Rochelle", new(2023, 10, 24, 9, 0), new(2023, 10, 24, 12, 30)),
            Stay(ItineraryKind.FreeTime, "Temps libre au Pays basque", "Bayonne", new(2023, 10, 21, 10, 0), new(2023, 10, 21, 18, 0)),
            Leg(TravelMode.Car, "Route Tarnos – Pau", "Tarnos", new(2023, 10, 20, 8, 0), Paris, "Pau", new(2023, 10, 20, 9, 30), Paris),
            Leg(TravelMode.Car, "Route Pau – Tarnos", "Pau", new(2023, 10, 20, 17, 0), Paris, "Tarnos", new(2023, 10, 20, 18, 30), Paris),
            Leg(TravelMode.Train, "Train Bayonne – La Rochelle", "Bayonne", new(2023, 10, 22, 9, 40), Paris, "La Rochelle", new(2023, 10, 22, 14, 5), Paris),
            Leg(TravelMode.Train, "Train La Rochelle – Paris", "La Rochelle", new(2023, 10, 24, 13, 30), Paris, "Paris Montparnasse", new(2023, 10, 24, 16, 30), Paris),
            Leg(TravelMode.Flight, "Vol Paris – Montréal", "Paris (CDG)", new(2023, 10, 24, 19, 35), Paris, "Montréal (YUL)", new(2023, 10, 24, 21, 20), Montreal),
        };
        (ItineraryKind, string, string, LocalDateTime, LocalDateTime)[] visits =
        [
            (ItineraryKind.Visit, "PTCE Sud Aquitaine", "Découverte du PTCE Sud Aquitaine et de ses acteurs", new(2023, 10, 18, 9, 30), new(2023, 10, 18, 12, 0)),
            (ItineraryKind.Meeting, "Le Tube à ESS'ai", "Séance de travail sur l'entente CERESO – Le Tube à ESS'ai", new(2023, 10, 18, 14, 0), new(2023, 10, 18, 17, 0)),
            (ItineraryKind.Visit, "CBE du Seignanx", "Le CBE du Seignanx, porteur du PTCE", new(2023, 10, 19, 9, 30), new(2023, 10, 19, 11, 30)),
            (ItineraryKind.Visit, "Habitat Jeunes Sud Aquitaine", "Résidence Habitat Jeunes de Tarnos : mobilité étudiante", new(2023, 10, 19, 14, 0), new(2023, 10, 19, 16, 0)),
            (ItineraryKind.Visit, "SCIC Pau Pyrénées", "La SCIC Pau Pyrénées : un modèle de coopération territoriale", new(2023, 10, 20, 10, 0), new(2023, 10, 20, 12, 0)),
            (ItineraryKind.Visit, "Association Habitat Jeunes Pau Pyrénées", "Habitat Jeunes Pau Pyrénées : logement des stagiaires", new(2023, 10, 20, 14, 0), new(2023, 10, 20, 16, 0)),
            (ItineraryKind.Meeting, "Le Tube à ESS'ai", "Bilan de la semaine avec Le Tube à ESS'ai", new(2023, 10, 21, 9, 0), new(2023, 10, 21, 9, 45)),
        ];
        await SaveAsync(db, missionId, items, organisations, visits, Paris);
    }

    /// <summary>The people of the directory who hosted the November 2022 visits, by organisation: listed, as they agreed.</summary>
    private static readonly (string Organisation, string Name, string Title)[] Hosts =
    [
        ("CERESO", "Annie Lachapelle", "Conseillère en transfert"),
        ("L'Espace412", "Kevin Morin", "Responsable de l'incubation"),
        ("Cégep régional de Lanaudière", "Nathalie Bélanger", "Conseillère à la mobilité internationale"),
        ("RQIS", "Valérie Charest", "Chargée de projets, caractérisation"),
    ];

    /// <summary>The PTCE's visit to Québec, 13–19 November 2022: by train to Paris and by air to Montréal, four days of
    /// visits in Lanaudière and Montréal, each with its host contact, and the flight back.</summary>
    public static async Task EnsureNovember2022Async(AppDbContext db, Guid missionId, Instant now)
    {
        if (await db.ItineraryItems.AnyAsync(i => i.MissionId == missionId)) return;
        var names = Hosts.Select(h => h.Organisation).ToList();
        var organisations = await db.Organisations.Where(o => names.Contains(o.Name)).ToDictionaryAsync(o => o.Name);
        var items = new List<ItineraryItem>
        {
            Leg(TravelMode.Train, "TGV Bayonne – Paris", "Bayonne", new(2022, 11, 13, 6, 5), Paris, "Paris Montparnasse", new(2022, 11, 13, 10, 10), Paris),
            Leg(TravelMode.Flight, "Vol Paris – Montréal", "Paris (CDG)", new(2022, 11, 13, 13, 40), Paris, "Montréal (YUL)", new(2022, 11, 13, 15, 30), Montreal),
            Stay(ItineraryKind.Accommodation, "Hébergement à L'Assomption", "L'Assomption", new(2022, 11, 13, 18, 0), new(2022, 11, 17, 9, 0), Montreal),
            Stay(ItineraryKind.Accommodation, "Hébergement à Montréal", "Montréal", new(2022, 11, 17, 18, 0), new(2022, 11, 18, 16, 0), Montreal),
            Leg(TravelMode.Car, "Route L'Assomption – Montréal", "L'Assomption", new(2022, 11, 16, 8, 30), Montreal, "Montréal", new(2022, 11, 16, 9, 30), Montreal),
            Leg(TravelMode.Car, "Route Montréal – L'Assomption", "Montréal", new(2022, 11, 16, 16, 30), Montreal, "L'Assomption", new(2022, 11, 16, 17, 30), Montreal),
            Leg(TravelMode.Car, "Route L'Assomption – Montréal", "L'Assomption", new(2022, 11, 17, 16, 0), Montreal, "Montréal", new(2022, 11, 17, 17, 0), Montreal),
            Stay(ItineraryKind.FreeTime, "Temps libre dans le Vieux-Montréal", "Vieux-Montréal", new(2022, 11, 18, 9, 30), new(2022, 11, 18, 15, 0), Montreal),
            Leg(TravelMode.Flight, "Vol Montréal – Paris", "Montréal (YUL)", new(2022, 11, 18, 19, 0), Montreal, "Paris (CDG)", new(2022, 11, 19, 8, 5), Paris),
            Leg(TravelMode.Train, "TGV Paris – Bayonne", "Paris Montparnasse", new(2022, 11, 19, 10, 52), Paris, "Bayonne", new(2022, 11, 19, 14, 55), Paris),
        };
        var hosts = new Dictionary<string, Person>();
        foreach (var (organisation, name, title) in Hosts)
        {
            if (!organisations.TryGetValue(organisation, out var place)) continue;
            var host = await db.People.FirstOrDefaultAsync(p => p.DisplayName == name && p.ControllerOrganisationId == place.Id);
            if (host is null)
            {
                host = new Person { DisplayName = name, ControllerOrganisationId = place.Id, TimeZoneId = Montreal, Languages = "fr" };
                host.Roles.Add(new PersonRole { PersonId = host.Id, OrganisationId = place.Id, Title = title });
                host.GiveConsent(Consent.DirectoryListing, Consent.DirectoryListingVersion, now, null);
                db.People.Add(host);
            }
            hosts[organisation] = host;
        }
        (ItineraryKind, string, string, LocalDateTime, LocalDateTime)[] visits =
        [
            (ItineraryKind.Visit, "CERESO", "Découverte du CERESO et de ses projets de transfert en innovation sociale", new(2022, 11, 14, 9, 30), new(2022, 11, 14, 12, 0)),
            (ItineraryKind.Visit, "L'Espace412", "L'Espace412 : le tiers-lieu et les projets incubés", new(2022, 11, 14, 13, 30), new(2022, 11, 14, 16, 30)),
            (ItineraryKind.Visit, "Cégep régional de Lanaudière", "Le Cégep régional de Lanaudière à Joliette : mobilité étudiante", new(2022, 11, 15, 9, 30), new(2022, 11, 15, 12, 0)),
            (ItineraryKind.Visit, "RQIS", "Le RQIS et sa grille de caractérisation des projets d'innovation sociale", new(2022, 11, 16, 10, 0), new(2022, 11, 16, 12, 30)),
            (ItineraryKind.Meeting, "CERESO", "Séance de travail sur la convention CERESO – Le Tube à ESS'ai", new(2022, 11, 17, 9, 30), new(2022, 11, 17, 12, 0)),
        ];
        await SaveAsync(db, missionId, items, organisations, visits, Montreal, hosts);
    }

    /// <summary>The 2027 mission's legs: the outbound night flight leaves on 27 March, while Montréal and Paris are 5
    /// hours apart, and lands on the 28th, after Europe has moved to summer time; the return is in April.</summary>
    public static async Task Ensure2027Async(AppDbContext db, Guid missionId)
    {
        if (await db.ItineraryItems.AnyAsync(i => i.MissionId == missionId)) return;
        var mission = await db.Missions.SingleAsync(m => m.Id == missionId);
        var items = mission.Direction == MissionDirection.QuebecToFrance
            ? new[]
            {
                Leg(TravelMode.Flight, "Vol Montréal – Paris", "Montréal (YUL)", new(2027, 3, 27, 18, 30), Montreal, "Paris (CDG)", new(2027, 3, 28, 7, 35), Paris),
                Leg(TravelMode.Flight, "Vol Paris – Montréal", "Paris (CDG)", new(2027, 4, 3, 13, 40), Paris, "Montréal (YUL)", new(2027, 4, 3, 15, 30), Montreal),
            }
            : new[]
            {
                Leg(TravelMode.Flight, "Vol Paris – Montréal", "Paris (CDG)", new(2027, 3, 27, 13, 40), Paris, "Montréal (YUL)", new(2027, 3, 27, 16, 30), Montreal),
                Leg(TravelMode.Flight, "Vol Montréal – Paris", "Montréal (YUL)", new(2027, 4, 3, 18, 30), Montreal, "Paris (CDG)", new(2027, 4, 4, 7, 35), Paris),
            };
        foreach (var item in items) item.MissionId = missionId;
        db.ItineraryItems.AddRange(items);
        await db.SaveChangesAsync();
    }

    /// <summary>Adds the visits at the organisations of the directory found by name, each with its place on the map and, when
    /// known, its host, in the zone of that side, and saves them with the other items of the mission.</summary>
    private static async Task SaveAsync(AppDbContext db, Guid missionId, List<ItineraryItem> items, Dictionary<string, Organisation> organisations,
        (ItineraryKind Kind, string Organisation, string Title, LocalDateTime Start, LocalDateTime End)[] visits, string zone,
        Dictionary<string, Person>? hosts = null)
    {
        foreach (var visit in visits)
        {
            if (!organisations.TryGetValue(visit.Organisation, out var place)) continue;
            var item = Stay(visit.Kind, visit.Title, ItineraryForm.AddressOf(place), visit.Start, visit.End, zone);
            (item.OrganisationId, item.Latitude, item.Longitude, item.HostPersonId) = (place.Id, place.Latitude, place.Longitude, hosts?[visit.Organisation].Id);
            items.Add(item);
        }
        foreach (var item in items) item.MissionId = missionId;
        db.ItineraryItems.AddRange(items);
        await db.SaveChangesAsync();
    }

    private static ItineraryItem Leg(TravelMode mode, string title, string from, LocalDateTime departs, string fromZone, string to, LocalDateTime arrives, string toZone) => new()
    {
        Kind = ItineraryKind.Leg, Mode = mode, Title = title, DeparturePlace = from, ArrivalPlace = to,
        StartsAt = At(departs, fromZone), StartZoneId = fromZone, EndsAt = At(arrives, toZone), EndZoneId = toZone,
    };

    /// <summary>An item that is not a leg, in France unless said otherwise: free time, accommodation, a meeting, the start
    /// of a visit.</summary>
    private static ItineraryItem Stay(ItineraryKind kind, string title, string address, LocalDateTime start, LocalDateTime end, string zone = Paris) => new()
    {
        Kind = kind, Title = title, Address = address, StartsAt = At(start, zone), EndsAt = At(end, zone), StartZoneId = zone, EndZoneId = zone,
    };

    private static Instant At(LocalDateTime local, string zone) => local.InZoneStrictly(TimeZones.Get(zone)).ToInstant();
}
