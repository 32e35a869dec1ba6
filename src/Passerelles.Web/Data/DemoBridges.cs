
namespace Passerelles.Web.Data;

/// <summary>The bridges of the demo network: the story of the Québec–France partnership since 2018, told in dated links
/// between its organisations. Where only the month or the year is known, the bridge spans it.</summary>
internal static class DemoBridges
{
    public static IEnumerable<Bridge> Story(Func<string, Guid> id)
    {
        Bridge Link(string from, string to, BridgeKind kind, LocalDate? start, LocalDate? end, string description, BridgeStatus status = BridgeStatus.Active) =>
            new()
            {
                FromOrganisationId = id(from), ToOrganisationId = id(to), Kind = kind, Status = status,
                StartDate = start, EndDate = end, Description = description,
            };

        // 2018: the first visit and the informal transfer partnership it started.
        yield return Link("CERESO", "PTCE Sud Aquitaine", BridgeKind.DelegationVisit, new LocalDate(2018, 1, 1), new LocalDate(2018, 12, 31),
            "Première visite en France de la direction du CERESO, dans le cadre de sa stratégie d'internationalisation : naissance d'un partenariat de transfert informel.", BridgeStatus.Ended);
        yield return Link("CERESO", "PTCE Sud Aquitaine", BridgeKind.Partnership, new LocalDate(2018, 1, 1), null,
            "Partenariat de transfert de pratiques, nourri depuis 2018 par des échanges réguliers entre les deux incubateurs.");
        yield return Link("L'Espace412", "Le Tube à ESS'ai", BridgeKind.Counterpart, new LocalDate(2018, 1, 1), null,
            "Les deux incubateurs, ouverts en 2017 et 2018, se reconnaissent comme homologues : forces complémentaires, pratiques à transférer.");

        // Each side's own ecosystem.
        yield return Link("CERESO", "RQIS", BridgeKind.Membership, new LocalDate(2019, 1, 1), null,
            "Le CERESO est membre du Réseau québécois en innovation sociale et présente sa grille de caractérisation des projets.");
        yield return Link("CERESO", "Synchronex", BridgeKind.Membership, null, null, "Membre du réseau des centres collégiaux de transfert.");
        yield return Link("Le Tube à ESS'ai", "CRESS Nouvelle-Aquitaine", BridgeKind.Membership, new LocalDate(2017, 9, 1), null,
            "L'incubateur participe au réseau régional de l'ESS.");
        yield return Link("Habitat Jeunes Sud Aquitaine", "PTCE Sud Aquitaine", BridgeKind.Membership, new LocalDate(2015, 1, 1), null,
            "Acteur du pôle : logement des jeunes salariés et apprentis du territoire.");
        yield return Link("Restaurant inter-entreprises du Seignanx", "PTCE Sud Aquitaine", BridgeKind.Membership, new LocalDate(2014, 6, 1), null,
            "Restauration partagée, l'une des premières coopérations du pôle.");
        yield return Link("Mobilité solidaire Sud Landes", "PTCE Sud Aquitaine", BridgeKind.Membership, new LocalDate(2016, 1, 1), null,
            "Aide à la mobilité pour l'accès à l'emploi.");
        yield return Link("Région Nouvelle-Aquitaine", "Le Tube à ESS'ai", BridgeKind.Funding, new LocalDate(2017, 1, 1), null,
            "Soutien régional à l'incubation de projets d'ESS.");
        yield return Link("Communauté de communes du Seignanx", "PTCE Sud Aquitaine", BridgeKind.Funding, new LocalDate(2014, 1, 1), null,
            "L'intercommunalité soutient le pôle depuis sa création.");
        yield return Link("Pôle d'économie sociale de Lanaudière", "L'Espace412", BridgeKind.Partnership, new LocalDate(2018, 10, 1), null,
            "Orientation des promoteurs de projets collectifs de la région vers l'incubateur.");

        // November 2022: the PTCE's mission to Québec, made possible by the Parcours numérique Québec-France application.
        yield return Link("PTCE Sud Aquitaine", "CERESO", BridgeKind.DelegationVisit, new LocalDate(2022, 11, 1), new LocalDate(2022, 11, 30),
            "Mission du PTCE Sud Aquitaine au Québec, rendue possible par la demande déposée au programme Parcours numérique Québec-France.", BridgeStatus.Ended);

        // October 2023: CERESO's mission to Tarnos, then the Assises in La Rochelle.
        yield return Link("Cégep régional de Lanaudière", "CERESO", BridgeKind.Funding, new LocalDate(2023, 10, 16), new LocalDate(2023, 10, 24),
            "Contribution financière du cégep à la mission en France.", BridgeStatus.Ended);
        yield return Link("Ministère de l'Enseignement supérieur", "CERESO", BridgeKind.Funding, new LocalDate(2023, 10, 16), new LocalDate(2023, 10, 24),
            "Programme de soutien à la mobilité professionnelle des cégeps, pour la mission en France.", BridgeStatus.Ended);
        yield return Link("Fédération des cégeps", "CERESO", BridgeKind.Funding, new LocalDate(2023, 10, 16), new LocalDate(2023, 10, 24),
            "Gestion du programme de mobilité professionnelle qui finance la mission.", BridgeStatus.Ended);
        yield return Link("LOJIQ", "CERESO", BridgeKind.Funding, new LocalDate(2023, 10, 16), new LocalDate(2023, 10, 24),
            "Soutien de LOJIQ à la mission franco-québécoise.", BridgeStatus.Ended);
        yield return Link("CERESO", "PTCE Sud Aquitaine", BridgeKind.DelegationVisit, new LocalDate(2023, 10, 16), new LocalDate(2023, 10, 21),
            "Mission du CERESO à Tarnos : séances de travail avec les acteurs du pôle, visites de prospection, présentations (École entreprise, parité, grille du RQIS).", BridgeStatus.Ended);
        yield return Link("CERESO", "SCIC Pau Pyrénées", BridgeKind.DelegationVisit, new LocalDate(2023, 10, 16), new LocalDate(2023, 10, 21),
            "Rencontre pour comprendre le modèle de développement territorial et évaluer son implantation dans Lanaudière.", BridgeStatus.Ended);
        yield return Link("CERESO", "Cités Unies France", BridgeKind.DelegationVisit, new LocalDate(2023, 10, 23), new LocalDate(2023, 10, 24),
            "Assises franco-québécoises de la coopération décentralisée à La Rochelle : présentation conjointe PTCE – CERESO.", BridgeStatus.Ended);
        yield return Link("PTCE Sud Aquitaine", "Ville de La Rochelle", BridgeKind.DelegationVisit, new LocalDate(2023, 10, 23), new LocalDate(2023, 10, 24),
            "Participation aux Assises et présentation conjointe avec le CERESO.", BridgeStatus.Ended);

        // What the 2023 mission set in motion.
        yield return Link("CERESO", "Le Tube à ESS'ai", BridgeKind.Agreement, new LocalDate(2023, 10, 16), null,
            "Entente (convention de partenariat) en consolidation entre le CERESO et l'incubateur, en vue de sa signature.", BridgeStatus.Introduced);
        yield return Link("L'Espace412", "Le Tube à ESS'ai", BridgeKind.CoProject, new LocalDate(2023, 10, 20), null,
            "Communauté de pratique à distance et coanimation de séances avec les gestionnaires des projets incubés.", BridgeStatus.Proposed);
        yield return Link("CERESO", "Habitat Jeunes Sud Aquitaine", BridgeKind.MobilityExchange, new LocalDate(2023, 10, 17), null,
            "Prospection pour l'accueil d'étudiantes et d'étudiants en mobilité à Tarnos.", BridgeStatus.Introduced);
        yield return Link("CERESO", "Association Habitat Jeunes Pau Pyrénées", BridgeKind.MobilityExchange, new LocalDate(2023, 10, 18), null,
            "Prospection pour l'hébergement d'étudiantes et d'étudiants en mobilité à Pau.", BridgeStatus.Introduced);
        yield return Link("Cégep régional de Lanaudière", "Lycée Ambroise Croizat", BridgeKind.MobilityExchange, new LocalDate(2024, 3, 1), null,
            "Piste d'échanges d'élèves et d'étudiants entre Lanaudière et Tarnos.", BridgeStatus.Proposed);

        // Counterparts on both sides, from long-standing to merely suggested.
        yield return Link("LOJIQ", "OFQJ", BridgeKind.Counterpart, null, null, "Les deux offices de mobilité jeunesse entre le Québec et la France.");
        yield return Link("RQIS", "Avise", BridgeKind.Counterpart, new LocalDate(2021, 1, 1), null,
            "Deux têtes de réseau de l'innovation sociale ; échanges sur les grilles de caractérisation.", BridgeStatus.Introduced);
        yield return Link("Chantier de l'économie sociale", "CRESS Nouvelle-Aquitaine", BridgeKind.Counterpart, null, null,
            "Concertation de l'économie sociale, à l'échelle du Québec et de la région.", BridgeStatus.Proposed);
        yield return Link("Réseau d'investissement social du Québec", "France Active Nouvelle-Aquitaine", BridgeKind.Counterpart, null, null,
            "Financement du prédémarrage et de la création d'entreprises sociales.", BridgeStatus.Proposed);
        yield return Link("Auberge du cœur Roland-Gauvreau", "Habitat Jeunes Sud Aquitaine", BridgeKind.Counterpart, null, null,
            "Logement et accompagnement des jeunes : pistes d'échanges de pratiques.", BridgeStatus.Proposed);
        yield return Link("Table de concertation des groupes de femmes de Lanaudière", "CIDFF des Landes", BridgeKind.Counterpart, null, null,
            "Égalité femmes-hommes et parité : suite de la présentation sur la quête paritaire.", BridgeStatus.Proposed);
        yield return Link("Ministère des Relations internationales et de la Francophonie", "Ministère de l'Europe et des Affaires étrangères", BridgeKind.Partnership, null, null,
            "Fonds franco-québécois pour la coopération décentralisée : innovation, jeunesse, numérique, égalité femmes-hommes.");
    }
}
