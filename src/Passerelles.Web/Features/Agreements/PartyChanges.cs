namespace Passerelles.Web.Features.Agreements;

/// <summary>Changes to the parties of an agreement and their signatories, allowed while it is a draft or awaiting
/// approval and nobody has signed it yet. A board approves the agreement with its parties: a change while approvals
/// are being gathered takes the agreement back to draft as a new version of the same text, so the approvals already
/// recorded no longer count. Every change is in the audit trail and is saved only if the agreement is still at the
/// version the page was shown from.</summary>
public static class PartyChanges
{
    /// <summary>Why the person with this address may not be an authorised signatory for the organisation.</summary>
    public static LocalizedString NotASignatory(IStringLocalizer t, string email) =>
        t["{0} is neither a member of this organisation nor an administrator of an organisation that carries it.", email.Trim().ToLowerInvariant()];

    /// <summary>Why the parties may not change, as the key of the message; null while they may.</summary>
    public static string? Problem(AgreementFile file) =>
        file.Signatures.Count > 0 ? "The parties can no longer change: the agreement has already been signed."
        : file.Agreement.Status is AgreementStatus.Draft or AgreementStatus.InApproval ? null
        : "The parties can only change while the agreement is a draft or awaiting approval.";

    /// <summary>True when a change now sends the agreement back to draft.</summary>
    public static bool ResetsApprovals(AgreementFile file) => file.Agreement.Status == AgreementStatus.InApproval;

    /// <summary>Loads the agreement for a change, tracked with its parties and signatories.</summary>
    public static Task<Agreement> LoadTrackedAsync(AppDbContext db, Guid id) =>
        db.Agreements.Include(a => a.Parties).ThenInclude(p => p.Signatories).AsSplitQuery().SingleAsync(a => a.Id == id);

    /// <summary>Records the change made to <paramref name="agreement"/> and saves it, checking that the agreement is
    /// still at <paramref name="expectedVersion"/>. <paramref name="party"/> is the party organisation the change was
    /// made for, when it concerns one the actor acts for. Returns whether the approvals were reset; null on a conflict
    /// (the change tracker is then cleared).</summary>
    public static async Task<bool?> SaveAsync(AppDbContext db, AgreementFile file, Agreement agreement, int expectedVersion, Actor actor,
        Instant now, AgreementEventKind kind, string detail, Guid? party = null)
    {
        var user = actor.UserId;
        var reset = ResetsApprovals(file) && file.Current is not null;
        if (reset)
        {
            var current = file.Current!;
            var version = agreement.SaveVersion(current.Number, current.Title, current.Articles.Select(a => (a.Key, a.Heading, a.Body)),
                current.Annexes.Select(a => (a.Title, a.Body)), user, now)!;
            db.AgreementVersions.Add(version);
            AgreementFile.Record(db, agreement.Id, AgreementEventKind.VersionSaved, version.Number, user, now,
                TrailDetail.ApprovalsAskedAgain);
        }
        AgreementFile.Record(db, agreement.Id, kind, agreement.CurrentVersion, user, now, detail,
            party, party is { } organisation ? actor.ThroughCarrier(organisation) : null);
        // The agreement itself is saved too, so its version moves on and a page shown before this change cannot save over it.
        db.Entry(agreement).State = EntityState.Modified;
        return await db.SaveAtVersionAsync(agreement, expectedVersion) ? reset : null;
    }

    /// <summary>The person with this e-mail address who may be an authorised signatory for <paramref name="organisationId"/>,
    /// if any: a member of that organisation, or an administrator of one of its carriers up the chain, who acts for
    /// it.</summary>
    public static async Task<Guid?> SignatoryAsync(AppDbContext db, Guid organisationId, string email)
    {
        var normalised = email.Trim().ToUpperInvariant();
        var carriers = await CarriersAsync(db, organisationId);
        return await db.Memberships
            .Where(m => m.User.NormalizedEmail == normalised &&
                        (m.OrganisationId == organisationId ||
                         carriers.Contains(m.OrganisationId) && m.Role == MemberRole.OrganisationAdministrator))
            .Select(m => (Guid?)m.UserId).FirstOrDefaultAsync();
    }

    /// <summary>The carriers of <paramref name="organisationId"/>, up the chain.</summary>
    private static async Task<List<Guid>> CarriersAsync(AppDbContext db, Guid organisationId)
    {
        var carriers = new List<Guid>();
        var current = organisationId;
        for (var depth = 0; depth < Actor.MaxCarrierDepth; depth++)
        {
            if (await db.Organisations.Where(o => o.Id == current).Select(o => o.ParentId).SingleOrDefaultAsync() is not { } parent ||
                carriers.Contains(parent)) break;
            carriers.Add(parent);
            current = parent;
        }
        return carriers;
    }
}
