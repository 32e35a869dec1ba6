namespace Passerelles.Web.Features.Missions;

/// <summary>A presentation as its pages see it for one person: null when they may not know its event exists; whether
/// they change it (its event's editors and its speakers).</summary>
public sealed record PresentationAccess(Event Event, Presentation Presentation, bool Edits)
{
    public static async Task<PresentationAccess?> LoadAsync(AppDbContext db, Actor actor, Guid presentationId, bool tracked = false)
    {
        var query = tracked ? db.Presentations : db.Presentations.AsNoTracking();
        var presentation = await query.Include(p => p.Speakers)
            .Where(p => p.Id == presentationId && db.Events.VisibleTo(actor).Any(e => e.Id == p.EventId))
            .SingleOrDefaultAsync();
        if (presentation is null) return null;
        var e = await db.Events.AsNoTracking().Include(x => x.Tracks).SingleAsync(x => x.Id == presentation.EventId);
        return new PresentationAccess(e, presentation, actor.MayEdit(e, presentation));
    }
}
