using Passerelles.Web.Features.Privacy.Register;

namespace Passerelles.Web.Features.Circles;

/// <summary>Circles (<see cref="ProcessingPurposes.Circles"/>): members are deleted when they leave, so the period counts
/// from the circle's last session: a circle is due when no session of it starts after the cutoff, and, without any
/// session, when it was created before the cutoff. A circle answers to the organisations of its co-facilitators (as its
/// register line shows), or, once it has none, of the person who created it; each side's entry may purge it, the first
/// to apply does. Destroying deletes the circle with everything the database deletes with it (members, sessions and
/// their attendance, answers, decisions and actions, series, discussions, polls, resources), and the resources' files
/// once the purge is committed; nothing outside the circles points to them. Anonymising keeps the circle's name and
/// purpose and its sessions' titles, dates and durations, turns its attendance and co-facilitators into numbers by
/// side (what the indicators count), and removes the members, attendance, answers, reminders sent, decisions, actions,
/// notes, agendas, links, discussions, polls and resources with their files. An anonymised circle still counts in the
/// network's indicators, but no longer in one organisation's, which it reaches through its members.</summary>
public sealed class CircleRetention(AppDbContext db, ResourceFiles files) : RetentionRule(RetainedRecord.Circle, ProcessingPurposes.Circles)
{
    public override async Task<List<Guid>> DueAsync(IReadOnlyList<Guid> controllers, RetentionCutoff cutoff, RetentionAction action, CancellationToken cancellationToken)
    {
        var organisations = db.Memberships.Where(m => controllers.Contains(m.OrganisationId)).Select(m => m.UserId);
        var circles = db.Circles.AsNoTracking()
            .Where(c => c.Members.Any(m => m.IsCoFacilitator && organisations.Contains(m.UserId))
                        || (!c.Members.Any(m => m.IsCoFacilitator) && c.CreatedBy != null && organisations.Contains(c.CreatedBy.Value)))
            .Where(c => !db.CircleSessions.Any(s => s.CircleId == c.Id && s.StartsAt >= cutoff.At)
                        && (c.CreatedAt < cutoff.At || db.CircleSessions.Any(s => s.CircleId == c.Id)));
        if (action == RetentionAction.Anonymise)
        {
            var sessions = db.CircleSessions.Where(s => s.Notes != "" || s.Agenda != "" || s.RecordingUrl != null || s.VideoUrl != null
                || s.Attendance.Any() || s.Decisions.Any() || s.Actions.Any() || db.SessionRsvps.Any(r => r.SessionId == s.Id)
                || db.SentReminders.Any(r => r.SessionId == s.Id));
            circles = circles.Where(c => c.Members.Any() || sessions.Any(s => s.CircleId == c.Id) || db.Discussions.Any(d => d.CircleId == c.Id)
                || db.Polls.Any(p => p.CircleId == c.Id) || db.CircleResources.Any(r => r.CircleId == c.Id));
        }
        return await circles.Select(c => c.Id).ToListAsync(cancellationToken);
    }

    public override async Task<Func<Task>?> ApplyAsync(IReadOnlyList<Guid> ids, RetentionAction action, CancellationToken cancellationToken)
    {
        var stored = await db.CircleResources.Where(r => ids.Contains(r.CircleId) && r.StoredName != null).Select(r => r.StoredName).ToListAsync(cancellationToken);
        if (action == RetentionAction.Destroy)
            await db.Circles.Where(c => ids.Contains(c.Id)).ExecuteDeleteAsync(cancellationToken);
        else
            await AnonymiseAsync(ids, cancellationToken);
        return stored.Count == 0 ? null : async () =>
        {
            foreach (var name in stored) await files.DeleteAsync(name);
        };
    }

    private async Task AnonymiseAsync(IReadOnlyList<Guid> ids, CancellationToken cancellationToken)
    {
        // What indicators count stays as anonymous numbers: attendees present and co-facilitators, by side.
        await db.CircleSessions.Where(s => ids.Contains(s.CircleId)).ExecuteUpdateAsync(s => s
            .SetProperty(x => x.AnonymousPresentQuebec, x => x.AnonymousPresentQuebec + db.SessionAttendance.Count(a => a.SessionId == x.Id && a.Present
                && db.CircleMembers.Any(m => m.CircleId == x.CircleId && m.UserId == a.UserId && m.Side == Side.Quebec)))
            .SetProperty(x => x.AnonymousPresentFrance, x => x.AnonymousPresentFrance + db.SessionAttendance.Count(a => a.SessionId == x.Id && a.Present
                && db.CircleMembers.Any(m => m.CircleId == x.CircleId && m.UserId == a.UserId && m.Side == Side.France))), cancellationToken);
        await db.Circles.Where(c => ids.Contains(c.Id)).ExecuteUpdateAsync(s => s
            .SetProperty(x => x.AnonymousCoFacilitatorsQuebec, x => x.AnonymousCoFacilitatorsQuebec + x.Members.Count(m => m.IsCoFacilitator && m.Side == Side.Quebec))
            .SetProperty(x => x.AnonymousCoFacilitatorsFrance, x => x.AnonymousCoFacilitatorsFrance + x.Members.Count(m => m.IsCoFacilitator && m.Side == Side.France)), cancellationToken);
        var sessions = db.CircleSessions.Where(s => ids.Contains(s.CircleId)).Select(s => s.Id);
        await db.SessionAttendance.Where(a => sessions.Contains(a.SessionId)).ExecuteDeleteAsync(cancellationToken);
        await db.SessionRsvps.Where(r => sessions.Contains(r.SessionId)).ExecuteDeleteAsync(cancellationToken);
        await db.SentReminders.Where(r => sessions.Contains(r.SessionId)).ExecuteDeleteAsync(cancellationToken);
        await db.SessionDecisions.Where(d => sessions.Contains(d.SessionId)).ExecuteDeleteAsync(cancellationToken);
        await db.CircleActions.Where(a => sessions.Contains(a.SessionId)).ExecuteDeleteAsync(cancellationToken);
        await db.CircleSessions.Where(s => ids.Contains(s.CircleId)).ExecuteUpdateAsync(s => s
            .SetProperty(x => x.Notes, "").SetProperty(x => x.Agenda, "")
            .SetProperty(x => x.RecordingUrl, (string?)null).SetProperty(x => x.VideoUrl, (string?)null), cancellationToken);
        await db.Discussions.Where(d => ids.Contains(d.CircleId)).ExecuteDeleteAsync(cancellationToken);
        await db.Polls.Where(p => ids.Contains(p.CircleId)).ExecuteDeleteAsync(cancellationToken);
        await db.CircleResources.Where(r => ids.Contains(r.CircleId)).ExecuteDeleteAsync(cancellationToken);
        await db.CircleMembers.Where(m => ids.Contains(m.CircleId)).ExecuteDeleteAsync(cancellationToken);
    }

    public override string Describe(RetentionAction action) => action == RetentionAction.Destroy
        ? "{0}: {1} circles destroyed" : "{0}: {1} circles anonymised";
}
