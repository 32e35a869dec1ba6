using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Passerelles.Tests.Account;

/// <summary>The app as reached over a network: each request comes from the address in its <see cref="PeerHeader"/>
/// header (127.0.0.1, a proxy on the same host, without one), as a connection's own address would, before any
/// forwarded header is read.</summary>
public class NetworkAppFactory : AppFactory
{
    public const string PeerHeader = "X-Test-Peer";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddTransient<IStartupFilter, PeerAddress>());
    }

    /// <summary>A client whose requests come from <paramref name="peer"/>, reading pages in English.</summary>
    public HttpClient ClientFrom(string peer, string? forwardedFor = null)
    {
        var client = this.EnglishClient();
        client.DefaultRequestHeaders.Add(PeerHeader, peer);
        if (forwardedFor is not null) client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        return client;
    }

    private sealed class PeerAddress : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, then) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(context.Request.Headers[PeerHeader].FirstOrDefault() ?? "127.0.0.1");
                return then(context);
            });
            next(app);
        };
    }
}
