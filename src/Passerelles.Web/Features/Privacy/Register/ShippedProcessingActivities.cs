namespace Passerelles.Web.Features.Privacy.Register;

/// <summary>The register entries Passerelles ships for what it does itself, one per purpose, each with the ground and
/// the period of its side. Like the shipped report templates, they are installed at start-up, here for each controller
/// organisation (an organisation with a designated privacy officer) that lacks one, and when an officer is first
/// designated; an entry already there is left as its officers made it.</summary>
public static class ShippedProcessingActivities
{
    private sealed record Shipped(string Purpose, LocalisedText Name, LocalisedText Data, LocalisedText Recipients, LocalisedText Transfers,
        LegalBasis QuebecBasis, LegalBasis FranceBasis, int QuebecMonths, int FranceMonths, LocalisedText From, RetentionAction AtExpiry);

    private static readonly Shipped[] Entries =
    [
        new(ProcessingPurposes.DirectoryListing,
            new("Fiche dans le répertoire de l'écosystème", "Fiche dans l'annuaire de l'écosystème", "Listing in the ecosystem directory"),
            new("Nom, organisations et fonctions, courriel, téléphone, langues de travail, fuseau horaire.",
                "Nom, structures et fonctions, adresse e-mail, téléphone, langues de travail, fuseau horaire.",
                "Name, organisations and roles, e-mail address, phone, working languages, time zone."),
            new("Les membres du réseau connectés; les visiteurs pour les organisations publiques.",
                "Les membres du réseau connectés ; les visiteurs pour les structures publiques.",
                "Signed-in members of the network; visitors for public organisations."),
            new("La fiche est consultée par les membres de l'autre rive de l'Atlantique.",
                "La fiche est consultée par les membres de l'autre rive de l'Atlantique.",
                "The listing is read by members on the other side of the Atlantic."),
            LegalBasis.Consent, LegalBasis.Consent, 12, 12,
            new("le retrait du consentement", "le retrait du consentement", "the withdrawal of consent"), RetentionAction.Anonymise),
        new(ProcessingPurposes.Incubation,
            new("Dossiers d'incubation des projets", "Dossiers d'incubation des projets", "Incubation files of projects"),
            new("Identité et coordonnées des promoteurs, description du projet, étapes, jalons et documents déposés.",
                "Identité et coordonnées des porteurs de projet, description du projet, étapes, jalons et documents déposés.",
                "Identity and contact details of project holders, project description, stages, milestones and documents."),
            new("L'équipe de l'incubateur; l'incubateur partenaire quand le projet lui est partagé.",
                "L'équipe de l'incubateur ; l'incubateur partenaire quand le projet lui est partagé.",
                "The incubator's staff; the partner incubator when the project is shared with it."),
            new("Un projet partagé avec l'incubateur partenaire est lu de l'autre côté de l'Atlantique.",
                "Un projet partagé avec l'incubateur partenaire est lu de l'autre côté de l'Atlantique.",
                "A project shared with the partner incubator is read on the other side of the Atlantic."),
            LegalBasis.PurposeOfCollection, LegalBasis.Contract, 60, 60,
            new("la fin de l'incubation", "la fin de l'incubation", "the end of incubation"), RetentionAction.Destroy),
        new(ProcessingPurposes.CoachingNotes,
            new("Notes d'accompagnement", "Notes d'accompagnement", "Coaching notes"),
            new("Notes et sujets des rencontres, participants, actions convenues, heures d'accompagnement.",
                "Notes et sujets des rendez-vous, participants, actions convenues, heures d'accompagnement.",
                "Notes and topics of sessions, participants, agreed actions, coaching hours."),
            new("Les conseillers de l'incubateur; les bailleurs de fonds reçoivent les heures, jamais les notes.",
                "Les chargés d'accompagnement de l'incubateur ; les financeurs reçoivent les heures, jamais les notes.",
                "The incubator's coaches; funders receive the hours, never the notes."),
            new("", "", ""),
            LegalBasis.PurposeOfCollection, LegalBasis.LegitimateInterests, 36, 36,
            new("la rencontre", "le rendez-vous", "the session"), RetentionAction.Anonymise),
        new(ProcessingPurposes.Circles,
            new("Communautés de pratique (cercles)", "Communautés de pratique (cercles)", "Communities of practice (circles)"),
            new("Nom et courriel des membres, présences, notes de séance, discussions, consentement à l'enregistrement.",
                "Nom et adresse e-mail des membres, présences, comptes rendus, discussions, consentement à l'enregistrement.",
                "Members' names and e-mail addresses, attendance, session notes, discussions, consent to recording."),
            new("Les membres du cercle, des deux côtés de l'Atlantique.", "Les membres du cercle, des deux côtés de l'Atlantique.",
                "The circle's members, on both sides of the Atlantic."),
            new("Les membres d'un cercle transatlantique lisent ses notes et discussions.", "Les membres d'un cercle transatlantique lisent ses comptes rendus et discussions.",
                "The members of a transatlantic circle read its notes and discussions."),
            LegalBasis.Consent, LegalBasis.LegitimateInterests, 24, 24,
            new("la dernière séance du cercle", "la dernière séance du cercle", "the circle's last session"), RetentionAction.Destroy),
        new(ProcessingPurposes.Agreements,
            new("Ententes de partenariat", "Conventions de partenariat", "Partnership agreements"),
            new("Nom et fonction des signataires, approbations, preuves de signature, responsables des engagements.",
                "Nom et fonction des signataires, approbations, preuves de signature, responsables des engagements.",
                "Signatories' names and roles, approvals, signature evidence, people responsible for commitments."),
            new("Les organisations parties à l'entente.", "Les structures parties à la convention.", "The organisations party to the agreement."),
            new("Les parties de l'autre rive reçoivent le dossier de preuve.", "Les parties de l'autre rive reçoivent le dossier de preuve.",
                "Parties on the other side receive the evidence pack."),
            LegalBasis.PurposeOfCollection, LegalBasis.Contract, 84, 60,
            new("l'échéance de l'entente", "l'échéance de la convention", "the end of the agreement"), RetentionAction.Destroy),
        new(ProcessingPurposes.Missions,
            new("Missions de délégation", "Missions de délégation", "Delegation missions"),
            new("Nom et coordonnées des délégués, itinéraire, personnes rencontrées, photos, frais.",
                "Nom et coordonnées des délégués, itinéraire, personnes rencontrées, photos, frais.",
                "Delegates' names and contact details, itinerary, people met, photos, costs."),
            new("La délégation, les hôtes et les bailleurs de fonds de la mission (frais seulement).",
                "La délégation, les hôtes et les financeurs de la mission (frais seulement).",
                "The delegation, the hosts and the mission's funders (costs only)."),
            new("Le programme et les comptes rendus sont partagés avec les hôtes de l'autre rive.",
                "Le programme et les comptes rendus sont partagés avec les hôtes de l'autre rive.",
                "The programme and visit records are shared with the hosts on the other side."),
            LegalBasis.PurposeOfCollection, LegalBasis.LegitimateInterests, 36, 36,
            new("le retour de la mission", "le retour de la mission", "the end of the mission"), RetentionAction.Anonymise),
        new(ProcessingPurposes.Mobility,
            new("Mobilité étudiante", "Mobilité étudiante", "Student mobility"),
            new("Candidature et CV, pièce d'identité, renseignements de santé, personne à joindre en cas d'urgence, stage et hébergement.",
                "Candidature et CV, pièce d'identité, informations de santé, personne à prévenir en cas d'urgence, stage et hébergement.",
                "Application and CV, identity document, health information, emergency contact, placement and housing."),
            new("Les coordonnateurs de la mobilité, l'organisation d'accueil et la résidence.",
                "Les coordinateurs de la mobilité, la structure d'accueil et la résidence.",
                "The mobility coordinators, the host organisation and the residence."),
            new("Le dossier de stage est transmis à l'organisation d'accueil de l'autre rive.",
                "Le dossier de stage est transmis à la structure d'accueil de l'autre rive.",
                "The placement file goes to the host organisation on the other side."),
            LegalBasis.Consent, LegalBasis.Contract, 24, 24,
            new("la fin du séjour", "la fin du séjour", "the end of the stay"), RetentionAction.Destroy),
    ];

