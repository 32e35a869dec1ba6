namespace Passerelles.Web.Features.Missions;

/// <summary>An event as its pages see it for one person: whether they see it at all (<see cref="LoadAsync"/> answers
/// null when they may not know it exists) and whether they change it.</summary>
public sealed record EventAccess(Event Event, bool Edits)
{
    public static async Task<EventAccess?> LoadAsync(AppDbContext db, Actor actor, Guid eventId)
    {
        var e = await db.Events.AsNoTracking().VisibleTo(actor).Include(x => x.Tracks).SingleOrDefaultAsync(x => x.Id == eventId);
        return e is null ? null : new EventAccess(e, actor.MayEdit(e));
    }
}
