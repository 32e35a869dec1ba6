
namespace Passerelles.Web.Data;

/// <summary>The real network of the partnership, with fictional people in each role. Development only.</summary>
public sealed class DemoData(AppDbContext db, UserManager<AppUser> users, TimeProvider time, ResourceFiles files, ILogger<DemoData> logger)
{
    public const string Password = "Passerelles-demo-2023";

    public sealed record DemoAccount(string Email, string Name, string? Organisation, MemberRole? Role, bool NetworkAdministrator = false);

    public static readonly IReadOnlyList<DemoAccount> Accounts =
    [
        new("admin@demo.passerelles.org", "Camille Tremblay", null, null, NetworkAdministrator: true),
        new("direction.cereso@demo.passerelles.org", "Geneviève Gagnon", "CERESO", MemberRole.OrganisationAdministrator),
        new("coach.espace412@demo.passerelles.org", "Mathieu Bouchard", "L'Espace412", MemberRole.Coach),
        new("élodie.promotrice@demo.passerelles.org", "Élodie Lavoie", "L'Espace412", MemberRole.ProjectMember),
        new("coordination.ptce@demo.passerelles.org", "Isabelle Darrigade", "PTCE Sud Aquitaine", MemberRole.OrganisationAdministrator),
        new("direction.tube@demo.passerelles.org", "Maite Irigoyen", "Le Tube à ESS'ai", MemberRole.OrganisationAdministrator),
        new("coach.tube@demo.passerelles.org", "Julien Etcheverry", "Le Tube à ESS'ai", MemberRole.Coach),
        new("porteur@demo.passerelles.org", "Amaia Lafitte", "Le Tube à ESS'ai", MemberRole.ProjectMember),
        new("invite.habitatjeunes@demo.passerelles.org", "Sophie Laborde", "Habitat Jeunes Sud Aquitaine", MemberRole.PartnerGuest),
        new("invite.rqis@demo.passerelles.org", "Marc-André Roy", "RQIS", MemberRole.PartnerGuest),
        new("international.cegep@demo.passerelles.org", "Émilie Arsenault", "Cégep régional de Lanaudière", MemberRole.Coach),
        new(DemoReports.FunderGuest, "Nathalie Côté", "Ministère des Relations internationales et de la Francophonie", MemberRole.PartnerGuest),
    ];

    private static Organisation Quebec(string name, OrganisationKind kind, string region, string legalForm, Organisation? parent = null) => new()
    {
        Name = name, Kind = kind, Side = Side.Quebec, CountryCode = "CA", Region = region, LegalForm = legalForm,
        DefaultCulture = Cultures.QuebecFrench, TimeZoneId = TimeZones.Quebec, Parent = parent,
    };

    private static Organisation France(string name, OrganisationKind kind, string region, string legalForm, Organisation? parent = null) => new()
    {
        Name = name, Kind = kind, Side = Side.France, CountryCode = "FR", Region = region, LegalForm = legalForm,
        DefaultCulture = Cultures.FranceFrench, TimeZoneId = TimeZones.France, Parent = parent,
    };

    /// <summary>Creates the network on an empty database, then the incubators' projects if they have none yet.</summary>
    public async Task EnsureAsync()
    {
        if (!await db.Organisations.AnyAsync()) await CreateNetworkAsync();
        await DemoProjects.EnsureAsync(db, NodaTime.Instant.FromDateTimeOffset(time.GetUtcNow()));
        await DemoAgreements.EnsureAsync(db, NodaTime.Instant.FromDateTimeOffset(time.GetUtcNow()));
        await DemoAssessments.EnsureAsync(db, NodaTime.Instant.FromDateTimeOffset(time.GetUtcNow()));
        await DemoCircles.EnsureAsync(db, files, NodaTime.Instant.FromDateTimeOffset(time.GetUtcNow()));
        await DemoMissions.EnsureAsync(db, NodaTime.Instant.FromDateTimeOffset(time.GetUtcNow()));
        await DemoMissionItinerary.EnsureOctober2023Async(db, DemoMissions.October2023);
        await DemoMissionItinerary.Ensure2027Async(db, DemoMissions.March2027);
        await DemoMissionRecords.EnsureAsync(db, DemoMissions.October2023);
        await DemoMissionItinerary.EnsureNovember2022Async(db, DemoMissions.November2022, NodaTime.Instant.FromDateTimeOffset(time.GetUtcNow()));
        await DemoMissionRecords.EnsureNovember2022Async(db, DemoMissions.November2022);
        await DemoEvents.EnsureAssisesAsync(db, NodaTime.Instant.FromDateTimeOffset(time.GetUtcNow()));
        await DemoMobility.EnsureAsync(db, users, NodaTime.Instant.FromDateTimeOffset(time.GetUtcNow()));
        await DemoHousing.EnsureAsync(db);
        await DemoFunding.EnsureAsync(db);
        await DemoReports.EnsureAsync(db);
        await PrepareDemoPlacementAsync();
        await DemoParity.EnsureAsync(db, users);
        await DemoPrivacy.EnsureAsync(db);
        await DemoPrivacyTransfers.EnsureAsync(db, NodaTime.Instant.FromDateTimeOffset(time.GetUtcNow()));
        await DemoPrivacyRegister.EnsureAsync(db);
        await DemoPrivacyRequests.EnsureAsync(db, NodaTime.Instant.FromDateTimeOffset(time.GetUtcNow()));
    }

