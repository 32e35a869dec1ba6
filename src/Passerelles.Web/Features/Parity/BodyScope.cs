namespace Passerelles.Web.Features.Parity;

/// <summary>A governing body as its pages load it: found only by those who manage its organisation (404 to anyone
/// else, who may not learn it exists).</summary>
public sealed record BodyScope(Guid Id, Guid OrganisationId, string Organisation, string Name, GoverningBodyKind Kind, int Version)
{
    public string Address => $"/parity/bodies/{Id}";

    public static async Task<BodyScope?> LoadAsync(AppDbContext db, Actor actor, Guid id)
    {
        var body = await db.GoverningBodies.AsNoTracking().Where(b => b.Id == id)
            .Select(b => new BodyScope(b.Id, b.OrganisationId, b.Organisation.Name, b.Name, b.Kind, b.Version))
            .SingleOrDefaultAsync();
        return body is not null && actor.MayManageBodiesOf(body.OrganisationId) ? body : null;
    }
}
