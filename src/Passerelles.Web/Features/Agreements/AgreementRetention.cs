using Passerelles.Web.Features.Privacy.Register;

namespace Passerelles.Web.Features.Agreements;

/// <summary>Agreements (<see cref="ProcessingPurposes.Agreements"/>): an agreement is due once its period, counted from
/// its end, is over. Its end is its expiry date when it expires (an agreement that renews tacitly has no end the model
/// records, so it stays); a draft never signed ends when it was last touched (no change and no line of its audit trail
/// since), so an abandoned draft goes too. An agreement of parties governed by different entries (a Québec and a French
/// organisation) is kept for the longest period of the purpose, so that no party loses the evidence it must keep.
/// Destroying deletes it with its versions, parties, approvals, signatures, commitments, audit trail, evidence packs and
/// approval copies; a transfer assessment or a placement that pointed to it loses the link and stays. Anonymising keeps
/// its text, dates, parties that are organisations and commitments (and their completions, which funders' indicators
/// count), and removes the people: signatories, signatures, comments, a person party, who approved, marked, saved or
/// acted, the trail's details, the approval copies and the evidence packs (which name the signatories).</summary>
public sealed class AgreementRetention(AppDbContext db, EvidenceDocuments documents, TimeProvider clock) : RetentionRule(RetainedRecord.Agreement, ProcessingPurposes.Agreements)
{
    public override async Task<List<Guid>> DueAsync(IReadOnlyList<Guid> controllers, RetentionCutoff cutoff, RetentionAction action, CancellationToken cancellationToken)
    {
        var longest = await db.ProcessingActivities.Where(a => a.Purpose == ProcessingPurposes.Agreements).MaxAsync(a => (int?)a.RetentionMonths, cancellationToken) ?? 0;
        var today = Instant.FromDateTimeOffset(clock.GetUtcNow()).InUtc().Date;
        var farthest = new RetentionCutoff(Min(cutoff.Day, today.PlusMonths(-longest)));
        var agreements = db.Agreements.AsNoTracking().Where(a => a.Parties.Any(p => controllers.Contains(p.OrganisationId)));
        var ended = Ended(agreements.Where(a => a.Parties.All(p => controllers.Contains(p.OrganisationId))), cutoff)
            .Concat(Ended(agreements.Where(a => a.Parties.Any(p => !controllers.Contains(p.OrganisationId))), farthest));
        if (action == RetentionAction.Anonymise)
            ended = ended.Where(a => a.CreatedBy != null || a.UpdatedBy != null
                || a.Parties.Any(p => p.PersonId != null || p.Signatories.Any())
                || db.AgreementSignatures.Any(s => s.AgreementId == a.Id) || db.AgreementComments.Any(c => c.AgreementId == a.Id)
                || db.PartyApprovals.Any(x => x.AgreementId == a.Id && (x.RecordedBy != Guid.Empty || x.DocumentStoredName != null))
                || db.ArticleMarks.Any(m => m.AgreementId == a.Id && m.MarkedBy != Guid.Empty)
                || db.AgreementVersions.Any(v => v.AgreementId == a.Id && v.SavedBy != null)
                || db.Commitments.Any(c => c.AgreementId == a.Id && (c.PersonId != null || c.CreatedBy != null || c.UpdatedBy != null))
                || db.AgreementEvents.Any(e => e.AgreementId == a.Id && (e.ActorId != null || e.Detail != ""))
                || db.AgreementEvidencePacks.Any(p => p.AgreementId == a.Id));
        return await ended.Select(a => a.Id).Distinct().ToListAsync(cancellationToken);
    }

    private static LocalDate Min(LocalDate a, LocalDate b) => a < b ? a : b;

    /// <summary>Signed agreements that expired before the cutoff, and drafts never signed left untouched since before it.</summary>
    private IQueryable<Agreement> Ended(IQueryable<Agreement> agreements, RetentionCutoff cutoff) =>
        agreements.Where(a =>
            ((a.Status == AgreementStatus.Signed || a.Status == AgreementStatus.Expired) && a.Renewal == RenewalMode.Expires && a.ExpiresOn < cutoff.Day)
            || (a.Status != AgreementStatus.Signed && a.Status != AgreementStatus.Expired && a.UpdatedAt < cutoff.At && (a.ExpiresOn == null || a.ExpiresOn < cutoff.Day)
                && !db.AgreementEvents.Any(e => e.AgreementId == a.Id && e.At >= cutoff.At)));