    /// <summary>The two accepted applicants' placements: Léa's housed at the Tarnos residence, its contract awaiting
    /// signatures, with nothing overdue; Inès's, leaving in a few weeks, with an overdue item on its departure checklist.</summary>
    private async Task PrepareDemoPlacementAsync()
    {
        var placements = await db.Placements.Include(p => p.Student).Where(p => p.Student!.Email == DemoMobility.HousedApplicant || p.Student!.Email == DemoMobility.PreparingApplicant)
            .ToDictionaryAsync(p => p.Student!.Email!);
        if (placements.TryGetValue(DemoMobility.HousedApplicant, out var housed))
        {
            if (!await db.HousingRequests.AnyAsync(r => r.PlacementId == housed.Id)
                && await db.Users.Where(u => u.Email == "direction.cereso@demo.passerelles.org").Select(u => (Guid?)u.Id).SingleOrDefaultAsync() is { } coordinator)
                await DemoHousing.HouseAsync(db, housed, coordinator, NodaTime.Instant.FromDateTimeOffset(time.GetUtcNow()));
            await DemoPlacements.EnsureChecklistAsync(db, housed.Id, time, leaveTravelOverdue: false);
        }
        if (placements.TryGetValue(DemoMobility.PreparingApplicant, out var preparing))
            await DemoPlacements.EnsureChecklistAsync(db, preparing.Id, time, leaveTravelOverdue: true);
    }

