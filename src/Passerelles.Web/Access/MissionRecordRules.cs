
namespace Passerelles.Web.Access;

/// <summary>The record of what happened on a mission: visit notes, people met, outcomes, files and follow-ups. Those who
/// see the whole mission, and those who manage it, read it; the managers and the members who accepted their invitation
/// write it. The hosts of a visit see nothing of it, and nobody else learns it exists (404).</summary>
public static class MissionRecordRules
{
    /// <summary>Whether the actor reads the mission's record (its members need <see cref="Mission.Members"/> loaded).</summary>
    public static bool MayReadRecord(this Actor actor, Mission mission) => actor.SeesWhole(mission) || actor.Manages(mission);

    public static bool MayWriteRecord(this Actor actor, Mission mission) =>
        actor.Manages(mission)
        || mission.Members.Any(m => m.UserId == actor.UserId && m.Status == MissionInvitationStatus.Accepted);
}
