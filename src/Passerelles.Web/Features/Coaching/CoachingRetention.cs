using Passerelles.Web.Features.Privacy.Register;

namespace Passerelles.Web.Features.Coaching;

/// <summary>Coaching notes (<see cref="ProcessingPurposes.CoachingNotes"/>): a coaching session is due once its period,
/// counted from the session, is over. Anonymising empties its notes and topics and removes its participants, so that its
/// hours still count for funders; destroying deletes it with its participants and actions.</summary>
public sealed class CoachingRetention(AppDbContext db) : RetentionRule(RetainedRecord.CoachingSession, ProcessingPurposes.CoachingNotes)
{
    public override async Task<List<Guid>> DueAsync(IReadOnlyList<Guid> controllers, RetentionCutoff cutoff, RetentionAction action, CancellationToken cancellationToken)
    {
        var sessions = db.CoachingSessions.AsNoTracking().Where(s => controllers.Contains(s.IncubatorId) && s.StartsAt < cutoff.At);
        if (action == RetentionAction.Anonymise) sessions = sessions.Where(s => s.Notes != "" || s.Topics != "" || s.Participants.Any());
        return await sessions.Select(s => s.Id).ToListAsync(cancellationToken);
    }

    public override async Task<Func<Task>?> ApplyAsync(IReadOnlyList<Guid> ids, RetentionAction action, CancellationToken cancellationToken)
    {
        if (action == RetentionAction.Destroy)
        {
            await db.CoachingSessions.Where(s => ids.Contains(s.Id)).ExecuteDeleteAsync(cancellationToken);
            return null;
        }
        await db.CoachingParticipants.Where(p => ids.Contains(p.SessionId)).ExecuteDeleteAsync(cancellationToken);
        await db.CoachingSessions.Where(s => ids.Contains(s.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Notes, "").SetProperty(x => x.Topics, ""), cancellationToken);
        return null;
    }

    public override string Describe(RetentionAction action) => action == RetentionAction.Destroy
        ? "{0}: {1} coaching sessions destroyed" : "{0}: {1} coaching sessions anonymised";
}
