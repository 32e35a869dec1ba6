
namespace Passerelles.Web.Data;

/// <summary>What the delegations recorded during their missions — the Québec delegation's to Tarnos, Pau and La Rochelle
/// in October 2023, the PTCE's to Lanaudière and Montréal in November 2022: notes, outcomes against the mission's
/// objectives, and follow-ups given to its members, some done since and some still open. Called once the mission and its
/// itinerary exist; visits are found by the name of the organisation visited, and a visit that is missing is left out.
/// Development only; left as it is once the mission has any record.</summary>
public static class DemoMissionRecords
{
    private sealed record Visit(string Organisation, string Notes, (int Objective, string Text)[] Outcomes, FollowUp[] FollowUps);

    /// <summary>A follow-up, given to the member with the account <see cref="Owner"/> when named, else to each member in
    /// turn.</summary>
    private sealed record FollowUp(string Text, int DaysAfter, bool Done, string? Owner = null);

    private static readonly Visit[] October2023 =
    [
        new("PTCE Sud Aquitaine",
            "Présentation du **modèle PTCE** par la coordination : une quinzaine d'acteurs, environ 200 emplois, une restauration inter-entreprises et une aide à la mobilité mutualisées.\n\n- La gouvernance repose sur le CBE du Seignanx.\n- Le soutien politique de la communauté de communes est décisif.",
            [(5, "Le modèle PTCE est compris : les conditions à réunir en Lanaudière sont listées pour l'étude de faisabilité."), (4, "Trois acteurs du PTCE souhaitent être mis en lien avec l'écosystème du CERESO.")],
            [new("Transmettre la grille des conditions d'un PTCE au CERESO", 21, true), new("Lancer l'étude de faisabilité d'un PTCE en Lanaudière", 120, false)]),
        new("Le Tube à ESS'ai",
            "Atelier commun avec les porteurs de projet incubés. Comparaison des parcours d'incubation des deux côtés.",
            [(1, "Les articles de l'entente sont relus ensemble ; il reste à préciser les engagements de la communauté de pratique."), (2, "Une séance co-animée par mois est retenue pour la communauté de pratique.")],
            [new("Envoyer le projet d'entente révisé au Tube à ESS'ai", 14, true), new("Planifier la première séance co-animée de la communauté de pratique", 45, true), new("Faire signer l'entente par les deux directions", 60, false)]),
        new("Habitat Jeunes Sud Aquitaine",
            "Visite de la résidence de Tarnos (environ 70 jeunes). Échange sur l'accueil de stagiaires québécois.",
            [(3, "Deux places pourraient être réservées à des stagiaires LOJIQ à la rentrée 2024.")],
            [new("Vérifier avec LOJIQ le calendrier de mobilité 2024", 30, false)]),
        new("SCIC Pau Pyrénées",
            "Rencontre avec la SCIC : gouvernance en collèges, place des collectivités.",
            [(4, "La SCIC propose un échange avec une coopérative de solidarité de Lanaudière.")],
            [new("Présenter la SCIC à une coopérative de solidarité de Lanaudière", 40, true)]),
        new("Association Habitat Jeunes Pau Pyrénées",
            "Six résidences, environ 300 logements. Intérêt pour une mobilité dans les deux sens.",
            [(3, "Un séjour d'étudiants du Cégep régional de Lanaudière à Pau est envisagé.")],
            [new("Proposer au Cégep un séjour d'études à Pau", 90, false, "international.cegep@demo.passerelles.org")]),
    ];

