using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Passerelles.Web.Data;

/// <summary>Work done on the tracked changes of every save, sync or async, before anything is written.</summary>
public abstract class BeforeSaveInterceptor : SaveChangesInterceptor
{
    protected abstract void BeforeSave(DbContext context);

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context) BeforeSave(context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context) BeforeSave(context);
        return ValueTask.FromResult(result);
    }
}
