using Passerelles.Web.Features.Privacy.Register;

namespace Passerelles.Web.Features.Missions;

/// <summary>Delegation missions (<see cref="ProcessingPurposes.Missions"/>): a mission of its lead organisation is due
/// once its period, counted from its last day, is over. Anonymising removes the delegates (members and invitations, with
/// their calendar feeds), the people met, the hosts named, the visit notes, outcomes and follow-ups, the visits' files
/// and photos, the itinerary's notes and who entered what; it keeps the dates, places, organisations visited, objectives
/// and costs with their funders, which funders' reports count. The mission indicators then count it for its lead
/// organisation only. Destroying deletes the mission with all of it and its stored files; nothing outside the missions
/// points to a mission.</summary>
public sealed class MissionRetention(AppDbContext db, VisitFiles files) : RetentionRule(RetainedRecord.Mission, ProcessingPurposes.Missions)
{
    public override async Task<List<Guid>> DueAsync(IReadOnlyList<Guid> controllers, RetentionCutoff cutoff, RetentionAction action, CancellationToken cancellationToken)
    {
        var missions = db.Missions.AsNoTracking().Where(m => controllers.Contains(m.LeadOrganisationId) && m.EndsOn < cutoff.Day);
        if (action == RetentionAction.Anonymise)
            missions = missions.Where(m => m.Members.Any() || m.CreatedBy != null || m.UpdatedBy != null
                || db.VisitRecords.Any(r => r.MissionId == m.Id)
                || db.MissionFollowUps.Any(f => f.MissionId == m.Id)
                || db.MissionCosts.Any(c => c.MissionId == m.Id && (c.CreatedBy != null || c.UpdatedBy != null))
                || m.Items.Any(i => i.HostPersonId != null || i.Notes != "" || i.CreatedBy != null || i.UpdatedBy != null
                    || db.PeopleMet.Any(p => p.ItemId == i.Id) || db.VisitOutcomes.Any(o => o.ItemId == i.Id) || db.VisitFiles.Any(f => f.ItemId == i.Id)));
        return await missions.Select(m => m.Id).ToListAsync(cancellationToken);
    }

    public override async Task<Func<Task>?> ApplyAsync(IReadOnlyList<Guid> ids, RetentionAction action, CancellationToken cancellationToken)
    {
        var items = db.ItineraryItems.Where(i => ids.Contains(i.MissionId)).Select(i => i.Id);
        var stored = await db.VisitFiles.Where(f => items.Contains(f.ItemId)).Select(f => f.StoredName).ToListAsync(cancellationToken);
        if (action == RetentionAction.Destroy)
            await db.Missions.Where(m => ids.Contains(m.Id)).ExecuteDeleteAsync(cancellationToken);
        else
        {
            await db.MissionMembers.Where(m => ids.Contains(m.MissionId)).ExecuteDeleteAsync(cancellationToken);
            await db.MissionFollowUps.Where(f => ids.Contains(f.MissionId)).ExecuteDeleteAsync(cancellationToken);
            await db.VisitRecords.Where(r => ids.Contains(r.MissionId)).ExecuteDeleteAsync(cancellationToken);
            await db.PeopleMet.Where(p => items.Contains(p.ItemId)).ExecuteDeleteAsync(cancellationToken);
            await db.VisitOutcomes.Where(o => items.Contains(o.ItemId)).ExecuteDeleteAsync(cancellationToken);
            await db.VisitFiles.Where(f => items.Contains(f.ItemId)).ExecuteDeleteAsync(cancellationToken);
            await db.ItineraryItems.Where(i => ids.Contains(i.MissionId)).ExecuteUpdateAsync(s => s
                .SetProperty(i => i.HostPersonId, (Guid?)null).SetProperty(i => i.Notes, "")
                .SetProperty(i => i.CreatedBy, (Guid?)null).SetProperty(i => i.UpdatedBy, (Guid?)null), cancellationToken);
            await db.MissionCosts.Where(c => ids.Contains(c.MissionId)).ExecuteUpdateAsync(s => s
                .SetProperty(c => c.CreatedBy, (Guid?)null).SetProperty(c => c.UpdatedBy, (Guid?)null), cancellationToken);
            await db.Missions.Where(m => ids.Contains(m.Id)).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.CreatedBy, (Guid?)null).SetProperty(m => m.UpdatedBy, (Guid?)null), cancellationToken);
        }
        return RetentionFiles.AfterCommit(stored, files.Store.DeleteAsync);
    }

    public override string Describe(RetentionAction action) => action == RetentionAction.Destroy
        ? "{0}: {1} delegation missions destroyed" : "{0}: {1} delegation missions anonymised";
}