    private static readonly Visit[] November2022 =
    [
        new("CERESO",
            "Présentation du CERESO par son équipe : recherche appliquée, accompagnement des organisations et transfert vers les milieux.\n\n- L'Espace412 est son incubateur depuis 2018.\n- Le CERESO souhaite un partenaire d'incubation en France.",
            [(1, "Le CERESO et Le Tube à ESS'ai conviennent de préparer une convention de partenariat."), (4, "Les deux écosystèmes d'innovation sociale sont présentés l'un à l'autre.")],
            [new("Rédiger une première version de la convention CERESO – Le Tube à ESS'ai", 30, true)]),
        new("L'Espace412",
            "Visite du tiers-lieu et rencontre de trois projets incubés. Comparaison des parcours d'incubation.",
            [(4, "Les parcours d'incubation de L'Espace412 et du Tube à ESS'ai se ressemblent : une communauté de pratique commune est envisagée.")],
            [new("Partager le parcours d'incubation du Tube à ESS'ai avec L'Espace412", 21, true)]),
        new("Cégep régional de Lanaudière",
            "Rencontre avec la conseillère à la mobilité internationale à Joliette : les programmes de mobilité étudiante et les stages à l'étranger.",
            [(4, "Le Cégep est prêt à envoyer des stagiaires dans les structures du PTCE.")],
            [new("Inviter le Cégep régional de Lanaudière à la mission d'octobre 2023", 90, true)]),
        new("RQIS",
            "Présentation de la grille de caractérisation des projets d'innovation sociale du RQIS.",
            [(4, "La grille de caractérisation du RQIS pourra être essayée avec des projets du Tube à ESS'ai.")],
            [new("Essayer la grille de caractérisation du RQIS avec deux projets du Tube à ESS'ai", 120, false)]),
    ];

    public static Task EnsureAsync(AppDbContext db, Guid missionId) => EnsureAsync(db, missionId, October2023);

    public static Task EnsureNovember2022Async(AppDbContext db, Guid missionId) => EnsureAsync(db, missionId, November2022);

    private static async Task EnsureAsync(AppDbContext db, Guid missionId, Visit[] visits)
    {
        var mission = await db.Missions.Include(m => m.Objectives).Include(m => m.Members).Include(m => m.Items).ThenInclude(i => i.Organisation)
            .AsSplitQuery().SingleOrDefaultAsync(m => m.Id == missionId);
        if (mission is null || mission.Objectives.Count == 0) return;
        if (await db.VisitRecords.AnyAsync(r => r.MissionId == missionId) || await db.MissionFollowUps.AnyAsync(f => f.MissionId == missionId)) return;
        var owners = mission.Members.Where(m => m.Status == MissionInvitationStatus.Accepted).OrderBy(m => m.Role).Select(m => m.UserId).ToList();
        if (owners.Count == 0) return;
        var ownerEmails = visits.SelectMany(v => v.FollowUps).Select(f => f.Owner?.ToUpperInvariant()).OfType<string>().ToList();
        var accounts = await db.Users.Where(u => ownerEmails.Contains(u.NormalizedEmail!) && owners.Contains(u.Id)).ToDictionaryAsync(u => u.NormalizedEmail!, u => u.Id);
        var recorder = owners[0];
        var objectives = mission.Objectives.OrderBy(o => o.Position).ToList();
        MissionObjective Objective(int partnershipObjective) => objectives.FirstOrDefault(o => o.PartnershipObjective == partnershipObjective) ?? objectives[0];

        var next = 0;
        foreach (var visit in visits)
        {
            var item = mission.Items.Where(i => i.Kind is ItineraryKind.Visit or ItineraryKind.Meeting && i.Organisation?.Name == visit.Organisation)
                .OrderBy(i => i.StartsAt).FirstOrDefault();
            if (item is null) continue;
            var day = item.StartsAt.InZone(TimeZones.Get(TimeZones.Canonical(item.StartZoneId) ?? TimeZones.France)).Date;
            db.VisitRecords.Add(new VisitRecord { ItemId = item.Id, MissionId = missionId, Notes = visit.Notes });
            foreach (var (objective, text) in visit.Outcomes)
                db.VisitOutcomes.Add(new VisitOutcome { ItemId = item.Id, ObjectiveId = Objective(objective).Id, Text = text, RecordedById = recorder, RecordedAt = item.EndsAt });
            foreach (var (text, daysAfter, done, owner) in visit.FollowUps)
            {
                var dueOn = day.PlusDays(daysAfter);
                db.MissionFollowUps.Add(new MissionFollowUp
                {
                    MissionId = missionId, ItemId = item.Id, Text = text, DueOn = dueOn,
                    OwnerId = owner is not null && accounts.TryGetValue(owner.ToUpperInvariant(), out var named) ? named : owners[next++ % owners.Count],
                    DoneAt = done ? dueOn.PlusDays(-2).AtStartOfDayInZone(TimeZones.Get(TimeZones.France)).ToInstant() : null,
                });
            }
        }
        await db.SaveChangesAsync();
    }
}
