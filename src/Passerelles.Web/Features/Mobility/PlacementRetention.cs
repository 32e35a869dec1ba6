using Passerelles.Web.Features.Privacy.Register;

namespace Passerelles.Web.Features.Mobility;

/// <summary>Student mobility (<see cref="ProcessingPurposes.Mobility"/>): a placement of its sending organisation is
/// due once its period, counted from the last day of the stay, is over. The funders' indicators (<see
/// cref="Indicators"/>, the mobility indicators of the catalogue and the residence nights) count past placements by
/// programme, side, field, duration and gender, so neither action deletes the placement, its application or its housing
/// requests: both remove what is personal from them and delete the rest. Anonymising destroys the sensitive documents
/// and the CV (recorded as <see cref="DocumentRetention"/> does, files deleted after commit), deletes the application's
/// answers, the departure checklist, the stay's incidents, the invitation the student accepted and the occupancy
/// contracts with their signatures, and empties the motivation, the decision message, the housing messages and the
/// stay's written answers; the birth date keeps its year only. Destroying does the same and deletes the stay's record
/// (arrival, check-in, evaluations) too. Both then stop naming the student's account (<see cref="Placement.AnonymousStudent"/>
/// is shown instead); the application keeps the gender the student declared, which the parity figures count.</summary>
public sealed class PlacementRetention(AppDbContext db, DocumentRetention documents, SensitiveDocuments sensitive, CvFiles cvs, TimeProvider clock) : RetentionRule(RetainedRecord.Placement, ProcessingPurposes.Mobility)
{
    public override async Task<List<Guid>> DueAsync(IReadOnlyList<Guid> controllers, RetentionCutoff cutoff, RetentionAction action, CancellationToken cancellationToken)
    {
        var placements = db.Placements.AsNoTracking().Where(p => controllers.Contains(p.SendingOrganisationId) && p.EndsOn < cutoff.Day);
        var destroying = action == RetentionAction.Destroy;
        return await placements.Where(p => p.StudentId != null || p.Application.ApplicantId != null || p.Application.Motivation != "" || p.Application.DecisionMessage != "" || p.Application.CvStoredName != ""
                || p.Application.Answers.Any()
                || db.SensitiveDocuments.Any(d => d.PlacementId == p.Id) || db.ChecklistItems.Any(i => i.PlacementId == p.Id)
                || db.PlacementIncidents.Any(i => i.PlacementId == p.Id)
                || db.StudentInvitations.Any(i => i.AcceptedById == p.StudentId && i.SendingOrganisationId == p.SendingOrganisationId && i.CallId == p.Application.Offer.CallId)
                || db.HousingRequests.Any(r => r.PlacementId == p.Id && (r.Message != "" || db.OccupancyContracts.Any(c => c.HousingRequestId == r.Id)))
                || db.PlacementStays.Any(s => s.PlacementId == p.Id
                    && (destroying || s.CheckInNotes != "" || s.EarlyReturnReason != "" || s.StudentLearned != "" || s.SupervisorSkills != "")))
            .Select(p => p.Id).ToListAsync(cancellationToken);
    }

