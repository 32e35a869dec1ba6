namespace Passerelles.Web.Data;

/// <summary>Refuses, before anything is written, a save that would change or delete a history record.</summary>
public sealed class AppendOnlyGuard : BeforeSaveInterceptor
{
    protected override void BeforeSave(DbContext context)
    {
        var touched = context.ChangeTracker.Entries<IAppendOnly>()
            .FirstOrDefault(e => e.State is EntityState.Modified or EntityState.Deleted);
        if (touched is not null)
            throw new AppendOnlyViolationException(touched.Entity.GetType().Name, touched.State == EntityState.Deleted);
    }
}

public sealed class AppendOnlyViolationException(string record, bool deleting)
    : InvalidOperationException($"A {record} is history: it can be added, never {(deleting ? "deleted" : "changed")}.");
