using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Caching.Memory;
using Passerelles.Web.Data;
using Passerelles.Web.Features.Bridges;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Web.Features.Directory;

/// <summary>Recent directory searches, kept for a few seconds: a search depends only on its words, filters, page and
/// the organisations the reader may see, and the same searches come back all the time (a shared link, the first page of a
/// region, someone typing). Any saved change to an organisation, its themes or a bridge empties the cache at once;
/// another instance of the app sees the change at the latest when its own entries expire.</summary>
public sealed class DirectoryResultsCache(DirectoryIndex index) : SaveChangesInterceptor, IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);
    public const int MaxSearches = 2000;

    private readonly MemoryCache _searches = new(new MemoryCacheOptions { SizeLimit = MaxSearches });
    private readonly ConditionalWeakTable<DbContext, object> _pending = [];

    public async Task<DirectoryQuery.Results> RunAsync(DirectoryQuery query, AppDbContext db, DirectoryReader reader, CancellationToken cancellationToken)
    {
        // Readers who see the same organisations share their searches: every visitor, and everyone who belongs to none.
        var key = JsonSerializer.Serialize(new { query, reader.SeesAll, reader.Sees });
        if (_searches.TryGetValue(key, out DirectoryQuery.Results? cached)) return cached!;
        var results = await query.RunAsync(db, reader, index, cancellationToken);
        _searches.Set(key, results, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = Lifetime });
        return results;
    }

    public void Clear() => _searches.Clear();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Notice(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Notice(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Settle(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Settle(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void Dispose() => _searches.Dispose();

    // Emptied before the save, so no reader keeps old results, and after it, so none caches what it read meanwhile.
    private void Notice(DbContext? context)
    {
        if (context is null) return;
        var touches = context.ChangeTracker.Entries()
            .Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted &&
                      e.Entity is Organisation or OrganisationTheme or Bridge);
        if (!touches) return;
        _pending.AddOrUpdate(context, this);
        Clear();
    }

    private void Settle(DbContext? context)
    {
        if (context is null || !_pending.Remove(context)) return;
        Clear();
    }
}
