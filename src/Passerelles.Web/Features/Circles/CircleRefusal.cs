namespace Passerelles.Web.Features.Circles;

/// <summary>How the pages that run a circle refuse (<see cref="CircleRules"/>): a 404 to someone who is not in the
/// circle, who may not learn it exists; a 403 to a member who is not one of its co-facilitators.</summary>
internal static class CircleRefusal
{
    /// <summary>The refusal, or null when the actor runs circle <paramref name="circleId"/>.</summary>
    public static async Task<IActionResult?> UnlessRunningAsync(AppDbContext db, Actor actor, Guid? circleId)
    {
        var maySee = circleId is { } id && await db.Circles.VisibleTo(actor).AnyAsync(c => c.Id == id);
        return Refusals.Unless(maySee, maySee && await db.Circles.ManageableBy(actor).AnyAsync(c => c.Id == circleId));
    }

    /// <summary>The same, for the circle of session <paramref name="sessionId"/>.</summary>
    public static async Task<IActionResult?> UnlessRunningSessionAsync(AppDbContext db, Actor actor, Guid sessionId) =>
        await UnlessRunningAsync(db, actor,
            await db.CircleSessions.Where(s => s.Id == sessionId).Select(s => (Guid?)s.CircleId).SingleOrDefaultAsync());
}