    private async Task CreateNetworkAsync()
    {

        var cegep = Quebec("Cégep régional de Lanaudière", OrganisationKind.College, "Lanaudière", "Collège public (cégep)")
            .Profile("Joliette", 46.0217, -73.4424, "Cégep aux trois collèges (Joliette, L'Assomption, Terrebonne) qui porte le CERESO.", "Youth", "Innovation");
        var cereso = Quebec("CERESO", OrganisationKind.TransferCentre, "Lanaudière", "Centre collégial de transfert de technologie", cegep)
            .Profile("L'Assomption", 45.8237, -73.4297, "Centre collégial de transfert en innovation sociale, fondé en 2007 : recherche appliquée, accompagnement et transfert vers les milieux.", "Innovation", "GenderEquality", "Youth");
        var espace412 = Quebec("L'Espace412", OrganisationKind.Incubator, "Lanaudière", "Incubateur du CERESO", cereso)
            .Profile("L'Assomption", 45.8262, -73.4322, "Tiers-lieu et incubateur du CERESO, ouvert en 2018, pour les projets collectifs et l'innovation sociale.", "Innovation", "Youth", "Incubation");
        var cbe = France("CBE du Seignanx", OrganisationKind.Association, "Nouvelle-Aquitaine (Landes)", "Association loi 1901")
            .Profile("Tarnos", 43.5402, -1.4612, "Comité de bassin d'emploi du Seignanx, association qui porte le PTCE Sud Aquitaine.", "Innovation");
        var ptce = France("PTCE Sud Aquitaine", OrganisationKind.TerritorialCluster, "Nouvelle-Aquitaine (Landes)", "Pôle territorial de coopération économique", cbe)
            .Profile("Tarnos", 43.5419, -1.4630, "Pôle territorial de coopération économique créé en 2014 : une quinzaine d'acteurs, environ 250 entreprises membres, restauration inter-entreprises, mobilité, formation et incubation.", "Innovation", "Digital", "Coopération");
        var tube = France("Le Tube à ESS'ai", OrganisationKind.Incubator, "Nouvelle-Aquitaine (Landes)", "Incubateur territorial ESS", ptce)
            .Profile("Tarnos", 43.5391, -1.4587, "Incubateur territorial d'économie sociale et solidaire du sud Aquitaine, créé en 2017, pour les projets de territoire.", "Innovation", "Youth", "Incubation");
        var scicPau = France("SCIC Pau Pyrénées", OrganisationKind.Cooperative, "Nouvelle-Aquitaine (Pyrénées-Atlantiques)", "SCIC")
            .Profile("Pau", 43.2951, -0.3708, "Société coopérative d'intérêt collectif qui réunit salariés, usagers, entreprises et collectivités autour de l'emploi local.", "Coopération");
        var habitatPau = France("Association Habitat Jeunes Pau Pyrénées", OrganisationKind.YouthHousing, "Nouvelle-Aquitaine (Pyrénées-Atlantiques)", "Association loi 1901")
            .Profile("Pau", 43.2985, -0.3660, "Logement et accompagnement des jeunes de 16 à 30 ans : environ 300 logements répartis dans six résidences.", "Youth", "Logement", "Mobilité");
        var habitatSud = France("Habitat Jeunes Sud Aquitaine", OrganisationKind.YouthHousing, "Nouvelle-Aquitaine (Landes)", "Association loi 1901")
            .Profile("Tarnos", 43.5377, -1.4648, "Résidences pour les jeunes de 16 à 30 ans : 115 logements, dont une résidence d'environ 70 jeunes à Tarnos.", "Youth", "Logement", "Mobilité");
        var rqis = Quebec("RQIS", OrganisationKind.Network, "Québec", "OBNL")
            .Profile("Montréal", 45.5088, -73.5540, "Réseau québécois en innovation sociale : il relie les acteurs de l'innovation sociale et outille la caractérisation des projets.", "Innovation");
        var lojiq = Quebec("LOJIQ", OrganisationKind.Funder, "Québec", "Organisme public")
            .Profile("Montréal", 45.5017, -73.5673, "Les Offices jeunesse internationaux du Québec soutiennent la mobilité des jeunes de 18 à 35 ans.", "Youth", "Mobilité");
        var federation = Quebec("Fédération des cégeps", OrganisationKind.Network, "Québec", "OBNL")
            .Profile("Montréal", 45.5362, -73.6106, "Regroupement des cégeps publics ; gère le programme de soutien à la mobilité professionnelle des cégeps.", "Youth");
        db.Organisations.AddRange(cegep, cereso, espace412, cbe, ptce, tube, scicPau, habitatPau, habitatSud, rqis, lojiq, federation);

        var quebec = new[]
        {
            Quebec("Ministère de l'Enseignement supérieur", OrganisationKind.PublicBody, "Capitale-Nationale", "Ministère")
                .Profile("Québec", 46.8098, -71.2145, "Finance la mobilité professionnelle du personnel des cégeps.", "Youth"),
            Quebec("Ministère des Relations internationales et de la Francophonie", OrganisationKind.PublicBody, "Capitale-Nationale", "Ministère")
                .Profile("Québec", 46.8123, -71.2079, "Anime la coopération décentralisée franco-québécoise et son fonds.", "Innovation", "Youth", "Digital", "GenderEquality"),
            Quebec("Chantier de l'économie sociale", OrganisationKind.Network, "Montréal", "OBNL")
                .Profile("Montréal", 45.5301, -73.5951, "Instance de concertation nationale de l'économie sociale et de l'entrepreneuriat collectif.", "Innovation", "Coopération"),
            Quebec("TIESS", OrganisationKind.ResearchBody, "Montréal", "OBNL")
                .Profile("Montréal", 45.5338, -73.5526, "Organisme de liaison et de transfert en innovation sociale pour les territoires et l'économie sociale.", "Innovation", "Digital"),
            Quebec("CRISES", OrganisationKind.ResearchBody, "Montréal", "Centre de recherche universitaire")
                .Profile("Montréal", 45.5098, -73.5682, "Centre de recherche interuniversitaire sur les innovations sociales.", "Innovation"),
            Quebec("Pôle d'économie sociale de Lanaudière", OrganisationKind.Network, "Lanaudière", "OBNL")
                .Profile("Joliette", 46.0253, -73.4401, "Concertation régionale de l'économie sociale : promotion, accompagnement et réseautage des entreprises collectives.", "Innovation", "Coopération"),
            Quebec("MRC de L'Assomption", OrganisationKind.LocalAuthority, "Lanaudière", "Municipalité régionale de comté")
                .Profile("L'Assomption", 45.8320, -73.4185, "Municipalité régionale de comté ; développement économique et soutien aux entreprises du territoire.", "Innovation"),
            Quebec("MRC de Joliette", OrganisationKind.LocalAuthority, "Lanaudière", "Municipalité régionale de comté")
                .Profile("Joliette", 46.0184, -73.4234, "Municipalité régionale de comté du centre de Lanaudière.", "Innovation"),
            Quebec("Ville de Terrebonne", OrganisationKind.LocalAuthority, "Lanaudière", "Municipalité")
                .Profile("Terrebonne", 45.6963, -73.6473, "Ville du sud de Lanaudière, partenaire de projets jeunesse et d'économie sociale.", "Youth"),
            Quebec("Synchronex", OrganisationKind.Network, "Québec", "OBNL")
                .Profile("Québec", 46.8035, -71.2425, "Réseau des centres collégiaux de transfert de technologie.", "Innovation"),
            Quebec("Centre d'innovation sociale en agriculture", OrganisationKind.TransferCentre, "Centre-du-Québec", "Centre collégial de transfert de technologie")
                .Profile("Victoriaville", 46.0571, -71.9576, "Centre collégial de transfert en innovation sociale appliquée à l'agriculture et au milieu rural.", "Innovation", "Alimentation"),
            Quebec("Maison de l'innovation sociale", OrganisationKind.Network, "Montréal", "OBNL")
                .Profile("Montréal", 45.5003, -73.5703, "Lieu de rencontre et d'accélération pour l'innovation sociale.", "Innovation", "Digital"),
            Quebec("Esplanade Québec", OrganisationKind.Incubator, "Montréal", "OBNL")
                .Profile("Montréal", 45.5278, -73.5993, "Accélérateur d'entreprises d'impact social et environnemental.", "Innovation", "Incubation"),
            Quebec("Fiducie du Chantier de l'économie sociale", OrganisationKind.Funder, "Montréal", "Fiducie")
                .Profile("Montréal", 45.5299, -73.5955, "Capital patient pour les entreprises d'économie sociale.", "Innovation"),
            Quebec("Réseau d'investissement social du Québec", OrganisationKind.Funder, "Montréal", "OBNL")
                .Profile("Montréal", 45.5310, -73.5940, "Prêts et accompagnement au prédémarrage des entreprises d'économie sociale.", "Innovation"),
            Quebec("Caisse d'économie solidaire Desjardins", OrganisationKind.Funder, "Capitale-Nationale", "Coopérative de services financiers")
                .Profile("Québec", 46.8124, -71.2214, "Caisse spécialisée dans le financement des coopératives, des OBNL et de l'entrepreneuriat collectif.", "Innovation", "Coopération"),
            Quebec("La Ruche", OrganisationKind.Funder, "Capitale-Nationale", "OBNL")
                .Profile("Québec", 46.8139, -71.2248, "Plateforme de financement participatif pour des projets qui font rayonner les régions.", "Digital", "Youth"),
            Quebec("Regroupement des Auberges du cœur du Québec", OrganisationKind.YouthHousing, "Montréal", "OBNL")
                .Profile("Montréal", 45.5402, -73.6051, "Réseau de maisons d'hébergement communautaire pour les jeunes de 12 à 30 ans.", "Youth", "Logement"),
            Quebec("Auberge du cœur Roland-Gauvreau", OrganisationKind.YouthHousing, "Lanaudière", "OBNL")
                .Profile("Joliette", 46.0236, -73.4472, "Hébergement et accompagnement de jeunes de 18 à 30 ans à Joliette.", "Youth", "Logement"),
            Quebec("Habitations jeunesse de Terrebonne", OrganisationKind.YouthHousing, "Lanaudière", "OBNL")
                .Profile("Terrebonne", 45.7005, -73.6412, "Logements abordables avec accompagnement pour les jeunes qui étudient ou travaillent.", "Youth", "Logement"),
            Quebec("Carrefour jeunesse-emploi D'Autray-Joliette", OrganisationKind.Association, "Lanaudière", "OBNL")
                .Profile("Joliette", 46.0201, -73.4386, "Accompagnement des jeunes de 16 à 35 ans vers l'emploi, les études et l'entrepreneuriat.", "Youth", "Mobilité"),
            Quebec("Table de concertation des groupes de femmes de Lanaudière", OrganisationKind.Network, "Lanaudière", "OBNL")
                .Profile("Joliette", 46.0229, -73.4358, "Concertation régionale pour l'égalité entre les femmes et les hommes et la parité dans les instances.", "GenderEquality"),
            Quebec("Coopérative de solidarité Les Jardins de Saint-Lin", OrganisationKind.Cooperative, "Lanaudière", "Coopérative de solidarité")
                .Profile("Saint-Lin–Laurentides", 45.8559, -73.7640, "Maraîchage biologique et paniers solidaires, gouvernés par producteurs, travailleurs et membres de soutien.", "Alimentation", "Coopération"),
            Quebec("Atelier vélo solidaire de Joliette", OrganisationKind.Cooperative, "Lanaudière", "Coopérative de travail")
                .Profile("Joliette", 46.0265, -73.4298, "Coopérative de travail qui répare, recycle et prête des vélos.", "Mobilité", "Économie circulaire"),
            Quebec("Friperie communautaire de Repentigny", OrganisationKind.Association, "Lanaudière", "OBNL")
                .Profile("Repentigny", 45.7422, -73.4500, "Friperie et insertion socioprofessionnelle.", "Économie circulaire"),
            Quebec("Épicerie solidaire de Rawdon", OrganisationKind.Cooperative, "Lanaudière", "Coopérative de consommateurs")
                .Profile("Rawdon", 46.0446, -73.7180, "Épicerie coopérative de proximité et de produits locaux.", "Alimentation", "Coopération"),
            Quebec("Ressourcerie Lanaudière", OrganisationKind.Enterprise, "Lanaudière", "Entreprise d'économie sociale")
                .Profile("Joliette", 46.0310, -73.4510, "Réemploi d'objets et de meubles, formation et emplois en économie circulaire.", "Économie circulaire"),
            Quebec("Atelier numérique de Joliette", OrganisationKind.Association, "Lanaudière", "OBNL")
                .Profile("Joliette", 46.0190, -73.4330, "Ateliers de littératie numérique et fablab citoyen.", "Digital", "Youth"),
            Quebec("École entreprise de Lanaudière", OrganisationKind.Association, "Lanaudière", "OBNL")
                .Profile("L'Assomption", 45.8251, -73.4270, "Projet pédagogique où des élèves créent et gèrent une entreprise collective.", "Youth", "Innovation")
                .Hidden(),
            Quebec("Coopérative de développement régional Lanaudière", OrganisationKind.Cooperative, "Lanaudière", "Coopérative")
                .Profile("Joliette", 46.0245, -73.4415, "Accompagnement au démarrage et au développement des coopératives de la région.", "Coopération", "Incubation"),
            Quebec("Université du Québec à Trois-Rivières", OrganisationKind.ResearchBody, "Mauricie", "Université")
                .Profile("Trois-Rivières", 46.3470, -72.5776, "Université partenaire de recherches sur le développement territorial.", "Innovation"),
            Quebec("Centre de transfert pour la réussite éducative du Québec", OrganisationKind.ResearchBody, "Capitale-Nationale", "OBNL")
                .Profile("Québec", 46.7807, -71.2746, "Transfert de connaissances en éducation et réussite scolaire.", "Youth", "Innovation"),
        };
        db.Organisations.AddRange(quebec);

        var france = new[]
        {
            France("Communauté de communes du Seignanx", OrganisationKind.LocalAuthority, "Nouvelle-Aquitaine (Landes)", "Communauté de communes")
                .Profile("Saint-Martin-de-Seignanx", 43.5436, -1.3843, "Intercommunalité du sud des Landes, partenaire fondatrice du PTCE.", "Innovation", "Mobilité"),
            France("Ville de Tarnos", OrganisationKind.LocalAuthority, "Nouvelle-Aquitaine (Landes)", "Commune")
                .Profile("Tarnos", 43.5413, -1.4607, "Commune d'accueil du PTCE Sud Aquitaine et de l'incubateur.", "Youth"),
            France("Département des Landes", OrganisationKind.LocalAuthority, "Nouvelle-Aquitaine (Landes)", "Département")
                .Profile("Mont-de-Marsan", 43.8906, -0.4993, "Département qui soutient l'économie sociale et solidaire et l'insertion.", "Innovation", "Youth"),
            France("Région Nouvelle-Aquitaine", OrganisationKind.LocalAuthority, "Nouvelle-Aquitaine (Gironde)", "Région")
                .Profile("Bordeaux", 44.8378, -0.5792, "Région qui finance l'incubation de projets d'ESS et la coopération internationale.", "Innovation", "Digital"),
            France("Communauté d'agglomération Pays Basque", OrganisationKind.LocalAuthority, "Nouvelle-Aquitaine (Pyrénées-Atlantiques)", "Communauté d'agglomération")
                .Profile("Bayonne", 43.4929, -1.4748, "Agglomération voisine, partenaire du développement économique du sud Aquitaine.", "Innovation"),
            France("Ville de La Rochelle", OrganisationKind.LocalAuthority, "Nouvelle-Aquitaine (Charente-Maritime)", "Commune")
                .Profile("La Rochelle", 46.1603, -1.1511, "Ville hôte des Assises franco-québécoises de la coopération décentralisée en octobre 2023.", "Innovation", "Youth"),
            France("Cités Unies France", OrganisationKind.Network, "Île-de-France", "Association loi 1901")
                .Profile("Paris", 48.8744, 2.3520, "Réseau des collectivités françaises engagées dans l'action internationale ; coorganise les Assises.", "Innovation", "Youth", "Digital", "GenderEquality"),
            France("OFQJ", OrganisationKind.Funder, "Île-de-France", "Organisme international")
                .Profile("Paris", 48.8771, 2.3628, "Office franco-québécois pour la jeunesse : mobilité des jeunes de 18 à 35 ans entre la France et le Québec.", "Youth", "Mobilité"),
            France("CRESS Nouvelle-Aquitaine", OrganisationKind.Network, "Nouvelle-Aquitaine (Gironde)", "Association loi 1901")
                .Profile("Bordeaux", 44.8441, -0.5698, "Chambre régionale de l'économie sociale et solidaire.", "Innovation", "Coopération"),
            France("Le Labo de l'ESS", OrganisationKind.Network, "Île-de-France", "Association loi 1901")
                .Profile("Paris", 48.8698, 2.3702, "Laboratoire d'idées de l'ESS qui a fait connaître les pôles territoriaux de coopération économique.", "Innovation"),
            France("Avise", OrganisationKind.Network, "Île-de-France", "Association loi 1901")
                .Profile("Paris", 48.8409, 2.3865, "Agence d'ingénierie pour développer l'économie sociale et solidaire et l'innovation sociale.", "Innovation", "Incubation"),
            France("France Active Nouvelle-Aquitaine", OrganisationKind.Funder, "Nouvelle-Aquitaine (Gironde)", "Association loi 1901")
                .Profile("Bordeaux", 44.8520, -0.5660, "Financement et accompagnement des entreprises de l'ESS.", "Innovation"),
            France("Banque des Territoires Nouvelle-Aquitaine", OrganisationKind.Funder, "Nouvelle-Aquitaine (Gironde)", "Établissement public")
                .Profile("Bordeaux", 44.8412, -0.5810, "Investissement dans les projets de territoire, dont les tiers-lieux et l'ESS.", "Digital"),
            France("Union régionale des Scop et Scic Nouvelle-Aquitaine", OrganisationKind.Network, "Nouvelle-Aquitaine (Gironde)", "Association loi 1901")
                .Profile("Bordeaux", 44.8560, -0.5720, "Réseau d'accompagnement des coopératives de salariés et d'intérêt collectif.", "Coopération"),
            France("ATIS", OrganisationKind.Incubator, "Nouvelle-Aquitaine (Gironde)", "Association loi 1901")
                .Profile("Bordeaux", 44.8493, -0.5532, "Association territoires et innovation sociale : incubation de projets d'innovation sociale en Nouvelle-Aquitaine.", "Innovation", "Incubation"),
            France("PTCE Pôle Sud Archer", OrganisationKind.TerritorialCluster, "Auvergne-Rhône-Alpes (Drôme)", "Pôle territorial de coopération économique")
                .Profile("Romans-sur-Isère", 45.0434, 5.0511, "Pôle territorial de coopération qui relance l'industrie de la chaussure et l'emploi local.", "Innovation", "Coopération"),
            France("Université de Pau et des Pays de l'Adour", OrganisationKind.ResearchBody, "Nouvelle-Aquitaine (Pyrénées-Atlantiques)", "Université")
                .Profile("Pau", 43.3145, -0.3646, "Université partenaire de travaux sur le développement territorial et l'ESS.", "Innovation", "Youth"),
            France("Lycée Ambroise Croizat", OrganisationKind.College, "Nouvelle-Aquitaine (Landes)", "Lycée public")
                .Profile("Tarnos", 43.5449, -1.4571, "Lycée polyvalent de Tarnos, partenaire de projets de mobilité d'élèves.", "Youth", "Mobilité"),
            France("IUT de Bayonne et du Pays basque", OrganisationKind.College, "Nouvelle-Aquitaine (Pyrénées-Atlantiques)", "Institut universitaire de technologie")
                .Profile("Bayonne", 43.4800, -1.4880, "Formations technologiques et stages à l'international.", "Youth", "Digital"),
            France("Habitat Jeunes La Rochelle", OrganisationKind.YouthHousing, "Nouvelle-Aquitaine (Charente-Maritime)", "Association loi 1901")
                .Profile("La Rochelle", 46.1590, -1.1460, "Résidences et accompagnement pour les jeunes de 16 à 30 ans en formation ou en emploi.", "Youth", "Logement", "Mobilité"),
            France("Mission locale des Landes", OrganisationKind.Association, "Nouvelle-Aquitaine (Landes)", "Association loi 1901")
                .Profile("Saint-Vincent-de-Tyrosse", 43.6602, -1.3047, "Accompagnement des jeunes de 16 à 25 ans vers l'emploi, la formation et le logement.", "Youth", "Mobilité"),
            France("Restaurant inter-entreprises du Seignanx", OrganisationKind.Cooperative, "Nouvelle-Aquitaine (Landes)", "SCIC")
                .Profile("Boucau", 43.5232, -1.4861, "Restauration collective partagée par les entreprises de la zone, membre du PTCE.", "Alimentation", "Coopération"),
            France("Mobilité solidaire Sud Landes", OrganisationKind.Association, "Nouvelle-Aquitaine (Landes)", "Association loi 1901")
                .Profile("Saint-Vincent-de-Tyrosse", 43.6580, -1.3080, "Garage solidaire, location de véhicules et auto-école sociale pour l'accès à l'emploi.", "Mobilité"),
            France("Groupement d'employeurs Sud Aquitaine", OrganisationKind.Association, "Nouvelle-Aquitaine (Landes)", "Association loi 1901")
                .Profile("Tarnos", 43.5435, -1.4660, "Emplois partagés entre entreprises du territoire.", "Coopération"),
            France("Ressourcerie du Seignanx", OrganisationKind.Association, "Nouvelle-Aquitaine (Landes)", "Association loi 1901")
                .Profile("Ondres", 43.5631, -1.4478, "Collecte, réemploi et vente solidaire ; chantier d'insertion.", "Économie circulaire"),
            France("Coopérative d'activités et d'emploi Sud Aquitaine", OrganisationKind.Cooperative, "Nouvelle-Aquitaine (Pyrénées-Atlantiques)", "SCOP")
                .Profile("Bayonne", 43.4903, -1.4740, "Coopérative qui héberge des porteurs de projets entrepreneurs-salariés.", "Incubation", "Coopération"),
            France("Tiers-lieu La Fabrique de Boucau", OrganisationKind.Association, "Nouvelle-Aquitaine (Pyrénées-Atlantiques)", "Association loi 1901")
                .Profile("Boucau", 43.5270, -1.4820, "Atelier partagé, fablab et espace de travail pour les projets collectifs.", "Digital", "Innovation"),
            France("CIDFF des Landes", OrganisationKind.Association, "Nouvelle-Aquitaine (Landes)", "Association loi 1901")
                .Profile("Mont-de-Marsan", 43.8930, -0.5010, "Information sur les droits des femmes et des familles, égalité professionnelle.", "GenderEquality"),
            France("Femmes entrepreneures du Pays basque", OrganisationKind.Network, "Nouvelle-Aquitaine (Pyrénées-Atlantiques)", "Association loi 1901")
                .Profile("Bayonne", 43.4940, -1.4760, "Réseau d'entraide et de mentorat pour les créatrices d'entreprises.", "GenderEquality", "Incubation"),
            France("Incubateur ESS du Béarn", OrganisationKind.Incubator, "Nouvelle-Aquitaine (Pyrénées-Atlantiques)", "Association loi 1901")
                .Profile("Pau", 43.2990, -0.3720, "Incubateur de projets d'économie sociale et solidaire en Béarn, de l'émergence à la création.", "Innovation", "Incubation", "Youth"),
            France("Épicerie sociale de Tarnos", OrganisationKind.Association, "Nouvelle-Aquitaine (Landes)", "Association loi 1901")
                .Profile("Tarnos", 43.5398, -1.4621, "Aide alimentaire et ateliers cuisine.", "Alimentation")
                .Hidden(),
            France("Ministère de l'Europe et des Affaires étrangères", OrganisationKind.PublicBody, "Île-de-France", "Ministère")
                .Profile("Paris", 48.8620, 2.3150, "Délégation pour l'action extérieure des collectivités territoriales ; cofinance la coopération décentralisée.", "Innovation", "Youth", "Digital", "GenderEquality"),
        };
        db.Organisations.AddRange(france);
        await db.SaveChangesAsync();

        var all = await db.Organisations.ToDictionaryAsync(o => o.Name, o => o.Id);
        db.Bridges.AddRange(DemoBridges.Story(name => all[name]));
        await db.SaveChangesAsync();

        var organisations = await db.Organisations.ToDictionaryAsync(o => o.Name);
        foreach (var account in Accounts)
        {
            var organisation = account.Organisation is null ? null : organisations[account.Organisation];
            var user = new AppUser
            {
                UserName = account.Email,
                Email = account.Email,
                EmailConfirmed = true,
                DisplayName = account.Name,
                IsNetworkAdministrator = account.NetworkAdministrator,
                PreferredCulture = organisation?.DefaultCulture ?? "",
            };
            var result = await users.CreateAsync(user, Password);
            if (!result.Succeeded)
                throw new InvalidOperationException($"Demo account {account.Email}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
            if (organisation is not null && account.Role is { } role)
                db.Memberships.Add(new Membership { OrganisationId = organisation.Id, UserId = user.Id, Role = role });
        }
        await db.SaveChangesAsync();
        logger.LogInformation("Demo network created: {Organisations} organisations, {Bridges} bridges, {Accounts} accounts",
            organisations.Count, await db.Bridges.CountAsync(), Accounts.Count);
    }

    public void PrintAccounts(TextWriter output)
    {
        output.WriteLine();
        output.WriteLine($"Demo accounts (Development only), password \"{Password}\":");
        foreach (var account in Accounts)
        {
            var place = account.NetworkAdministrator ? "network administrator" : $"{account.Role} at {account.Organisation}";
            output.WriteLine($"  {account.Email,-45} {place}");
        }
        output.WriteLine();
    }
}

internal static class DemoProfiles
{
    /// <summary>Where the organisation is, what it does and its themes; demo organisations are public unless hidden.</summary>
    public static Organisation Profile(this Organisation organisation, string locality, double latitude, double longitude, string description, params string[] themes)
    {
        organisation.Locality = locality;
        organisation.Latitude = latitude;
        organisation.Longitude = longitude;
        organisation.Description = description;
        organisation.IsPublic = true;
        organisation.Themes = themes.Select(t => new OrganisationTheme { Name = t }).ToList();
        return organisation;
    }

    public static Organisation Hidden(this Organisation organisation)
    {
        organisation.IsPublic = false;
        return organisation;
    }
}
