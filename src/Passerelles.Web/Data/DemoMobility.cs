
namespace Passerelles.Web.Data;

/// <summary>Student mobility: the LOJIQ and OFQJ programmes, CERESO's LOJIQ call with two offers (Le Tube à ESS'ai, SCIC
/// Pau Pyrénées), the PTCE's OFQJ call with one offer at L'Espace412 for a French student, and five applicants: one 35
/// on the day before the start and 36 on it, two accepted (Léa, leaving in September 2027, and Inès, leaving five weeks
/// after the demo is made), the others shortlisted and on the waiting list. Development only; left as it is once any
/// programme exists.</summary>
public static class DemoMobility
{
    private sealed record Applicant(string Email, string Name, string SendingOrganisation, LocalDate BirthDate, string Offer, ApplicationStatus Status, int? Score);

    private const string Tube = "Chargé·e de projet en incubation ESS";
    private const string Pau = "Animation d'une coopérative de territoire";
    private const string Espace = "Médiation numérique dans un tiers-lieu";

    private static readonly LocalDate LojiqStart = new(2027, 9, 1);

    /// <summary>The accepted applicant housed at the Tarnos residence, with nothing overdue.</summary>
    public const string HousedApplicant = "lea.stagiaire@demo.passerelles.org";

    /// <summary>The accepted applicant whose departure is near, with an overdue checklist item.</summary>
    public const string PreparingApplicant = "ines.stagiaire@demo.passerelles.org";

    private static readonly Applicant[] Applicants =
    [
        new(HousedApplicant, "Léa Beaulieu", "Cégep régional de Lanaudière", new(2005, 2, 14), Tube, ApplicationStatus.Accepted, 9),
        new("william.stagiaire@demo.passerelles.org", "William Côté", "Cégep régional de Lanaudière", new(2004, 6, 3), Tube, ApplicationStatus.Shortlisted, 7),
        new("noemie.stagiaire@demo.passerelles.org", "Noémie Pelletier", "Cégep régional de Lanaudière", new(2003, 11, 22), Pau, ApplicationStatus.WaitingList, 6),
        // 35 on 31 August 2027, 36 on 1 September 2027, the first day of the stay: ineligible.
        new("olivier.stagiaire@demo.passerelles.org", "Olivier Gauthier", "Cégep régional de Lanaudière", new(1991, 9, 1), Pau, ApplicationStatus.Submitted, null),
        new(PreparingApplicant, "Inès Duhalde", "PTCE Sud Aquitaine", new(2002, 4, 9), Espace, ApplicationStatus.Accepted, 8),
    ];

