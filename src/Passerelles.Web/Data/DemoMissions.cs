
namespace Passerelles.Web.Data;

/// <summary>Three delegation missions: the Québec delegation's trip to Tarnos, Pau and La Rochelle in October 2023, the
/// PTCE Sud Aquitaine's visit to Québec in November 2022, and a mission being planned for March 2027. Their ids are
/// fixed so that the itinerary and records of the demo can refer to them. Development only; left as it is once any
/// mission exists.</summary>
public static class DemoMissions
{
    public static readonly Guid October2023 = new("7a1e4c52-2023-4a10-9c16-000000001016");
    public static readonly Guid November2022 = new("7a1e4c52-2022-4b11-9c07-000000001107");
    public static readonly Guid March2027 = new("7a1e4c52-2027-4c03-9c14-000000000314");

    public const string October2023Title = "Mission Québec → France, octobre 2023";
    public const string November2022Title = "Mission du PTCE Sud Aquitaine au Québec, novembre 2022";
    public const string March2027Title = "Mission Québec → France, mars 2027";

    private sealed record Planned(Guid Id, string Title, MissionDirection Direction, MissionStatus Status, LocalDate StartsOn, LocalDate EndsOn,
        string Lead, string Summary, (string Email, string Organisation, MissionRole Role, bool Accepted)[] Members,
        (int Partnership, MissionThemes Themes, string Text)[] Objectives);

    private static readonly Planned[] Missions =
    [
        new(October2023, October2023Title, MissionDirection.QuebecToFrance, MissionStatus.Completed, new(2023, 10, 16), new(2023, 10, 24), "CERESO",
            "La délégation québécoise à **Tarnos**, **Pau** et **La Rochelle**, jusqu'aux Assises franco-québécoises de la coopération décentralisée (23 et 24 octobre).",
            [
                ("direction.cereso@demo.passerelles.org", "CERESO", MissionRole.Lead, true),
                ("coach.espace412@demo.passerelles.org", "L'Espace412", MissionRole.Speaker, true),
                ("élodie.promotrice@demo.passerelles.org", "L'Espace412", MissionRole.Member, true),
                ("international.cegep@demo.passerelles.org", "Cégep régional de Lanaudière", MissionRole.Member, true),
            ],
            [
                (4, MissionThemes.Innovation, "Tisser des liens entre l'écosystème d'innovation sociale du CERESO et celui du PTCE Sud Aquitaine."),
                (5, MissionThemes.Innovation, "Comprendre le modèle de développement territorial du PTCE et évaluer la faisabilité d'un PTCE dans Lanaudière."),
                (6, MissionThemes.Innovation | MissionThemes.Youth | MissionThemes.GenderEquality,
                    "Présenter l'École entreprise, l'initiative pour la parité et la grille de caractérisation du RQIS aux Assises de La Rochelle."),
                (7, MissionThemes.Youth | MissionThemes.Digital, "Mener la mission à Tarnos, Pau et La Rochelle et rencontrer les associations Habitat Jeunes."),
            ]),
        new(November2022, November2022Title, MissionDirection.FranceToQuebec, MissionStatus.Completed, new(2022, 11, 13), new(2022, 11, 19), "PTCE Sud Aquitaine",
            "La première visite du PTCE Sud Aquitaine et du Tube à ESS'ai au CERESO et à L'Espace412, à L'Assomption.",
            [
                ("coordination.ptce@demo.passerelles.org", "PTCE Sud Aquitaine", MissionRole.Lead, true),
                ("direction.tube@demo.passerelles.org", "Le Tube à ESS'ai", MissionRole.Member, true),
                ("coach.tube@demo.passerelles.org", "Le Tube à ESS'ai", MissionRole.Member, true),
            ],
            [
                (1, MissionThemes.Innovation, "Poser les bases de la convention entre le CERESO et Le Tube à ESS'ai."),
                (4, MissionThemes.Innovation | MissionThemes.Youth, "Découvrir l'écosystème d'innovation sociale de Lanaudière."),
            ]),
        new(March2027, March2027Title, MissionDirection.QuebecToFrance, MissionStatus.Planning, new(2027, 3, 27), new(2027, 4, 4), "CERESO",
            "Une mission en préparation, pendant les semaines où Montréal et Paris ne sont qu'à cinq heures d'écart.",
            [
                ("direction.cereso@demo.passerelles.org", "CERESO", MissionRole.Lead, true),
                ("coach.espace412@demo.passerelles.org", "L'Espace412", MissionRole.Member, false),
            ],
            [
                (2, MissionThemes.Digital, "Lancer des séances co-animées à distance avec les projets incubés des deux côtés."),
                (3, MissionThemes.Youth, "Préparer les premiers stages étudiants avec Habitat Jeunes Sud Aquitaine."),
            ]),
    ];

    public static async Task EnsureAsync(AppDbContext db, Instant now)
    {
        if (await db.Missions.AnyAsync()) return;
        var organisations = await db.Organisations.Select(o => new { o.Name, o.Id }).ToDictionaryAsync(o => o.Name, o => o.Id);
        var emails = Missions.SelectMany(m => m.Members).Select(m => m.Email.ToUpperInvariant()).Distinct().ToList();
        var users = await db.Users.Where(u => emails.Contains(u.NormalizedEmail!)).ToDictionaryAsync(u => u.NormalizedEmail!, u => u.Id);
        foreach (var planned in Missions)
        {
            if (!organisations.TryGetValue(planned.Lead, out var lead)) continue;
            var mission = new Mission
            {
                Id = planned.Id, Title = planned.Title, Direction = planned.Direction, Status = planned.Status, StartsOn = planned.StartsOn,
                EndsOn = planned.EndsOn, LeadOrganisationId = lead, Summary = planned.Summary,
                FundingProgramme = "Fonds franco-québécois pour la coopération décentralisée",
            };
            foreach (var (email, organisation, role, accepted) in planned.Members)
                if (users.TryGetValue(email.ToUpperInvariant(), out var user) && organisations.TryGetValue(organisation, out var travelsFor))
                    mission.Invite(user, travelsFor, role, now, accepted);
            if (!mission.Members.Any(m => m.Role == MissionRole.Lead)) continue;
            var position = 0;
            foreach (var (partnership, themes, text) in planned.Objectives)
                mission.Objectives.Add(new MissionObjective { MissionId = mission.Id, Position = ++position, PartnershipObjective = partnership, Themes = themes, Text = text });
            db.Missions.Add(mission);
        }
        await db.SaveChangesAsync();
    }
}
