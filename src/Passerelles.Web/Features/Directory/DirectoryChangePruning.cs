namespace Passerelles.Web.Features.Directory;

/// <summary>Keeps the directory's change log short: every hour, on the injected clock, deletes the entries older than
/// the retention (<c>Directory:ChangeRetention</c>, a day unless set). The newest entry is always kept, so that an
/// instance that has not read the log for longer than that finds a stretch missing below the oldest entry, rather
/// than an empty log, and indexes the directory again (<see cref="DirectoryIndex"/>).</summary>
public sealed class DirectoryChangePruning(TimeProvider clock, IConfiguration configuration)
{
    public TimeSpan Retention { get; } = configuration.GetValue("Directory:ChangeRetention", TimeSpan.FromDays(1));

    /// <summary>Deletes the entries recorded before the retention, but the newest; returns how many.</summary>
    public async Task<int> PruneAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var before = Instant.FromDateTimeOffset(clock.GetUtcNow() - Retention);
        var newest = await db.DirectoryChanges.MaxAsync(c => (long?)c.Sequence, cancellationToken) ?? 0;
        return await db.DirectoryChanges.Where(c => c.RecordedAt < before && c.Sequence < newest).ExecuteDeleteAsync(cancellationToken);
    }
}
