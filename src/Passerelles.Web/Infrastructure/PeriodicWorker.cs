namespace Passerelles.Web.Infrastructure;

/// <summary>Work the app does on its own every <see cref="Interval"/>: its name for the log ("Agreement reminders"),
/// whether it sends e-mails, and the work itself, given the services of a scope of its own.</summary>
public sealed record PeriodicWork(string Name, TimeSpan Interval, bool SendsEmail, Func<IServiceProvider, CancellationToken, Task> RunAsync);

/// <summary>Runs a <see cref="PeriodicWork"/> on the injected clock, each time in a scope of its own. A failure is
/// logged, and the next tick tries again. Work that sends e-mails does not start at all while the site's public address
/// is unknown (<see cref="PublicAddress"/>), since the links of its messages would lead nowhere.</summary>
public sealed class PeriodicWorker(IServiceScopeFactory scopes, TimeProvider clock, PublicAddress address, ILogger<PeriodicWorker> logger, PeriodicWork work)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (work.SendsEmail && address.Problem is not null)
        {
            logger.LogError("{Work} are not started. {Reason}", work.Name, PublicAddress.Missing);
            return;
        }
        using var timer = new PeriodicTimer(work.Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await work.RunAsync(scope.ServiceProvider, stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "{Work} failed; the next run tries again.", work.Name);
            }
        }
    }
}

public static class PeriodicWorkSetup
{
    /// <summary>Runs <paramref name="work"/> in the background for as long as the app runs.</summary>
    public static void AddPeriodicWork(this IServiceCollection services, PeriodicWork work) =>
        services.AddSingleton<IHostedService>(provider => ActivatorUtilities.CreateInstance<PeriodicWorker>(provider, work));
}
