namespace Passerelles.Web.Data;

/// <summary>The register of the PTCE Sud Aquitaine holds one closed incident of 2025: the list of a circle's
/// participants sent by mistake to a partner's mailing list, analysed, notified to the CNIL within the 72 hours, and
/// followed by measures. Development only.</summary>
public static class DemoPrivacy
{
    public static readonly Guid MailingListIncident = new("6f1c3e0a-4d2b-4c51-9e57-2025a1c1de01");

    public static async Task EnsureAsync(AppDbContext db)
    {
        await EnsureOfficersAsync(db);
        await EnsureIncidentAsync(db);
    }

    /// <summary>CERESO's director is its RPRP, as Law 25 makes the person with the highest authority by default; the
    /// PTCE's coordinator is its DPO. Both publish a role address.</summary>
    private static async Task EnsureOfficersAsync(AppDbContext db)
    {
        (string Organisation, string Account, string Name, string Email, string Address)[] officers =
        [
            ("CERESO", "direction.cereso@demo.passerelles.org", "Responsable de la protection des renseignements personnels, CERESO",
                "confidentialite@cereso.demo.passerelles.org", "CERESO, Joliette (Québec)"),
            ("PTCE Sud Aquitaine", "coordination.ptce@demo.passerelles.org", "Délégué à la protection des données, PTCE Sud Aquitaine",
                "dpo@ptce-sud-aquitaine.demo.passerelles.org", "PTCE Sud Aquitaine, Tarnos (Landes)"),
        ];
        foreach (var (organisationName, account, name, email, address) in officers)
        {
            var organisation = await db.Organisations.Where(o => o.Name == organisationName).Select(o => (Guid?)o.Id).SingleOrDefaultAsync();
            var user = await db.Users.Where(u => u.Email == account).Select(u => (Guid?)u.Id).SingleOrDefaultAsync();
            if (organisation is not { } organisationId || user is not { } userId) continue;
            if (await db.PrivacyOfficers.AnyAsync(o => o.OrganisationId == organisationId)) continue;
            db.PrivacyOfficers.Add(new PrivacyOfficer { OrganisationId = organisationId, UserId = userId, ContactName = name, ContactEmail = email, ContactAddress = address });
        }
        await db.SaveChangesAsync();
    }

    private static async Task EnsureIncidentAsync(AppDbContext db)
    {
        if (await db.PrivacyIncidents.AnyAsync(i => i.Id == MailingListIncident)) return;
        var ptce = await db.Organisations.Where(o => o.Name == "PTCE Sud Aquitaine").Select(o => (Guid?)o.Id).SingleOrDefaultAsync();
        if (ptce is not { } controller) return;
        var paris = TimeZones.Get(TimeZones.France);
        Instant At(int month, int day, int hour, int minute) => new LocalDateTime(2025, month, day, hour, minute).InZoneStrictly(paris).ToInstant();
        db.PrivacyIncidents.Add(new PrivacyIncident
        {
            Id = MailingListIncident, ControllerId = controller,
            Summary = "Liste des participants d'un cercle envoyée à une liste de diffusion externe",
            DataConcerned = "Noms, adresses électroniques et structures de 23 porteuses et porteurs de projet du cercle « Modèles économiques ».",
            Circumstances = "Le compte rendu de la séance du 13 mai 2025, avec la liste des participants en pièce jointe, a été envoyé par erreur à la liste de diffusion d'un partenaire (84 destinataires).",
            OccurredAt = At(5, 14, 17, 42), AwareAt = At(5, 15, 9, 10), PeopleAffectedCount = 23,
            RiskOfSeriousInjury = false,
            RiskAnalysis = "Données d'identification et de contact professionnelles, sans donnée sensible ni financière. Risque d'hameçonnage ciblé jugé faible ; notification à la CNIL faite par prudence, l'un des destinataires n'ayant pas confirmé la suppression.",
            Measures = "Demande de suppression aux 84 destinataires (81 confirmations), information des 23 personnes concernées, envoi des comptes rendus désormais par lien réservé aux membres du cercle.",
            AuthorityNotifiedAt = At(5, 16, 11, 30), PeopleNotifiedAt = At(5, 16, 15, 0),
        });
        await db.SaveChangesAsync();
    }
}
