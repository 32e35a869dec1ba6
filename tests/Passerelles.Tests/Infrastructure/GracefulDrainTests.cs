using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Passerelles.Web.Infrastructure;
using Passerelles.Web.Infrastructure.Email;

namespace Passerelles.Tests.Infrastructure;

/// <summary>An instance asked to stop (SIGTERM) tells the load balancer at once that it is not ready, goes on serving
/// for <c>Passerelles:ShutdownDelay</c>, then finishes the requests in flight before it stops.</summary>
public sealed class GracefulDrainTests
{
    [Fact]
    public async Task Until_the_database_is_prepared_the_instance_is_not_ready()
    {
        var readiness = new Readiness();
        var check = new ReadinessCheck(readiness);

        var before = await check.CheckHealthAsync(new HealthCheckContext());
        readiness.DatabasePrepared();
        var after = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Unhealthy, before.Status);
        Assert.Equal("The database is being brought up to date (migrations pending).", before.Description);
        Assert.Equal(HealthStatus.Healthy, after.Status);
    }

    [Fact]
    public async Task A_request_in_flight_when_the_instance_is_stopped_completes()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var parent = new AppFactory()
            .WithSetting(PublicAddress.Setting, "https://passerelles.example.org")
            .WithSetting(GracefulDrain.DelaySetting, "00:00:01");
        var app = parent.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddSingleton<IStartupFilter>(new SlowPage(started))));
        app.UseKestrel(0);
        app.StartServer();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var client = new HttpClient { BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1").Replace("0.0.0.0", "127.0.0.1")) };

        var slow = client.GetAsync("/slow");
        await started.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var stopping = Task.Run(async () => await app.DisposeAsync());
        HttpResponseMessage ready;
        do ready = await client.GetAsync("/health/ready");
        while (ready.StatusCode == HttpStatusCode.OK);
        var answer = await slow;
        await stopping.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Contains("The instance is shutting down.", await ready.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("done", await answer.Content.ReadAsStringAsync());
    }

    /// <summary>A page that takes three seconds to answer, to be in flight when the instance is stopped.</summary>
    private sealed class SlowPage(TaskCompletionSource started) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Map("/slow", slow => slow.Run(async context =>
            {
                started.TrySetResult();
                await Task.Delay(TimeSpan.FromSeconds(3));
                await context.Response.WriteAsync("done");
            }));
            next(app);
        };
    }
}
