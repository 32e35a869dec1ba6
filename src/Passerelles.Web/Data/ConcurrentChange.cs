namespace Passerelles.Web.Data;

/// <summary>Saves a change made to a row as it is stored now. When another request (often the same person in a second
/// tab) changed that row meanwhile, reads it again and makes the change again: marking done twice is marking done once.</summary>
public static class ConcurrentChange
{
    public static async Task SaveAsync(AppDbContext db, Func<Task> readAndChange, int attempts = 5)
    {
        for (var attempt = 1; ; attempt++)
        {
            await readAndChange();
            try
            {
                await db.SaveChangesAsync();
                return;
            }
            catch (DbUpdateConcurrencyException) when (attempt < attempts)
            {
                db.ChangeTracker.Clear();
            }
        }
    }
}
