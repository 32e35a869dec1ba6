using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging;
using Passerelles.Web.Infrastructure.Email;

namespace Passerelles.Tests.Infrastructure;

/// <summary>Links in reminders start with the site's public address: the configured one; in Development, the address
/// the app listens on; elsewhere none, and the reminder jobs do not start.</summary>
public sealed class PublicAddressTests
{
    private sealed class ListeningServer(params string[] addresses) : IServer
    {
        public IFeatureCollection Features { get; } = Listening(addresses);

        private static FeatureCollection Listening(string[] addresses)
        {
            var feature = new ServerAddressesFeature();
            foreach (var address in addresses) feature.Addresses.Add(address);
            var features = new FeatureCollection();
            features.Set<IServerAddressesFeature>(feature);
            return features;
        }

        public Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken) where TContext : notnull => Task.CompletedTask;
        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        public void Dispose() { }
    }

    private static PublicAddress Address(string environment, string? configured, params string[] listening) =>
        new(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [PublicAddress.Setting] = configured }).Build(),
            new HostingEnvironment { EnvironmentName = environment }, new ListeningServer(listening));

    [Fact]
    public void The_configured_address_is_used_everywhere()
    {
        Assert.Equal("https://passerelles.example.org", Address(Environments.Production, "https://passerelles.example.org/", "http://[::]:8080").Base);
        Assert.Null(Address(Environments.Production, "https://passerelles.example.org").Problem);
    }

    [Theory]
    [InlineData("http://localhost:5000", "http://localhost:5000")]
    [InlineData("http://[::]:5080", "http://localhost:5080")]
    [InlineData("http://+:5080", "http://localhost:5080")]
    [InlineData("http://127.0.0.1:5000", "http://127.0.0.1:5000")]
    public void In_development_without_a_setting_links_use_the_address_the_app_listens_on(string listening, string expected)
    {
        var address = Address(Environments.Development, null, listening);

        Assert.Equal(expected, address.Base);
        Assert.Null(address.Problem);
    }

    [Fact]
    public void In_development_https_is_preferred_when_the_app_listens_on_both()
    {
        Assert.Equal("https://localhost:5001", Address(Environments.Development, "", "http://localhost:5000", "https://localhost:5001").Base);
    }

    [Fact]
    public void In_production_without_a_setting_there_is_no_address_and_the_problem_is_named()
    {
        var address = Address(Environments.Production, "  ", "http://[::]:8080");

        Assert.Null(address.Base);
        Assert.Equal(PublicAddress.Missing, address.Problem);
    }
}

/// <summary>The app in Production without Passerelles:PublicBaseUrl: alive, not ready, and its reminder jobs say why they
/// do not start.</summary>
public sealed class PublicAddressInProductionTests : IAsyncLifetime
{
    private sealed class ProductionApp : AppFactory
    {
        public ConcurrentQueue<string> Log { get; } = new();
        protected override string Environment => "Production";

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Circles:SendReminders", "true");
            builder.UseSetting("Agreements:SendReminders", "true");
            builder.ConfigureTestServices(services => services.AddSingleton<ILoggerProvider>(new CapturingLoggerProvider(Log)));
        }
    }

    private sealed class CapturingLoggerProvider(ConcurrentQueue<string> log) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Logger(log);
        public void Dispose() { }

        private sealed class Logger(ConcurrentQueue<string> log) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (IsEnabled(logLevel)) log.Enqueue(formatter(state, exception));
            }
        }
    }

    private readonly ProductionApp _app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Without_a_public_address_the_site_is_alive_but_not_ready_and_the_reminder_jobs_say_why_they_do_not_start()
    {
        var client = _app.CreateClient();

        var ready = await client.GetAsync("/health/ready");
        var alive = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Contains("Passerelles:PublicBaseUrl is not set: reminders and digests are not sent", await ready.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
        Assert.Equal("{\"status\":\"Healthy\"}", await alive.Content.ReadAsStringAsync());
        Assert.Contains("Session reminders and circle digests are not started. " + PublicAddress.Missing, _app.Log);
        Assert.Contains("Agreement reminders are not started. " + PublicAddress.Missing, _app.Log);
    }
}

public sealed class PublicAddressReadyTests : IAsyncLifetime
{
    private readonly AppFactory _app = new AppFactory().WithSetting(PublicAddress.Setting, "https://passerelles.example.org");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task With_a_public_address_the_site_is_ready()
    {
        var ready = await _app.CreateClient().GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("{\"status\":\"Healthy\",\"reasons\":[]}", await ready.Content.ReadAsStringAsync());
    }
}