    public static async Task EnsureAsync(AppDbContext db, UserManager<AppUser> users, Instant now)
    {
        if (await db.MobilityProgrammes.AnyAsync()) return;
        var organisations = await db.Organisations.Select(o => new { o.Name, o.Id, o.DefaultCulture }).ToDictionaryAsync(o => o.Name);
        var emails = new[] { "coach.tube@demo.passerelles.org", "coach.espace412@demo.passerelles.org", "direction.tube@demo.passerelles.org" };
        var staff = await db.Users.Where(u => emails.Contains(u.Email!)).ToDictionaryAsync(u => u.Email!, u => u.Id);
        if (!organisations.ContainsKey("CERESO") || staff.Count < emails.Length) return;

        var lojiq = new MobilityProgramme
        {
            Name = "Stages LOJIQ", FunderOrganisationId = organisations.GetValueOrDefault("LOJIQ")?.Id, MinimumAge = 18, MaximumAge = 35, MinimumMonths = 3, MaximumMonths = 6,
            ResidenceCondition = "Citoyenneté canadienne ou résidence permanente, et résidence au Québec depuis au moins un an",
            Questions = [new ProgrammeQuestion { Position = 1, Text = "Qu'attendez-vous de ce stage pour votre parcours ?" }],
        };
        var ofqj = new MobilityProgramme
        {
            Name = "Stages OFQJ", FunderOrganisationId = organisations.GetValueOrDefault("OFQJ")?.Id, MinimumAge = 18, MaximumAge = 35, MinimumMonths = 3, MaximumMonths = 6,
            Questions = [new ProgrammeQuestion { Position = 1, Text = "Quel projet souhaitez-vous mener au Québec ?" }],
        };
        var lojiqCall = new MobilityCall
        {
            Title = "Stages en économie sociale en Aquitaine, automne 2027", Programme = lojiq, OrganisationId = organisations["CERESO"].Id,
            Description = "Des stages de **six mois** dans des structures de l'ESS du sud de l'Aquitaine, logement en résidence Habitat Jeunes.",
            Deadline = new LocalDateTime(2027, 5, 15, 17, 0).InZoneLeniently(TimeZones.Get(TimeZones.Quebec)).ToInstant(), DeadlineZoneId = TimeZones.Quebec,
            Status = PublicationStatus.Published,
        };
        var ofqjCall = new MobilityCall
        {
            Title = "Stages au Québec, automne 2027", Programme = ofqj, OrganisationId = organisations["PTCE Sud Aquitaine"].Id,
            Deadline = new LocalDateTime(2027, 5, 31, 18, 0).InZoneLeniently(TimeZones.Get(TimeZones.France)).ToInstant(), DeadlineZoneId = TimeZones.France,
            Status = PublicationStatus.Published,
        };
        var offers = new Dictionary<string, InternshipOffer>
        {
            [Tube] = new()
            {
                Title = Tube, Call = lojiqCall, HostOrganisationId = organisations["Le Tube à ESS'ai"].Id, Field = "Incubation de projets ESS", Language = "fr",
                SupervisorId = staff["coach.tube@demo.passerelles.org"], Places = 2, StartsOn = LojiqStart, EndsOn = new(2028, 2, 29), Status = PublicationStatus.Published,
                Description = "Accompagner les porteurs et porteuses de projet de l'incubateur, à Tarnos.",
            },
            [Pau] = new()
            {
                Title = Pau, Call = lojiqCall, HostOrganisationId = organisations["SCIC Pau Pyrénées"].Id, Field = "Coopération de territoire", Language = "fr",
                SupervisorId = staff["direction.tube@demo.passerelles.org"], Places = 1, StartsOn = LojiqStart, EndsOn = new(2027, 12, 31), Status = PublicationStatus.Published,
                Description = "Animer les sociétaires de la SCIC et préparer son assemblée générale, à Pau.",
            },
            [Espace] = new()
            {
                Title = Espace, Call = ofqjCall, HostOrganisationId = organisations["L'Espace412"].Id, Field = "Médiation numérique", Language = "fr",
                SupervisorId = staff["coach.espace412@demo.passerelles.org"], Places = 1, DurationMonths = 4, Status = PublicationStatus.Published,
                Description = "Accueillir les collectifs du tiers-lieu et animer des ateliers numériques, à L'Assomption.",
            },
        };
        db.InternshipOffers.AddRange(offers.Values);

        foreach (var applicant in Applicants)
        {
            var sending = organisations[applicant.SendingOrganisation];
            var user = new AppUser { UserName = applicant.Email, Email = applicant.Email, EmailConfirmed = true, DisplayName = applicant.Name, PreferredCulture = sending.DefaultCulture };
            var result = await users.CreateAsync(user, DemoData.Password);
            if (!result.Succeeded) throw new InvalidOperationException($"Demo applicant {applicant.Email}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
            db.Memberships.Add(new Membership { OrganisationId = sending.Id, UserId = user.Id, Role = MemberRole.PartnerGuest });
            var offer = offers[applicant.Offer];
            // The offer at L'Espace412 has a duration, not dates: Inès leaves five weeks after the demo is made, so part of
            // her checklist is already due.
            var startsOn = offer.StartsOn ?? now.InZone(TimeZones.Get(TimeZones.France)).Date.PlusWeeks(5);
            var application = new MobilityApplication
            {
                Offer = offer, ApplicantId = user.Id, SendingOrganisationId = sending.Id, BirthDate = applicant.BirthDate, DeclaresResidence = true,
                StartsOn = startsOn, EndsOn = offer.EndsOn ?? startsOn.PlusMonths(offer.DurationMonths!.Value).PlusDays(-1),
                Motivation = "Je souhaite découvrir l'économie sociale de l'autre côté de l'Atlantique et y mettre mes compétences au service d'un collectif.",
                CvFileName = "cv.pdf", CvContentType = "application/pdf", Status = applicant.Status, SubmittedAt = now, Score = applicant.Score,
                Answers = [new ApplicationAnswer { QuestionId = offer.Call.Programme.Questions[0].Id, Text = "Apprendre à accompagner des projets collectifs." }],
            };
            if (applicant.Status == ApplicationStatus.Accepted)
            {
                (application.DecidedAt, application.DecisionMessage) = (now, applicant.Offer == Espace ? "Bienvenue à L'Espace412 !" : "Bienvenue dans l'équipe du Tube à ESS'ai !");
                db.Placements.Add(Placement.For(application, offer, offer.Call));
            }
            db.MobilityApplications.Add(application);
        }
        await db.SaveChangesAsync();
    }
}
