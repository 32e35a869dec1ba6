
namespace Passerelles.Web.Data;

/// <summary>The two incubators' programmes, stage models and a cohort of projects each, with their history, coaching,
/// milestones and actions, dated around today so that dashboards have something to show. One project is shared
/// between the incubators. Development only; an incubator that already has the demo programme is left as it is.</summary>
public static class DemoProjects
{
    public const string QuebecProgramme = "Parcours d'incubation en entrepreneuriat collectif";
    public const string FranceProgramme = "Parcours d'incubation ESS du Tube à ESS'ai";
    public const string SharedProject = "Coopérative de solidarité La Cantine des élèves";

    private sealed record StageSpec(string Name, string Quebec, string France, CanonicalStage Canonical);

    private sealed record MemberSpec(string Name, string Email, string Role, SelfDeclaredGender? Gender, string? AccountEmail = null);

    private sealed record ProjectSpec(
        string Name, string Summary, string Need, string Beneficiaries, string Territory, string LegalForm, string[] Themes,
        int StageReached, MemberSpec[] Team, Action<Project, Side, LocalDate>? Milestones = null);

    private sealed record IncubatorPlan(
        Organisation Incubator, string Programme, string Cohort, string ZoneId, StageSpec[] Stages, ProjectSpec[] Projects,
        string CoachEmail, string MemberEmail, int SessionHourLocal);

    /// <summary>L'Espace412 names its stages in Québec usage.</summary>
    private static readonly StageSpec[] Espace412Stages =
    [
        new("Exploration", "Exploration", "Sensibilisation", CanonicalStage.Awareness),
        new("Idéation", "Idéation", "Émergence", CanonicalStage.Ideation),
        new("Prédémarrage", "Prédémarrage", "Pré-incubation", CanonicalStage.PreIncubation),
        new("Incubation", "Incubation", "Incubation", CanonicalStage.Incubation),
        new("Démarrage", "Démarrage", "Création", CanonicalStage.Launch),
        new("Consolidation", "Consolidation", "Changement d'échelle", CanonicalStage.Growth),
        new("Sortie", "Sortie", "Sortie", CanonicalStage.Exit),
    ];

    /// <summary>Le Tube à ESS'ai names its stages in France usage and splits incubation in two.</summary>
    private static readonly StageSpec[] TubeStages =
    [
        new("Émergence", "Idéation", "Émergence", CanonicalStage.Ideation),
        new("Pré-incubation", "Prédémarrage", "Pré-incubation", CanonicalStage.PreIncubation),
        new("Incubation — test du modèle", "Incubation — essai du modèle", "Incubation — test du modèle", CanonicalStage.Incubation),
        new("Incubation — structuration", "Incubation — structuration", "Incubation — structuration", CanonicalStage.Incubation),
        new("Création", "Démarrage", "Création", CanonicalStage.Launch),
        new("Post-création", "Consolidation", "Post-création", CanonicalStage.Growth),
        new("Sortie", "Sortie", "Sortie", CanonicalStage.Exit),
    ];