    public override async Task<Func<Task>?> ApplyAsync(IReadOnlyList<Guid> ids, RetentionAction action, CancellationToken cancellationToken)
    {
        var stored = await db.PartyApprovals.Where(a => ids.Contains(a.AgreementId) && a.DocumentStoredName != null)
            .Select(a => a.DocumentStoredName).ToListAsync(cancellationToken);
        // The records below point to parties without a cascade: they go first, whatever the action.
        await db.AgreementSignatures.Where(s => ids.Contains(s.AgreementId)).ExecuteDeleteAsync(cancellationToken);
        await db.AgreementComments.Where(c => ids.Contains(c.AgreementId)).ExecuteDeleteAsync(cancellationToken);
        await db.AgreementEvidencePacks.Where(p => ids.Contains(p.AgreementId)).ExecuteDeleteAsync(cancellationToken);
        await db.AgreementSignatories.Where(s => db.AgreementParties.Any(p => p.Id == s.PartyId && ids.Contains(p.AgreementId))).ExecuteDeleteAsync(cancellationToken);
        if (action == RetentionAction.Destroy)
        {
            await db.ArticleMarks.Where(m => ids.Contains(m.AgreementId)).ExecuteDeleteAsync(cancellationToken);
            await db.PartyApprovals.Where(a => ids.Contains(a.AgreementId)).ExecuteDeleteAsync(cancellationToken);
            await db.SentAgreementReminders.Where(r => ids.Contains(r.SubjectId) || db.Commitments.Any(c => c.Id == r.SubjectId && ids.Contains(c.AgreementId)))
                .ExecuteDeleteAsync(cancellationToken);
            await db.Commitments.Where(c => ids.Contains(c.AgreementId)).ExecuteDeleteAsync(cancellationToken);
            await db.Agreements.Where(a => ids.Contains(a.Id)).ExecuteDeleteAsync(cancellationToken);
        }
        else
        {
            // A person party (a student in their own name) goes with what is theirs; organisation parties stay.
            var people = db.AgreementParties.Where(p => ids.Contains(p.AgreementId) && p.PersonId != null).Select(p => p.Id);
            await db.ArticleMarks.Where(m => people.Contains(m.PartyId)).ExecuteDeleteAsync(cancellationToken);
            await db.Commitments.Where(c => people.Contains(c.PartyId)).ExecuteDeleteAsync(cancellationToken);
            await db.AgreementParties.Where(p => ids.Contains(p.AgreementId) && p.PersonId != null).ExecuteDeleteAsync(cancellationToken);
            await db.ArticleMarks.Where(m => ids.Contains(m.AgreementId)).ExecuteUpdateAsync(s => s.SetProperty(m => m.MarkedBy, Guid.Empty), cancellationToken);
            await db.PartyApprovals.Where(a => ids.Contains(a.AgreementId)).ExecuteUpdateAsync(s => s
                .SetProperty(a => a.RecordedBy, Guid.Empty).SetProperty(a => a.DocumentFileName, (string?)null).SetProperty(a => a.DocumentStoredName, (string?)null), cancellationToken);
            await db.AgreementVersions.Where(v => ids.Contains(v.AgreementId)).ExecuteUpdateAsync(s => s.SetProperty(v => v.SavedBy, (Guid?)null), cancellationToken);
            await db.Commitments.Where(c => ids.Contains(c.AgreementId)).ExecuteUpdateAsync(s => s
                .SetProperty(c => c.PersonId, (Guid?)null).SetProperty(c => c.CreatedBy, (Guid?)null).SetProperty(c => c.UpdatedBy, (Guid?)null), cancellationToken);
            await db.AgreementEvents.Where(e => ids.Contains(e.AgreementId)).ExecuteUpdateAsync(s => s
                .SetProperty(e => e.ActorId, (Guid?)null).SetProperty(e => e.Detail, ""), cancellationToken);
            await db.Agreements.Where(a => ids.Contains(a.Id)).ExecuteUpdateAsync(s => s
                .SetProperty(a => a.CreatedBy, (Guid?)null).SetProperty(a => a.UpdatedBy, (Guid?)null), cancellationToken);
        }
        return RetentionFiles.AfterCommit(stored, documents.DeleteAsync);
    }

    public override string Describe(RetentionAction action) => action == RetentionAction.Destroy
        ? "{0}: {1} agreements destroyed" : "{0}: {1} agreements anonymised";
}
