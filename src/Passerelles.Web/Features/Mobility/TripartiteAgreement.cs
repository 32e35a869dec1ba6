using Passerelles.Web.Features.Agreements;

namespace Passerelles.Web.Features.Mobility;

/// <summary>A placement's tripartite internship agreement, drafted by its coordinators through the agreements engine:
/// the student (a party in their own name, who alone signs for themself), the sending college and the host, each of
/// rank 1, with a short standard text in the sending side's French and in English filled from the placement. It then
/// follows the engine's lifecycle (the two organisations approve, the three parties sign on the engine's sign page);
/// when the last party signs, the engine ticks the placement's "agreement" checklist item on that day.</summary>
public static class TripartiteAgreement
{
    public const string AnonymisedPlacement = "The placement was anonymised at the end of its retention period: it can no longer have an agreement.";

    /// <summary>Drafts the agreement of a placement that has none, by <paramref name="drafterId"/>; returns the key of the
    /// message explaining why it cannot, or null once it is added (saved by the caller).</summary>
    public static async Task<string?> DraftAsync(AppDbContext db, Placement placement, Guid drafterId, Instant now)
    {
        if (placement.AgreementId is not null) return "This placement has its tripartite agreement already.";
        if (placement.StudentId is not { } student) return AnonymisedPlacement;
        var sending = await SignatoryAsync(db, placement.SendingOrganisationId, drafterId);
        var host = await SignatoryAsync(db, placement.HostOrganisationId, drafterId);
        if (sending is null || host is null) return "The sending and the host organisations each need a member of their staff to sign the agreement.";

        var facts = await db.Placements.AsNoTracking().Where(p => p.Id == placement.Id).Select(p => new Facts(
            p.Student!.DisplayName, p.SendingOrganisation.Name, p.SendingOrganisation.Side, p.HostOrganisation.Name, p.HostOrganisation.Region,
            p.Supervisor.DisplayName, p.Programme.Name, p.Application.Offer.Title, p.StartsOn, p.EndsOn)).SingleAsync();
        var agreement = new Agreement
        {
            Purpose = $"{Title(facts.Side)} — {facts.Student}, {facts.Host}.\n\nTripartite internship agreement — {facts.Student}, {facts.Host}.",
        };
        agreement.Parties.AddRange(
        [
            Party(agreement, placement.SendingOrganisationId, student, student),
            Party(agreement, placement.SendingOrganisationId, null, sending.Value),
            Party(agreement, placement.HostOrganisationId, null, host.Value),
        ]);
        var version = agreement.SaveVersion(0, $"{Title(facts.Side)} / Tripartite internship agreement — {facts.Student}",
            Articles(facts).Select(a => (Guid.NewGuid(), a.Heading, a.Body)), [], drafterId, now)!;
        db.Agreements.Add(agreement);
        db.AgreementVersions.Add(version);
        AgreementFile.Record(db, agreement.Id, AgreementEventKind.Created, version.Number, drafterId, now, agreement.Title);
        placement.AgreementId = agreement.Id;
        return null;
    }

    /// <summary>Called by the engine with the last signature: ticks the "agreement" item of the placement whose agreement
    /// this is, on the day of that signature.</summary>
    public static async Task RecordSignedByAllAsync(AppDbContext db, Guid agreementId, Instant at)
    {
        if (await db.Placements.SingleOrDefaultAsync(p => p.AgreementId == agreementId) is not { } placement) return;
        await DepartureChecklist.EnsureAsync(db, placement);
        // An anonymised placement has no checklist left to tick.
        var item = await db.ChecklistItems.SingleOrDefaultAsync(i => i.PlacementId == placement.Id && i.Kind == ChecklistItemKind.Agreement);
        item?.RecordSigned(at);
    }

    private sealed record Facts(
        string Student, string Sending, Side Side, string Host, string HostRegion, string Supervisor, string Programme, string Offer,
        LocalDate StartsOn, LocalDate EndsOn);

