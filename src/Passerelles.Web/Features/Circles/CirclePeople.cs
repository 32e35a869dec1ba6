namespace Passerelles.Web.Features.Circles;

/// <summary>The people a circle may take in: members of an organisation of the circle's side. Who sees and runs a
/// circle is <see cref="CircleRules"/>.</summary>
public static class CirclePeople
{
    public sealed record Person(Guid Id, string Name);

    /// <summary>Whether the person may join a circle for <paramref name="side"/>: a member of an organisation of that side.</summary>
    public static Task<bool> BelongsToSideAsync(AppDbContext db, Guid userId, Side side) =>
        db.Memberships.AnyAsync(m => m.UserId == userId && m.Organisation.Side == side);
}
