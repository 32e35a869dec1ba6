namespace Passerelles.Web.Features.Organisations;

/// <summary>How the organisation pages refuse (<see cref="OrganisationRules"/>): a 404, as for an unknown id, to
/// someone who may not see the organisation; a 403 to someone who sees it but may not do what they asked.</summary>
internal static class OrganisationRefusal
{
    /// <summary>The refusal, or null when <paramref name="allowed"/> lets the actor act on organisation
    /// <paramref name="id"/>.</summary>
    public static async Task<IActionResult?> UnlessAsync(AppDbContext db, Actor actor, Guid id, Func<Actor, Guid, bool> allowed)
    {
        var isPublic = await db.Organisations.Where(o => o.Id == id).Select(o => (bool?)o.IsPublic).SingleOrDefaultAsync();
        var maySee = isPublic is { } known && actor.MaySee(id, known);
        return Refusals.Unless(maySee, maySee && allowed(actor, id));
    }
}
