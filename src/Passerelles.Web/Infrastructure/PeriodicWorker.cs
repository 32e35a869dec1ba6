using Passerelles.Web.Infrastructure.Email;

namespace Passerelles.Web.Infrastructure;

/// <summary>Runs a piece of work every <see cref="Interval"/>, on the injected clock, each time in a scope of its own. A
/// failure is logged, and the next tick tries again.</summary>
public abstract class PeriodicWorker(IServiceScopeFactory scopes, TimeProvider clock, ILogger logger) : BackgroundService
{
    protected TimeProvider Clock => clock;

    protected abstract TimeSpan Interval { get; }

    /// <summary>What the log says when a run fails.</summary>
    protected abstract string Failure { get; }

    /// <summary>Why the work must not start at all, said in the log; null to start.</summary>
    protected virtual string? NotStarted => null;

    protected abstract Task RunAsync(IServiceProvider services, CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (NotStarted is { } reason)
        {
            logger.LogError("{Reason}", reason);
            return;
        }
        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await RunAsync(scope.ServiceProvider, stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "{Failure}", Failure);
            }
        }
    }
}

/// <summary>A periodic worker that sends e-mails: not started at all while the site's public address is unknown
/// (<see cref="PublicAddress"/>), since the links of its messages would lead nowhere.</summary>
public abstract class MailWorker(IServiceScopeFactory scopes, TimeProvider clock, PublicAddress address, ILogger logger)
    : PeriodicWorker(scopes, clock, logger)
{
    /// <summary>What the worker sends, for the log: "Agreement reminders".</summary>
    protected abstract string Sends { get; }

    protected override string? NotStarted => address.Problem is null ? null : $"{Sends} are not started. {PublicAddress.Missing}";
}