    /// <summary>The shipped entry of <paramref name="purpose"/> for a controller on <paramref name="side"/>.</summary>
    public static ProcessingActivity For(string purpose, Guid controllerId, Side side)
    {
        var entry = Entries.Single(e => e.Purpose == purpose);
        var other = side == Side.Quebec ? Side.France : Side.Quebec;
        return new ProcessingActivity
        {
            ControllerId = controllerId, Purpose = purpose, Name = entry.Name, DataCategories = entry.Data, Recipients = entry.Recipients,
            LegalBasis = side == Side.Quebec ? entry.QuebecBasis : entry.FranceBasis,
            TransferredTo = entry.Transfers.IsEmpty ? null : other, Transfers = entry.Transfers,
            RetentionMonths = side == Side.Quebec ? entry.QuebecMonths : entry.FranceMonths, RetentionFrom = entry.From, AtExpiry = entry.AtExpiry,
        };
    }

    /// <summary>Installs the missing shipped entries of every organisation with a privacy officer, or of the one given.</summary>
    public static async Task EnsureAsync(AppDbContext db, Guid? controllerId = null)
    {
        var controllers = await db.Organisations.AsNoTracking()
            .Where(o => db.PrivacyOfficers.Any(p => p.OrganisationId == o.Id) && (controllerId == null || o.Id == controllerId))
            .Select(o => new { o.Id, o.Side, Present = db.ProcessingActivities.Where(a => a.ControllerId == o.Id).Select(a => a.Purpose).ToList() })
            .ToListAsync();
        foreach (var controller in controllers)
            foreach (var purpose in ProcessingPurposes.All.Except(controller.Present))
                db.ProcessingActivities.Add(For(purpose, controller.Id, controller.Side));
        if (db.ChangeTracker.HasChanges()) await db.SaveChangesAsync();
    }
}