    private static readonly ProjectSpec[] Espace412Projects =
    [
        new(SharedProject,
            "Des élèves du secondaire tiennent la cafétéria de leur école en **coopérative de solidarité**, avec des producteurs de Lanaudière.",
            "Les élèves apprennent peu l'entrepreneuriat collectif et la cafétéria dépend d'un traiteur éloigné.",
            "Environ 600 élèves, leurs familles et une dizaine de producteurs locaux", "L'Assomption (Lanaudière)",
            "Coopérative de solidarité", ["Youth", "Alimentation", "Innovation"], 5,
            [
                new("Élodie Lavoie", "élodie.promotrice@demo.passerelles.org", "Promotrice", SelfDeclaredGender.Woman, "élodie.promotrice@demo.passerelles.org"),
                new("Noah Gauthier", "noah.gauthier@example.org", "Élève administrateur", SelfDeclaredGender.Man),
                new("Léa Bergeron", "lea.bergeron@example.org", "Enseignante accompagnatrice", null),
            ],
            (project, side, today) =>
            {
                project.Milestones.Add(new Milestone { ProjectId = project.Id, Kind = MilestoneKind.LegalCreation, On = today.PlusDays(-75), LegalForm = "Coopérative de solidarité", RegistryNumber = "1176543210" });
                project.Milestones.Add(new Milestone { ProjectId = project.Id, Kind = MilestoneKind.FundsRaised, On = today.PlusDays(-40), Amount = 45_000m, Currency = "CAD", Note = "Fonds jeunesse et caisse d'économie solidaire" });
                project.Milestones.Add(new Milestone { ProjectId = project.Id, Kind = MilestoneKind.JobsCreated, On = today.PlusDays(-20), Fte = 1.5m });
                project.Milestones.Add(new Milestone { ProjectId = project.Id, Kind = MilestoneKind.JobsCreated, On = today.PlusMonths(4), Fte = 1m, Note = "Cuisinier·ère à la rentrée" });
            }),
        new("Friperie mobile de Joliette",
            "Un autobus scolaire réaménagé en friperie qui fait la tournée des municipalités de la MRC.",
            "Les vêtements usagés partent à l'enfouissement alors que les familles des villages n'ont pas de friperie proche.",
            "Familles à faible revenu des petites municipalités", "MRC de Joliette", "OBNL", ["Économie circulaire", "Mobilité"], 4,
            [
                new("Maude Lefebvre", "maude.lefebvre@example.org", "Promotrice", SelfDeclaredGender.Woman),
                new("Karim Benali", "karim.benali@example.org", "Trésorier", SelfDeclaredGender.Man),
            ],
            (project, side, today) =>
                project.Milestones.Add(new Milestone { ProjectId = project.Id, Kind = MilestoneKind.FundsRaised, On = today.PlusDays(-30), Amount = 12_500m, Currency = "CAD" })),
        new("Atelier vélo de L'Assomption",
            "Une coopérative de travail qui répare et loue des vélos et forme des jeunes à la mécanique.",
            "Peu d'options de transport actif et de premiers emplois pour les jeunes de 16 à 20 ans.",
            "Jeunes de 16 à 20 ans, cyclistes du territoire", "L'Assomption (Lanaudière)", "Coopérative de travail", ["Mobilité", "Youth"], 3,
            [
                new("Félix Ouellet", "felix.ouellet@example.org", "Promoteur", SelfDeclaredGender.Man),
                new("Sam Tremblay", "sam.tremblay@example.org", "Mécanicien·ne", SelfDeclaredGender.NonBinary),
            ],
            (project, side, today) =>
                project.Milestones.Add(new Milestone { ProjectId = project.Id, Kind = MilestoneKind.FundsRaised, On = today.PlusDays(-45), Amount = 8_000m, Currency = "CAD", Note = "Subvention de la municipalité pour l'outillage" })),
        new("Serre communautaire de Saint-Lin",
            "Une serre quatre saisons gérée avec les organismes communautaires pour produire des légumes toute l'année.",
            "L'offre de légumes frais l'hiver est chère et lointaine pour les banques alimentaires.",
            "Banques alimentaires et ménages de Saint-Lin–Laurentides", "Saint-Lin–Laurentides", "OBNL", ["Alimentation"], 2,
            [new("Annie Charbonneau", "annie.charbonneau@example.org", "Promotrice", SelfDeclaredGender.Woman)],
            (project, side, today) =>
                project.Milestones.Add(new Milestone { ProjectId = project.Id, Kind = MilestoneKind.FundsRaised, On = today.PlusMonths(2), Amount = 25_000m, Currency = "CAD", Note = "Demande déposée à un fonds d'économie sociale" })),
        new("Covoiturage rural D'Autray",
            "Une plateforme de covoiturage et de transport bénévole pour les aînés et les travailleurs des rangs.",
            "Pas de transport collectif entre les villages de la MRC de D'Autray.",
            "Aînés, travailleurs saisonniers", "MRC de D'Autray", "Coopérative de solidarité", ["Mobilité", "Digital"], 6,
            [
                new("Pierre-Luc Roy", "pl.roy@example.org", "Directeur général", SelfDeclaredGender.Man),
                new("Nadia Hamel", "nadia.hamel@example.org", "Coordonnatrice", SelfDeclaredGender.Woman),
            ],
            (project, side, today) =>
            {
                project.Milestones.Add(new Milestone { ProjectId = project.Id, Kind = MilestoneKind.LegalCreation, On = today.PlusMonths(-14), LegalForm = "Coopérative de solidarité", RegistryNumber = "1172839405" });
                project.Milestones.Add(new Milestone { ProjectId = project.Id, Kind = MilestoneKind.FirstRevenue, On = today.PlusMonths(-10), Amount = 3_200m, Currency = "CAD" });
            }),
    ];

