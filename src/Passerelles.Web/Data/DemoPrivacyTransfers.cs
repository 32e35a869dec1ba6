namespace Passerelles.Web.Data;

/// <summary>The transfer assessment between CERESO and the PTCE Sud Aquitaine, approved by CERESO's officer in January
/// 2024: it covers what the two incubators they carry share (co-incubation, circles, missions, mobility), points to
/// their partnership agreement, and is due for review a year after the app's today. Development only.</summary>
public static class DemoPrivacyTransfers
{
    public static readonly Guid CeresoPtce = new("7a2e4c10-3b5d-4f60-8e21-2024c0ffee26");

    public static async Task EnsureAsync(AppDbContext db, Instant now)
    {
        if (await db.TransferAssessments.AnyAsync(a => a.Id == CeresoPtce)) return;
        var organisations = await db.Organisations.Where(o => o.Name == "CERESO" || o.Name == "PTCE Sud Aquitaine").ToDictionaryAsync(o => o.Name, o => o.Id);
        var officer = await db.Users.Where(u => u.Email == "direction.cereso@demo.passerelles.org").Select(u => (Guid?)u.Id).SingleOrDefaultAsync();
        if (!organisations.TryGetValue("CERESO", out var cereso) || !organisations.TryGetValue("PTCE Sud Aquitaine", out var ptce) || officer is not { } approver) return;
        var agreement = await db.Agreements.Where(a => a.Title == DemoAgreements.Title).Select(a => (Guid?)a.Id).FirstOrDefaultAsync();
        var assessment = new TransferAssessment
        {
            Id = CeresoPtce, QuebecControllerId = cereso, FranceControllerId = ptce,
            DataConcerned = "Noms, courriels, téléphones et rôles des membres des équipes de projet, des cercles et des délégations ; dossiers des projets co-incubés ; dossiers des étudiantes et étudiants en mobilité transmis aux partenaires d'hébergement.",
            Purposes = TransferPurposes.CoIncubation | TransferPurposes.Circles | TransferPurposes.Missions | TransferPurposes.Mobility,
            Safeguards = "Accès limité aux équipes concernées, journal des consultations, chiffrement des pièces sensibles, hébergement des données dans l'Union européenne et au Canada, destruction à la fin de chaque finalité.",
            ImpactAssessmentDone = true, StandardClausesSigned = true, AgreementId = agreement,
            ReviewOn = TransferAssessment.Today(now).PlusYears(1),
        };
        assessment.Approve(new LocalDateTime(2024, 1, 16, 10, 0).InZoneStrictly(TimeZones.Get(TimeZones.Quebec)).ToInstant(), approver);
        db.TransferAssessments.Add(assessment);
        await db.SaveChangesAsync();
    }
}
