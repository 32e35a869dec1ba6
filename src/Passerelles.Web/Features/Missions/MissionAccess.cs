namespace Passerelles.Web.Features.Missions;

/// <summary>How the mission's pages find it for the person asking: with its members, since they decide who sees and
/// who manages it (<see cref="MissionRules"/>); not found to those who may not see it whole, forbidden to those who see
/// it without managing it.</summary>
public static class MissionAccess
{
    public static Task<Mission?> FindAsync(AppDbContext db, Guid id, bool tracked = false)
    {
        var missions = tracked ? db.Missions : db.Missions.AsNoTracking();
        return missions.Include(m => m.Members).SingleOrDefaultAsync(m => m.Id == id);
    }

    /// <summary>The mission, when the actor may manage it; else the refusal to answer.</summary>
    public static async Task<(Mission? Mission, IActionResult? Refusal)> ForManagingAsync(AppDbContext db, Actor actor, Guid id, bool tracked = false)
    {
        var mission = await FindAsync(db, id, tracked);
        if (mission is null || !actor.SeesWhole(mission)) return (null, new NotFoundResult());
        return actor.Manages(mission) ? (mission, null) : (null, new ForbidResult());
    }
}