    private static readonly ProjectSpec[] TubeProjects =
    [
        new("Conserverie solidaire du Seignanx",
            "Une **SCIC** qui transforme les invendus des maraîchers du Seignanx en conserves, avec un chantier d'insertion.",
            "Des tonnes de légumes invendus et peu d'emplois accessibles aux personnes éloignées de l'emploi.",
            "Maraîchers du territoire, salarié·es en insertion, restauration collective", "Seignanx (Landes)", "SCIC",
            ["Alimentation", "Économie circulaire"], 5,
            [
                new("Amaia Lafitte", "porteur@demo.passerelles.org", "Porteuse de projet", SelfDeclaredGender.Woman, "porteur@demo.passerelles.org"),
                new("Thomas Duhalde", "thomas.duhalde@example.org", "Maraîcher associé", SelfDeclaredGender.Man),
                new("Claire Sallaberry", "claire.sallaberry@example.org", "Cheffe de production", SelfDeclaredGender.Woman),
            ],
            (project, side, today) =>
            {
                project.Milestones.Add(new Milestone { ProjectId = project.Id, Kind = MilestoneKind.LegalCreation, On = today.PlusDays(-60), LegalForm = "SCIC SAS", RegistryNumber = "912345675" });
                project.Milestones.Add(new Milestone { ProjectId = project.Id, Kind = MilestoneKind.FundsRaised, On = today.PlusDays(-35), Amount = 60_000m, Currency = "EUR", Note = "France Active et prêt d'honneur" });
                project.Milestones.Add(new Milestone { ProjectId = project.Id, Kind = MilestoneKind.JobsCreated, On = today.PlusDays(-10), Fte = 2m });
                project.Milestones.Add(new Milestone { ProjectId = project.Id, Kind = MilestoneKind.FirstRevenue, On = today.PlusMonths(3), Amount = 8_000m, Currency = "EUR", Note = "Premières ventes aux cantines" });
            }),
        new("Recyclerie de planches de surf",
            "Réparer, reconditionner et recycler les planches de surf de la côte landaise et basque.",
            "Les planches cassées finissent en décharge ; leur mousse et leur résine ne se recyclent pas.",
            "Surfeurs, écoles de surf, jeunes en formation", "Tarnos et Boucau", "Association loi 1901", ["Économie circulaire", "Youth"], 4,
            [
                new("Iban Etchegaray", "iban.etchegaray@example.org", "Porteur de projet", SelfDeclaredGender.Man),
                new("Lucie Moreau", "lucie.moreau@example.org", "Bénévole", null),
            ],
            (project, side, today) =>
                project.Milestones.Add(new Milestone { ProjectId = project.Id, Kind = MilestoneKind.FirstRevenue, On = today.PlusDays(-25), Amount = 1_800m, Currency = "EUR", Note = "Premières planches reconditionnées vendues" })),
        new("Tiers-lieu numérique de Tarnos",
            "Un espace de médiation numérique, de réparation d'ordinateurs et de formation pour les habitants.",
            "Un habitant sur cinq n'est pas à l'aise avec les démarches en ligne.",
            "Habitants, demandeurs d'emploi, seniors", "Tarnos (Landes)", "Association loi 1901", ["Digital", "Innovation"], 3,
            [new("Sofiane Haddad", "sofiane.haddad@example.org", "Porteur de projet", SelfDeclaredGender.Man)],
            (project, side, today) =>
                project.Milestones.Add(new Milestone { ProjectId = project.Id, Kind = MilestoneKind.FundsRaised, On = today.PlusDays(-50), Amount = 15_000m, Currency = "EUR", Note = "Appel à projets de la communauté de communes" })),
        new("Mobilité douce Boucau",
            "Location de vélos-cargos et ateliers d'autoréparation pour les trajets domicile-travail.",
            "La zone industrielle est mal desservie et les salarié·es dépendent de la voiture.",
            "Salarié·es de la zone portuaire", "Boucau (Pyrénées-Atlantiques)", "SCOP", ["Mobilité"], 2,
            [
                new("Marion Lasserre", "marion.lasserre@example.org", "Porteuse de projet", SelfDeclaredGender.Woman),
                new("Alex Dupuy", "alex.dupuy@example.org", "Associé·e", SelfDeclaredGender.PreferNotToSay),
            ],
            (project, side, today) =>
                project.Milestones.Add(new Milestone { ProjectId = project.Id, Kind = MilestoneKind.JobsCreated, On = today.PlusMonths(6), Fte = 2m, Note = "Les deux associé·es salarié·es de la SCOP" })),
        new("Épicerie itinérante des Landes",
            "Un camion-épicerie de produits locaux en vrac qui passe dans les villages sans commerce.",
            "Quarante communes du sud des Landes n'ont plus d'épicerie.",
            "Habitants des villages, producteurs locaux", "Sud des Landes", "SCIC", ["Alimentation", "GenderEquality"], 1,
            [new("Chloé Bidart", "chloe.bidart@example.org", "Porteuse de projet", SelfDeclaredGender.Woman)],
            (project, side, today) =>
                project.Milestones.Add(new Milestone { ProjectId = project.Id, Kind = MilestoneKind.FundsRaised, On = today.PlusMonths(3), Amount = 5_000m, Currency = "EUR", Note = "Financement participatif pour le camion" })),
    ];

