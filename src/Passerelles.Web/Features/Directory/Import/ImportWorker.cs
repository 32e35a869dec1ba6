using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Passerelles.Web.Features.Directory.Import;

/// <summary>Confirmed imports waiting to be applied, one after the other, by <see cref="ImportWorker"/>.</summary>
public sealed class ImportQueue
{
    private readonly Channel<Guid> _jobs = Channel.CreateUnbounded<Guid>(new UnboundedChannelOptions { SingleReader = true });

    public void Enqueue(Guid jobId) => _jobs.Writer.TryWrite(jobId);

    public IAsyncEnumerable<Guid> ReadAllAsync(CancellationToken cancellationToken) => _jobs.Reader.ReadAllAsync(cancellationToken);
}

/// <summary>How far each running import has got. It lives in memory because the rows written so far are not
/// visible outside the import's transaction until it commits.</summary>
public sealed class ImportProgress
{
    private readonly ConcurrentDictionary<Guid, (int Done, int Total)> _jobs = new();

    /// <summary>Raised on the importing thread after each batch is written, before the next one starts.</summary>
    public event Action<Guid, int, int>? Reported;

    public void Report(Guid jobId, int done, int total)
    {
        _jobs[jobId] = (done, total);
        Reported?.Invoke(jobId, done, total);
    }

    public (int Done, int Total)? Of(Guid jobId) => _jobs.TryGetValue(jobId, out var state) ? state : null;
}

/// <summary>Applies confirmed imports in the background, so a large file does not hold the request open. At start
/// it picks up imports that were confirmed but not finished before a restart: applying is all or nothing, so
/// starting one again is safe.</summary>
public sealed class ImportWorker(ImportQueue queue, IServiceScopeFactory scopes, ILogger<ImportWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await ResumeUnfinishedAsync(stoppingToken);

        await foreach (var jobId in queue.ReadAllAsync(stoppingToken))
        {
            await using var scope = scopes.CreateAsyncScope();
            var runner = scope.ServiceProvider.GetRequiredService<ImportRunner>();
            try
            {
                await runner.ApplyAsync(jobId, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Import {JobId} failed; nothing was written.", jobId);
                await RecordFailureAsync(jobId, stoppingToken);
            }
        }
    }

    private async Task ResumeUnfinishedAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var unfinished = await db.ImportJobs.Where(j => j.Status == ImportStatus.Queued || j.Status == ImportStatus.Running)
                .Select(j => j.Id).ToListAsync(stoppingToken);
            foreach (var id in unfinished) queue.Enqueue(id);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // An unreachable database must not stop the site; unfinished imports wait for the next start.
            logger.LogError(e, "Unfinished imports could not be resumed.");
        }
    }

    private async Task RecordFailureAsync(Guid jobId, CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ImportRunner>()
                .FailAsync(jobId, "The import failed; nothing was written. Try again, or ask for help.", stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "The failure of import {JobId} could not be recorded.", jobId);
        }
    }
}