    public override async Task<Func<Task>?> ApplyAsync(IReadOnlyList<Guid> ids, RetentionAction action, CancellationToken cancellationToken)
    {
        var now = Instant.FromDateTimeOffset(clock.GetUtcNow());
        var applications = db.Placements.Where(p => ids.Contains(p.Id)).Select(p => p.ApplicationId);
        var files = new List<Func<Task>>();
        var placed = await db.SensitiveDocuments.Where(d => ids.Contains(d.PlacementId))
            .Select(d => new { d.Id, d.Kind, d.StoredName, Application = db.Placements.Where(p => p.Id == d.PlacementId).Select(p => p.ApplicationId).Single() })
            .ToListAsync(cancellationToken);
        foreach (var document in placed)
            if (await documents.DestroyAsync(document.Id, document.Application, document.Kind, DestructionReason.Retention, now, cancellationToken))
                files.Add(() => sensitive.Store.DeleteAsync(document.StoredName));
        var cvsHeld = await db.MobilityApplications.Where(a => applications.Contains(a.Id) && a.CvStoredName != "")
            .Select(a => new { a.Id, a.CvStoredName }).ToListAsync(cancellationToken);
        foreach (var cv in cvsHeld)
            if (await documents.DestroyCvAsync(cv.Id, cv.CvStoredName, DestructionReason.Retention, now, cancellationToken))
                files.Add(() => cvs.Store.DeleteAsync(cv.CvStoredName));

        await db.ApplicationAnswers.Where(a => applications.Contains(a.ApplicationId)).ExecuteDeleteAsync(cancellationToken);
        await db.ChecklistItems.Where(i => ids.Contains(i.PlacementId)).ExecuteDeleteAsync(cancellationToken);
        await db.PlacementIncidents.Where(i => ids.Contains(i.PlacementId)).ExecuteDeleteAsync(cancellationToken);
        await db.StudentInvitations.Where(i => db.Placements.Any(p => ids.Contains(p.Id) && i.AcceptedById == p.StudentId
                && i.SendingOrganisationId == p.SendingOrganisationId && i.CallId == p.Application.Offer.CallId))
            .ExecuteDeleteAsync(cancellationToken);
        await db.OccupancyContracts.Where(c => ids.Contains(c.HousingRequest.PlacementId)).ExecuteDeleteAsync(cancellationToken);
        await db.HousingRequests.Where(r => ids.Contains(r.PlacementId)).ExecuteUpdateAsync(s => s.SetProperty(r => r.Message, ""), cancellationToken);
        if (action == RetentionAction.Destroy)
            await db.PlacementStays.Where(s => ids.Contains(s.PlacementId)).ExecuteDeleteAsync(cancellationToken);
        else
            await db.PlacementStays.Where(s => ids.Contains(s.PlacementId)).ExecuteUpdateAsync(s => s
                .SetProperty(x => x.CheckInNotes, "").SetProperty(x => x.EarlyReturnReason, "")
                .SetProperty(x => x.StudentLearned, "").SetProperty(x => x.SupervisorSkills, ""), cancellationToken);
        var linked = await db.Placements.Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.ApplicationId, p.StudentId, p.Application.BirthDate }).ToListAsync(cancellationToken);
        foreach (var placement in linked)
            await UnlinkAsync(placement.Id, placement.ApplicationId, placement.StudentId, placement.BirthDate, cancellationToken);
        return files.Count == 0 ? null : async () =>
        {
            foreach (var delete in files) await delete();
        };
    }

    /// <summary>Removes the student from the placement and its application: the account they point to, the audit columns
    /// that name the student, the motivation and the decision message; the birth date keeps its year.</summary>
    private async Task UnlinkAsync(Guid placementId, Guid applicationId, Guid? studentId, LocalDate birthDate, CancellationToken cancellationToken)
    {
        await db.MobilityApplications.Where(a => a.Id == applicationId).ExecuteUpdateAsync(s => s
            .SetProperty(a => a.ApplicantId, (Guid?)null)
            .SetProperty(a => a.CreatedBy, a => a.CreatedBy == studentId ? null : a.CreatedBy)
            .SetProperty(a => a.UpdatedBy, a => a.UpdatedBy == studentId ? null : a.UpdatedBy)
            .SetProperty(a => a.Motivation, "").SetProperty(a => a.DecisionMessage, "")
            .SetProperty(a => a.BirthDate, new LocalDate(birthDate.Year, 1, 1)), cancellationToken);
        await db.Placements.Where(p => p.Id == placementId).ExecuteUpdateAsync(s => s
            .SetProperty(p => p.StudentId, (Guid?)null)
            .SetProperty(p => p.CreatedBy, p => p.CreatedBy == studentId ? null : p.CreatedBy)
            .SetProperty(p => p.UpdatedBy, p => p.UpdatedBy == studentId ? null : p.UpdatedBy), cancellationToken);
        await db.PlacementStays.Where(x => x.PlacementId == placementId).ExecuteUpdateAsync(s => s
            .SetProperty(x => x.CreatedBy, x => x.CreatedBy == studentId ? null : x.CreatedBy)
            .SetProperty(x => x.UpdatedBy, x => x.UpdatedBy == studentId ? null : x.UpdatedBy), cancellationToken);
    }

    public override string Describe(RetentionAction action) => action == RetentionAction.Destroy
        ? "{0}: {1} mobility placements destroyed" : "{0}: {1} mobility placements anonymised";
}
