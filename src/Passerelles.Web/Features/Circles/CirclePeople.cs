namespace Passerelles.Web.Features.Circles;

/// <summary>The people a circle may take in: members of an organisation of the circle's side. Who sees and runs a
/// circle is <see cref="CircleRules"/>.</summary>
public static class CirclePeople
{
    public sealed record Person(Guid Id, string Name);

    /// <summary>The people who may join a circle for <paramref name="side"/>: members of an organisation of that side.</summary>
    public static async Task<IReadOnlyList<Person>> OfSideAsync(AppDbContext db, Side side) =>
        (await db.Memberships.AsNoTracking()
            .Where(m => m.Organisation.Side == side)
            .Select(m => new Person(m.UserId, m.User.DisplayName))
            .ToListAsync())
        .DistinctBy(p => p.Id).OrderBy(p => p.Name, StringComparer.CurrentCulture).ToList();

    public static Task<bool> BelongsToSideAsync(AppDbContext db, Guid userId, Side side) =>
        db.Memberships.AnyAsync(m => m.UserId == userId && m.Organisation.Side == side);
}
