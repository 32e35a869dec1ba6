using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Passerelles.Web.Infrastructure;

/// <summary>Whether this instance should be sent requests, as far as its own life goes: not before it has brought the
/// database up to date (migrations, shipped records), and no longer once it has been asked to stop. The database
/// answering is another check. A load balancer probing <c>/health/ready</c> stops sending requests to an instance that
/// is stopping, while the instance still finishes those it has (see <see cref="GracefulDrain"/>).</summary>
public sealed class Readiness
{
    public const string Preparing = "The database is being brought up to date (migrations pending).";
    public const string ShuttingDown = "The instance is shutting down.";

    private volatile bool _prepared;
    private volatile bool _stopping;

    public void DatabasePrepared() => _prepared = true;

    public void Stopping() => _stopping = true;

    public string? Problem => _stopping ? ShuttingDown : _prepared ? null : Preparing;
}

public sealed class ReadinessCheck(Readiness readiness) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(readiness.Problem is { } problem ? HealthCheckResult.Unhealthy(problem) : HealthCheckResult.Healthy());
}

/// <summary>On SIGTERM (or any stop): <c>/health/ready</c> answers 503 at once, then the instance waits
/// <c>Passerelles:ShutdownDelay</c> while still serving, so that the load balancer sees it is not ready and sends
/// nothing new; then the server stops accepting connections and finishes the requests in flight, for up to
/// <c>Passerelles:ShutdownTimeout</c>.</summary>
public sealed class GracefulDrain(Readiness readiness, IHostApplicationLifetime lifetime, IConfiguration configuration, ILogger<GracefulDrain> logger)
    : IHostedLifecycleService
{
    public const string DelaySetting = "Passerelles:ShutdownDelay";
    public const string TimeoutSetting = "Passerelles:ShutdownTimeout";

    private TimeSpan Delay => configuration.GetValue(DelaySetting, TimeSpan.Zero);

    public Task StartingAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStopping.Register(readiness.Stopping);
        return Task.CompletedTask;
    }

    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        readiness.Stopping();
        if (Delay <= TimeSpan.Zero) return;
        logger.LogInformation("Stopping: not ready any more; serving for {Delay} more before draining.", Delay);
        try
        {
            await Task.Delay(Delay, cancellationToken);
        }
        catch (OperationCanceledException)
        {
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

public static class ReadinessSetup
{
    public static void AddReadiness(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<Readiness>();
        builder.Services.AddHealthChecks().AddCheck<ReadinessCheck>("instance");
        builder.Services.AddHostedService<GracefulDrain>();
        var timeout = builder.Configuration.GetValue(GracefulDrain.TimeoutSetting, TimeSpan.FromSeconds(30));
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = timeout);
    }
}
