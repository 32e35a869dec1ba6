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

    /// <summary>Claims an e-mail (see <see cref="ClaimAsync{T}"/>) and sends it; when it could not be sent, logs
    /// <paramref name="failure"/> and releases the claim, so that it is tried again. True when it was sent here.</summary>
    public static async Task<bool> SendAsync<T>(AppDbContext db, T claim, Expression<Func<T, bool>> same, IMailer mailer, Func<OutgoingEmail> compose,
        ILogger logger, string failure, CancellationToken cancellationToken) where T : class
    {
        if (!await ClaimAsync(db, claim, same, cancellationToken)) return false;
        try
        {
            await mailer.SendAsync(compose(), cancellationToken);
            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "{Failure}", failure);
            await db.Set<T>().Where(same).ExecuteDeleteAsync(cancellationToken);
            return false;
        }
    }
}
