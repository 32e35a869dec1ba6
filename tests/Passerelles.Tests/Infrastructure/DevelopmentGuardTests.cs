using System.Net;
using Microsoft.Extensions.Configuration;
using Passerelles.Web.Infrastructure;

namespace Passerelles.Tests.Infrastructure;

/// <summary>Development has demo accounts with a public password and shows sent e-mail: it starts only on loopback
/// unless told it may listen on the network.</summary>
public sealed class DevelopmentGuardTests
{
    [Theory]
    [InlineData("http://localhost:5000")]
    [InlineData("https://localhost:5001")]
    [InlineData("http://127.0.0.1:5000")]
    [InlineData("http://[::1]:5000")]
    [InlineData("http://unix:/tmp/passerelles.sock")]
    public void A_loopback_address_stays_on_the_machine(string address) =>
        Assert.Empty(DevelopmentGuard.NetworkAddresses([address]));

    [Theory]
    [InlineData("http://0.0.0.0:5000")]
    [InlineData("http://*:5000")]
    [InlineData("http://+:80")]
    [InlineData("http://[::]:5000")]
    [InlineData("http://192.168.1.20:5000")]
    [InlineData("https://passerelles.example.org")]
    public void Any_other_address_is_reachable_from_the_network(string address) =>
        Assert.Equal([address], DevelopmentGuard.NetworkAddresses([address]));

    [Fact]
    public void The_addresses_are_read_in_Kestrel_s_order_endpoints_then_urls_then_ports_then_its_default()
    {
        static IReadOnlyList<string> Configured(params (string Key, string Value)[] settings) =>
            DevelopmentGuard.ConfiguredAddresses(new ConfigurationBuilder()
                .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build());

        Assert.Equal(["http://localhost:5000"], Configured());
        Assert.Equal(["http://*:8080", "https://*:8443"], Configured(("http_ports", "8080"), ("https_ports", "8443")));
        Assert.Equal(["http://127.0.0.1:5000", "http://0.0.0.0:5001"], Configured(("urls", "http://127.0.0.1:5000; http://0.0.0.0:5001"), ("http_ports", "8080")));
        Assert.Equal(["http://10.0.0.5:80"], Configured(("Kestrel:Endpoints:Http:Url", "http://10.0.0.5:80"), ("urls", "http://localhost:5000")));
    }

    [Fact]
    public async Task Development_refuses_to_start_on_a_network_address_and_says_how_to_allow_it()
    {
        await using var app = new DevelopmentApp().WithSetting("urls", "http://0.0.0.0:5000");

        var refusal = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        var messages = string.Join(" | ", Chain(refusal).Select(e => e.Message));
        Assert.Contains("will not start in Development on http://0.0.0.0:5000", messages);
        Assert.Contains("Passerelles:AllowDevelopmentOnNetwork=true", messages);
    }

    [Fact]
    public async Task Development_starts_on_a_network_address_when_allowed_and_other_environments_are_not_concerned()
    {
        await using var allowed = new DevelopmentApp().WithSetting("urls", "http://0.0.0.0:5000").WithSetting(DevelopmentGuard.AllowSetting, "true");
        await using var testing = new AppFactory().WithSetting("urls", "http://0.0.0.0:5000");

        Assert.Equal(HttpStatusCode.OK, (await allowed.CreateClient().GetAsync("/health")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await testing.CreateClient().GetAsync("/health")).StatusCode);
    }

    private static IEnumerable<Exception> Chain(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException) yield return exception;
    }
}

/// <summary>The app in the Development environment, without the demo network.</summary>
public sealed class DevelopmentApp : AppFactory
{
    protected override string Environment => "Development";
}
