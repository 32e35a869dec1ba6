namespace Passerelles.Web.Data;

/// <summary>Saves a change made through a form only if the row is still at the version the form was filled in from. When
/// someone else saved it meanwhile, nothing is saved and the change tracker is cleared, so that the page can show the row
/// as it is now. Unlike <see cref="ConcurrentChange"/>, the change is not made again: the person decides.</summary>
public static class VersionedSave
{
    /// <summary>What the person reads when the row changed meanwhile, as the key of the interface's strings.</summary>
    public const string ChangedMeanwhile = "Someone else changed this record while you were editing it. Reload the page and make your change again.";

    /// <summary>Saves every tracked change if <paramref name="entity"/> is still at <paramref name="version"/>; false
    /// when it is not.</summary>
    public static async Task<bool> SaveAtVersionAsync(this AppDbContext db, AuditedEntity entity, int version)
    {
        db.Entry(entity).Property(e => e.Version).OriginalValue = version;
        try
        {
            await db.SaveChangesAsync();
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    /// <summary>The same, telling the person above the form (or next to <paramref name="field"/>) that someone else
    /// changed the record.</summary>
    public static async Task<bool> SaveAtVersionAsync(this AppDbContext db, AuditedEntity entity, int version,
        ModelStateDictionary modelState, IStringLocalizer t, string field = "")
    {
        if (await db.SaveAtVersionAsync(entity, version)) return true;
        modelState.AddModelError(field, t[ChangedMeanwhile]);
        return false;
    }
}