    public static async Task EnsureAsync(AppDbContext db, Instant now)
    {
        var incubators = await db.Organisations.Where(o => o.Kind == OrganisationKind.Incubator &&
            (o.Name == "L'Espace412" || o.Name == "Le Tube à ESS'ai")).ToDictionaryAsync(o => o.Name);
        if (incubators.Count < 2) return;
        var users = await db.Users.Where(u => u.Email != null && u.Email.EndsWith("@demo.passerelles.org")).ToDictionaryAsync(u => u.Email!);
        var espace412 = incubators["L'Espace412"];
        var tube = incubators["Le Tube à ESS'ai"];

        var quebecProjects = await SeedAsync(db, now, users, new IncubatorPlan(espace412, QuebecProgramme, "Cohorte automne", TimeZones.Quebec,
            Espace412Stages, Espace412Projects, "coach.espace412@demo.passerelles.org", "élodie.promotrice@demo.passerelles.org", 10));
        await SeedAsync(db, now, users, new IncubatorPlan(tube, FranceProgramme, "Promotion", TimeZones.France,
            TubeStages, TubeProjects, "coach.tube@demo.passerelles.org", "porteur@demo.passerelles.org", 14));

        if (quebecProjects.FirstOrDefault(p => p.Name == SharedProject) is { } shared)
        {
            // The team agreed, through its promoter, to be followed by Le Tube à ESS'ai as well; its coach then
            // co-animates a session at 10:00 in Québec, 16:00 (or 15:00 in March) in Tarnos.
            var consenting = shared.Members.First(m => m.UserId is not null || m.Role == "Promotrice");
            var today = now.InZone(DateTimeZoneProviders.Tzdb[TimeZones.Quebec]).Date;
            shared.ShareWith(tube.Id, consenting, now - Duration.FromDays(50), now - Duration.FromDays(49), null);
            if (users.TryGetValue("coach.tube@demo.passerelles.org", out var tubeCoach))
            {
                var session = Session(tube.Id, CoachingKind.Individual, tubeCoach.Id, today.PlusDays(-12), 10, TimeZones.Quebec, 60,
                    "Modèle coopératif français et québécois ; approvisionnement local", shared.Id);
                session.Participants.Add(new CoachingParticipant { SessionId = session.Id, UserId = consenting.UserId, Name = consenting.DisplayName });
                db.CoachingSessions.Add(session);
            }
            await db.SaveChangesAsync();
        }
    }

