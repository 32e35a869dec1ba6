namespace Passerelles.Web.Features.Missions;

/// <summary>A mission as its itinerary pages see it for one person: those who manage it see it whole and change it;
/// its members and network administrators read it whole; the people of an organisation visited (its hosts) read only
/// the visits at their organisation; for anyone else it does not exist.</summary>
public sealed record ItineraryAccess(Mission Mission, bool SeesWhole, bool Manages)
{
    public static async Task<ItineraryAccess?> LoadAsync(AppDbContext db, Actor actor, Guid missionId)
    {
        var mission = await db.Missions.AsNoTracking().Include(m => m.Members).SingleOrDefaultAsync(m => m.Id == missionId);
        if (mission is null) return null;
        var manages = actor.Manages(mission);
        var whole = manages || actor.SeesWhole(mission);
        if (!whole && !await db.ItineraryItems.Where(i => i.MissionId == missionId).HostedBy(actor).AnyAsync()) return null;
        return new ItineraryAccess(mission, whole, manages);
    }

    /// <summary>The items this person sees.</summary>
    public IQueryable<ItineraryItem> Items(AppDbContext db, Actor actor)
    {
        var items = db.ItineraryItems.Where(i => i.MissionId == Mission.Id);
        return SeesWhole ? items : items.HostedBy(actor);
    }
}
