using System.Linq.Expressions;

namespace Passerelles.Web.Features.Circles;

/// <summary>Claims a piece of work (a reminder, a digest) by inserting the row that records it, keyed so that it can
/// exist only once: the app instance whose insert succeeds does the work; another one, running at the same moment
/// against the same database, gets a unique-key violation and leaves it.</summary>
public static class OnceOnly
{
    public static async Task<bool> ClaimAsync<T>(AppDbContext db, T claim, Expression<Func<T, bool>> same, CancellationToken cancellationToken) where T : class
    {
        db.Add(claim);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException exception) when (UniqueViolation.Is(exception))
        {
            db.Entry(claim).State = EntityState.Detached;
            if (await db.Set<T>().AsNoTracking().AnyAsync(same, cancellationToken)) return false;
            throw;
        }
        finally
        {
            db.Entry(claim).State = EntityState.Detached;
        }
    }
}