    private static async Task<List<Project>> SeedAsync(AppDbContext db, Instant now, Dictionary<string, AppUser> users, IncubatorPlan spec)
    {
        if (await db.Programmes.AnyAsync(p => p.IncubatorId == spec.Incubator.Id && p.Name == spec.Programme)) return [];
        var zone = DateTimeZoneProviders.Tzdb[spec.ZoneId];
        var today = now.InZone(zone).Date;
        users.TryGetValue(spec.CoachEmail, out var coach);
        users.TryGetValue(spec.MemberEmail, out var member);

        var stages = await db.IncubatorStages.Where(s => s.IncubatorId == spec.Incubator.Id).OrderBy(s => s.Position).ToListAsync();
        if (stages.Count == 0)
        {
            stages = spec.Stages.Select((s, i) => new IncubatorStage
            {
                IncubatorId = spec.Incubator.Id, Position = i + 1, Name = s.Name, QuebecLabel = s.Quebec, FranceLabel = s.France, CanonicalStage = s.Canonical,
            }).ToList();
            db.IncubatorStages.AddRange(stages);
        }

        var startsOn = today.PlusMonths(-6).With(DateAdjusters.StartOfMonth);
        var programme = new Programme
        {
            IncubatorId = spec.Incubator.Id, Name = spec.Programme,
            Description = "Un accompagnement de douze mois : ateliers collectifs, suivi individuel et mise en réseau avec le partenaire de l'autre côté de l'Atlantique.",
        };
        var cohort = new Cohort { Programme = programme, Name = $"{spec.Cohort} {startsOn.Year}", StartsOn = startsOn, EndsOn = startsOn.PlusMonths(12).PlusDays(-1), Capacity = 8 };
        db.Cohorts.Add(cohort);

        var acceptedAt = At(startsOn, 9, zone);
        var projects = new List<Project>();
        foreach (var (projectSpec, index) in spec.Projects.Select((p, i) => (p, i)))
        {
            var project = Project.ApplyTo(spec.Incubator.Id, projectSpec.Name);
            project.Summary = projectSpec.Summary;
            project.NeedAddressed = projectSpec.Need;
            project.Beneficiaries = projectSpec.Beneficiaries;
            project.Territory = projectSpec.Territory;
            project.LegalFormEnvisaged = projectSpec.LegalForm;
            project.ApplicantEmail = projectSpec.Team[0].Email;
            project.ApplicantCulture = spec.Incubator.DefaultCulture;
            project.Themes = projectSpec.Themes.Select(t => new ProjectTheme { ProjectId = project.Id, Name = t }).ToList();
            project.AcceptInto(cohort, stages[0], acceptedAt, coach?.Id);

            // One step up the incubator's model every few weeks until the stage the project has reached.
            var reached = Math.Min(projectSpec.StageReached, stages.Count) - 1;
            for (var step = 1; step <= reached; step++)
            {
                var on = startsOn.PlusDays(step * 150 / Math.Max(reached, 1) - 10 + index);
                project.MoveToStage(stages[step], At(on < today ? on : today.PlusDays(-1), 16, zone), coach?.Id, Reasons[(step - 1) % Reasons.Length]);
            }

            foreach (var memberSpec in projectSpec.Team)
            {
                var account = memberSpec.AccountEmail is { } email && users.TryGetValue(email, out var user) ? user : null;
                // A gender is the person's own answer, on their account: members without one have not answered.
                if (account is not null) account.Gender ??= memberSpec.Gender;
                project.Members.Add(new ProjectMember
                {
                    ProjectId = project.Id, UserId = account?.Id, DisplayName = memberSpec.Name, Email = memberSpec.Email,
                    Role = memberSpec.Role,
                });
            }
            projectSpec.Milestones?.Invoke(project, spec.Incubator.Side, today);
            db.Projects.Add(project);
            projects.Add(project);

            if (coach is null) continue;
            // Two individual sessions behind, one ahead; actions agreed in the last one, one of them overdue.
            var first = Session(spec.Incubator.Id, CoachingKind.Individual, coach.Id, today.PlusDays(-40 + index), spec.SessionHourLocal, spec.ZoneId, 90,
                "Modèle d'affaires et gouvernance", project.Id);
            var second = Session(spec.Incubator.Id, CoachingKind.Individual, coach.Id, today.PlusDays(-14 + index), spec.SessionHourLocal, spec.ZoneId, 60,
                "Plan de financement et prochaines étapes", project.Id);
            var next = Session(spec.Incubator.Id, CoachingKind.Individual, coach.Id, today.PlusDays(7 + index), spec.SessionHourLocal, spec.ZoneId, 60,
                "Point d'étape", project.Id);
            var owner = project.Members.FirstOrDefault(m => m.UserId is not null)?.UserId ?? coach.Id;
            second.Actions.Add(new CoachingAction
            {
                IncubatorId = spec.Incubator.Id,
                SessionId = second.Id, ProjectId = project.Id, OwnerId = owner, DueOn = today.PlusDays(-3),
                Description = "Envoyer le budget prévisionnel révisé",
            });
            second.Actions.Add(new CoachingAction
            {
                IncubatorId = spec.Incubator.Id,
                SessionId = second.Id, ProjectId = project.Id, OwnerId = coach.Id, DueOn = today.PlusDays(10),
                Description = "Présenter le projet à un bailleur de fonds du territoire",
            });
            var done = new CoachingAction
            {
                IncubatorId = spec.Incubator.Id,
                SessionId = first.Id, ProjectId = project.Id, OwnerId = owner, DueOn = today.PlusDays(-30 + index),
                Description = "Rédiger la mission et les valeurs du projet",
            };
            done.MarkDone(At(today.PlusDays(-32 + index), 11, zone));
            first.Actions.Add(done);
            db.CoachingSessions.AddRange(first, second, next);
        }

        if (coach is not null)
        {
            // A collective workshop for the whole cohort, at a real local time.
            var workshop = Session(spec.Incubator.Id, CoachingKind.Collective, coach.Id, today.PlusDays(-21), spec.SessionHourLocal - 1, spec.ZoneId, 180,
                "Atelier collectif : gouvernance démocratique et statuts", [.. projects.Select(p => p.Id)]);
            foreach (var project in projects)
            {
                var attendee = project.Members[0];
                workshop.Participants.Add(new CoachingParticipant { SessionId = workshop.Id, UserId = attendee.UserId, Name = attendee.DisplayName });
            }
            workshop.Actions.Add(new CoachingAction
            {
                IncubatorId = spec.Incubator.Id,
                SessionId = workshop.Id, ProjectId = projects[0].Id, OwnerId = member?.Id ?? coach.Id, DueOn = today.PlusDays(-7),
                Description = "Faire circuler le projet de statuts auprès des membres fondateurs",
            });
            db.CoachingSessions.Add(workshop);
        }
        await db.SaveChangesAsync();
        // The audit stamp of a new row is the moment it is written; the applications were received three weeks
        // before the committee's decision.
        var ids = projects.Select(p => p.Id).ToList();
        await db.Projects.Where(p => ids.Contains(p.Id)).ExecuteUpdateAsync(s => s.SetProperty(p => p.CreatedAt, acceptedAt - Duration.FromDays(21)));
        return projects;
    }

    private static readonly string[] Reasons =
    [
        "Besoin validé auprès des bénéficiaires",
        "Modèle économique et équipe en place",
        "Étude de marché et prévisionnel présentés au comité",
        "Structure juridique choisie, premiers partenaires engagés",
        "Activité lancée",
        "Croissance des ventes et des emplois",
    ];

    private static Instant At(LocalDate day, int hour, DateTimeZone zone) =>
        day.At(new LocalTime(hour, 0)).InZoneLeniently(zone).ToInstant();

    private static CoachingSession Session(
        Guid incubatorId, CoachingKind kind, Guid coachId, LocalDate day, int hour, string zoneId, int minutes, string topics, params Guid[] projectIds)
    {
        var session = new CoachingSession { IncubatorId = incubatorId, Kind = kind, CoachId = coachId, DurationMinutes = minutes, Topics = topics };
        foreach (var projectId in projectIds) session.AddProject(projectId);
        session.ScheduleAt(At(day, hour, DateTimeZoneProviders.Tzdb[zoneId]), zoneId);
        return session;
    }
}
