using Passerelles.Web.Features.Privacy.Register;

namespace Passerelles.Web.Features.Projects;

/// <summary>Incubation files (<see cref="ProcessingPurposes.Incubation"/>): a project is due once its period, counted from
/// the end of its incubation (its exit, or the decision that declined it), is over. The project's row always stays:
/// its stage history, transfers, milestones and coaching hours are counted in funders' indicators and other records
/// point to it. Anonymising is the privacy erasure (<see cref="ProjectErasure"/>): the name, description, applicant,
/// the team's names, the coaching notes and names typed for it, its actions, its milestones' notes and its documents
/// go, the counts stay. Destroying does the same and also deletes what has no use without the people: the team's
/// rows, the shares and the requests to share. The documents' files are deleted once the purge is committed.</summary>
public sealed class IncubationRetention(AppDbContext db, EvidenceDocuments files, TimeProvider clock) : RetentionRule(RetainedRecord.IncubationFile, ProcessingPurposes.Incubation)
{
    public override async Task<List<Guid>> DueAsync(IReadOnlyList<Guid> controllers, RetentionCutoff cutoff, RetentionAction action, CancellationToken cancellationToken)
    {
        var projects = db.Projects.AsNoTracking().Where(p => controllers.Contains(p.IncubatorId)
            && ((p.Status == ProjectStatus.Exited && p.ExitedOn < cutoff.Day) || (p.Status == ProjectStatus.Declined && p.DecidedAt < cutoff.At)));
        projects = action == RetentionAction.Anonymise
            ? projects.Where(p => p.ErasedAt == null)
            : projects.Where(p => p.ErasedAt == null || p.Members.Any() || p.Shares.Any() || db.ShareRequests.Any(r => r.ProjectId == p.Id));
        return await projects.Select(p => p.Id).ToListAsync(cancellationToken);
    }

    public override async Task<Func<Task>?> ApplyAsync(IReadOnlyList<Guid> ids, RetentionAction action, CancellationToken cancellationToken)
    {
        var now = Instant.FromDateTimeOffset(clock.GetUtcNow());
        var erased = await db.Projects.Where(p => ids.Contains(p.Id) && p.ErasedAt != null).Select(p => p.Id).ToListAsync(cancellationToken);
        var stored = new List<string>();
        foreach (var id in ids.Except(erased)) stored.AddRange(await ProjectErasure.PrepareAsync(db, id, now));
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        if (action == RetentionAction.Destroy)
        {
            await db.ProjectShares.Where(s => ids.Contains(s.ProjectId)).ExecuteDeleteAsync(cancellationToken);
            await db.ShareRequests.Where(r => ids.Contains(r.ProjectId)).ExecuteDeleteAsync(cancellationToken);
            await db.ProjectMembers.Where(m => ids.Contains(m.ProjectId)).ExecuteDeleteAsync(cancellationToken);
        }
        return stored.Count == 0 ? null : () => ProjectErasure.DeleteFilesAsync(files, stored);
    }

    public override string Describe(RetentionAction action) => action == RetentionAction.Destroy
        ? "{0}: {1} incubation files destroyed" : "{0}: {1} incubation files anonymised";
}
