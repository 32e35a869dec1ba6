namespace Passerelles.Web.Features.Circles;

/// <summary>The people a circle may take in: members of an organisation of the circle's side. Who sees and runs a
/// circle is <see cref="CircleRules"/>.</summary>
public static class CirclePeople
{
    public sealed record Person(Guid Id, string Name);

    /// <summary>Whether the person may join a circle for <paramref name="side"/>: a member of an organisation of that side.</summary>
    public static Task<bool> BelongsToSideAsync(AppDbContext db, Guid userId, Side side) =>
        db.Memberships.AnyAsync(m => m.UserId == userId && m.Organisation.Side == side);

    /// <summary>Why the person may not join the circle for <paramref name="side"/>, in the reader's language, or null: their
    /// information goes to the co-facilitator of the other side, so a current transfer assessment between their
    /// organisations (each one's first on its side) must cover circles (<see cref="TransferGate"/>).</summary>
    public static async Task<string?> TransferMissingAsync(AppDbContext db, Circle circle, Guid userId, Side side, Instant now, IStringLocalizer t) =>
        circle.CoFacilitator(side == Side.Quebec ? Side.France : Side.Quebec) is not { } other || other.UserId == userId ? null
            : await TransferBetweenAsync(db, (userId, side), (other.UserId, other.Side), now, t);

    /// <summary>Why two people of the two sides may not share a circle, in the reader's language, or null: a current
    /// transfer assessment covering circles must stand between their organisations (each one's first on its side).</summary>
    public static async Task<string?> TransferBetweenAsync(AppDbContext db, (Guid UserId, Side Side) one, (Guid UserId, Side Side) other, Instant now, IStringLocalizer t)
    {
        var homes = await db.Memberships.AsNoTracking()
            .Where(m => (m.UserId == one.UserId && m.Organisation.Side == one.Side) || (m.UserId == other.UserId && m.Organisation.Side == other.Side))
            .OrderBy(m => m.CreatedAt).Select(m => new { m.UserId, m.OrganisationId, m.Organisation.Side }).ToListAsync();
        var mine = homes.FirstOrDefault(h => h.UserId == one.UserId && h.Side == one.Side);
        var theirs = homes.FirstOrDefault(h => h.UserId == other.UserId && h.Side == other.Side);
        return mine is null || theirs is null ? null
            : await TransferGate.CheckAsync(db, mine.OrganisationId, theirs.OrganisationId, TransferPurposes.Circles, now, t);
    }
}
