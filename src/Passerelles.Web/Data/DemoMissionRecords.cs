using Passerelles.Web.Features.Missions;

namespace Passerelles.Web.Data;

/// <summary>What the Québec delegation recorded during its October 2023 mission to Tarnos, Pau and La Rochelle: notes,
/// outcomes against the mission's objectives, and follow-ups given to its members, some done since and some still open.
/// Called once the mission and its itinerary exist; visits are found by the name of the organisation visited, and a
/// visit that is missing is left out. Development only; left as it is once the mission has any record.</summary>
public static class DemoMissionRecords
{
    private sealed record Visit(string Organisation, string Notes, (int Objective, string Text)[] Outcomes, (string Text, int DaysAfter, bool Done)[] FollowUps);

    private static readonly Visit[] Visits =
    [
        new("PTCE Sud Aquitaine",
            "Présentation du **modèle PTCE** par la coordination : une quinzaine d'acteurs, environ 200 emplois, une restauration inter-entreprises et une aide à la mobilité mutualisées.\n\n- La gouvernance repose sur le CBE du Seignanx.\n- Le soutien politique de la communauté de communes est décisif.",
            [(5, "Le modèle PTCE est compris : les conditions à réunir en Lanaudière sont listées pour l'étude de faisabilité."), (4, "Trois acteurs du PTCE souhaitent être mis en lien avec l'écosystème du CERESO.")],
            [("Transmettre la grille des conditions d'un PTCE au CERESO", 21, true), ("Lancer l'étude de faisabilité d'un PTCE en Lanaudière", 120, false)]),
        new("Le Tube à ESS'ai",
            "Atelier commun avec les porteurs de projet incubés. Comparaison des parcours d'incubation des deux côtés.",
            [(1, "Les articles de l'entente sont relus ensemble ; il reste à préciser les engagements de la communauté de pratique."), (2, "Une séance co-animée par mois est retenue pour la communauté de pratique.")],
            [("Envoyer le projet d'entente révisé au Tube à ESS'ai", 14, true), ("Planifier la première séance co-animée de la communauté de pratique", 45, true), ("Faire signer l'entente par les deux directions", 60, false)]),
        new("Habitat Jeunes Sud Aquitaine",
            "Visite de la résidence de Tarnos (environ 70 jeunes). Échange sur l'accueil de stagiaires québécois.",
            [(3, "Deux places pourraient être réservées à des stagiaires LOJIQ à la rentrée 2024.")],
            [("Vérifier avec LOJIQ le calendrier de mobilité 2024", 30, false)]),
        new("SCIC Pau Pyrénées",
            "Rencontre avec la SCIC : gouvernance en collèges, place des collectivités.",
            [(4, "La SCIC propose un échange avec une coopérative de solidarité de Lanaudière.")],
            [("Présenter la SCIC à une coopérative de solidarité de Lanaudière", 40, true)]),
        new("Habitat Jeunes Pau Pyrénées",
            "Six résidences, environ 300 logements. Intérêt pour une mobilité dans les deux sens.",
            [(3, "Un séjour d'étudiants du Cégep régional de Lanaudière à Pau est envisagé.")],
            [("Proposer au Cégep un séjour d'études à Pau", 90, false)]),
    ];

    public static async Task EnsureAsync(AppDbContext db, Guid missionId)
    {
        var mission = await db.Missions.Include(m => m.Objectives).Include(m => m.Members).Include(m => m.Items).ThenInclude(i => i.Organisation)
            .AsSplitQuery().SingleOrDefaultAsync(m => m.Id == missionId);
        if (mission is null || mission.Objectives.Count == 0) return;
        if (await db.VisitRecords.AnyAsync(r => r.MissionId == missionId) || await db.MissionFollowUps.AnyAsync(f => f.MissionId == missionId)) return;
        var owners = mission.Members.Where(m => m.Status == MissionInvitationStatus.Accepted).OrderBy(m => m.Role).Select(m => m.UserId).ToList();
        if (owners.Count == 0) return;
        var recorder = owners[0];
        var objectives = mission.Objectives.OrderBy(o => o.Position).ToList();
        MissionObjective Objective(int partnershipObjective) => objectives.FirstOrDefault(o => o.PartnershipObjective == partnershipObjective) ?? objectives[0];

        var next = 0;
        foreach (var visit in Visits)
        {
            var item = mission.Items.Where(i => i.Kind is ItineraryKind.Visit or ItineraryKind.Meeting && i.Organisation?.Name == visit.Organisation)
                .OrderBy(i => i.StartsAt).FirstOrDefault();
            if (item is null) continue;
            var day = item.StartsAt.InZone(TimeZones.Get(TimeZones.Canonical(item.StartZoneId) ?? TimeZones.France)).Date;
            db.VisitRecords.Add(new VisitRecord { ItemId = item.Id, MissionId = missionId, Notes = visit.Notes });
            foreach (var (objective, text) in visit.Outcomes)
                db.VisitOutcomes.Add(new VisitOutcome { ItemId = item.Id, ObjectiveId = Objective(objective).Id, Text = text, RecordedById = recorder, RecordedAt = item.EndsAt });
            foreach (var (text, daysAfter, done) in visit.FollowUps)
            {
                var dueOn = day.PlusDays(daysAfter);
                db.MissionFollowUps.Add(new MissionFollowUp
                {
                    MissionId = missionId, ItemId = item.Id, Text = text, OwnerId = owners[next++ % owners.Count], DueOn = dueOn,
                    DoneAt = done ? dueOn.PlusDays(-2).AtStartOfDayInZone(TimeZones.Get(TimeZones.France)).ToInstant() : null,
                });
            }
        }
        await db.SaveChangesAsync();
    }
}