    private static string Title(Side side) => side == Side.France ? "Convention de stage tripartite" : "Entente de stage tripartite";

    private static AgreementParty Party(Agreement agreement, Guid organisationId, Guid? personId, Guid signatoryId)
    {
        var party = new AgreementParty { AgreementId = agreement.Id, OrganisationId = organisationId, PersonId = personId };
        party.Signatories.Add(new AgreementSignatory { PartyId = party.Id, UserId = signatoryId });
        return party;
    }

    /// <summary>Who signs for an organisation: the drafter when they are on its staff, else its first administrator, else
    /// its first coach.</summary>
    private static async Task<Guid?> SignatoryAsync(AppDbContext db, Guid organisationId, Guid drafterId)
    {
        var staff = await db.Memberships.AsNoTracking()
            .Where(m => m.OrganisationId == organisationId && (m.Role == MemberRole.OrganisationAdministrator || m.Role == MemberRole.Coach))
            .Select(m => new { m.UserId, m.Role, m.User.DisplayName }).ToListAsync();
        return staff.Any(m => m.UserId == drafterId) ? drafterId
            : staff.OrderBy(m => m.Role == MemberRole.OrganisationAdministrator ? 0 : 1).ThenBy(m => m.DisplayName).Select(m => (Guid?)m.UserId).FirstOrDefault();
    }

    /// <summary>The standard clauses, each in the sending side's French, then in English.</summary>
    private static IEnumerable<(string Heading, string Body)> Articles(Facts f)
    {
        var france = f.Side == Side.France;
        var (from, to) = (f.StartsOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), f.EndsOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        var where = f.HostRegion.Length > 0 ? $"{f.Host} ({f.HostRegion})" : f.Host;
        yield return ("Parties / Parties",
            $"La ou le stagiaire\u00A0: {f.Student}.\n{(france ? "L'établissement d'origine" : "L'établissement d'enseignement d'origine")}\u00A0: {f.Sending}.\n"
            + $"L'organisme d'accueil\u00A0: {f.Host}.\n\nThe intern: {f.Student}.\nThe sending college: {f.Sending}.\nThe host organisation: {f.Host}.");
        yield return ("Objet et dates / Purpose and dates",
            $"{(france ? "La présente convention" : "La présente entente")} organise le stage «\u00A0{f.Offer}\u00A0» chez {where}, du {from} au {to}, dans le cadre du programme {f.Programme}.\n\n"
            + $"This agreement organises the internship \"{f.Offer}\" at {where}, from {from} to {to}, under the programme {f.Programme}.");
        yield return ("Encadrement / Supervision",
            $"{f.Supervisor} encadre la ou le stagiaire chez {f.Host}. {f.Sending} suit le stage et reste l'interlocuteur de la ou du stagiaire pendant son séjour.\n\n"
            + $"{f.Supervisor} supervises the intern at {f.Host}. {f.Sending} follows the internship and remains the intern's contact during the stay.");
        yield return ("Engagements / Commitments",
            $"La ou le stagiaire respecte le règlement et les horaires de l'organisme d'accueil et la confidentialité de ses informations. "
            + $"L'organisme d'accueil confie des tâches en lien avec le stage. Le stage ne crée aucun contrat de travail.\n\n"
            + "The intern follows the host's rules and working hours and keeps its information confidential. "
            + "The host gives tasks related to the internship. The internship creates no employment contract.");
        yield return ("Assurance et santé / Insurance and health",
            $"La ou le stagiaire est couvert par une assurance maladie, accidents et responsabilité civile valable pendant tout le séjour, "
            + $"dont {(france ? "il ou elle transmet l'attestation à l'établissement d'origine" : "il ou elle transmet la preuve à l'établissement d'enseignement d'origine")} avant le départ.\n\n"
            + "The intern holds health, accident and liability insurance valid for the whole stay, and gives proof of it to the sending college before leaving.");
    }
}
