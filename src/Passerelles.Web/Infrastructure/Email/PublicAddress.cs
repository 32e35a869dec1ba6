using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Passerelles.Web.Infrastructure.Email;

/// <summary>The public address of the site, which links in e-mails sent outside any request (reminders, digests) start
/// with: Passerelles:PublicBaseUrl, or in Development, when it is unset, the address the app listens on. Outside
/// Development it must be set: the background mail jobs do not start without it, and /health/ready says why.</summary>
public sealed class PublicAddress(IConfiguration configuration, IHostEnvironment environment, IServer server)
{
    public const string Setting = "Passerelles:PublicBaseUrl";
    public const string Missing = "Passerelles:PublicBaseUrl is not set: reminders and digests are not sent, since their links would not lead to this site. Set it to the site's public address, e.g. https://passerelles.example.org.";

    /// <summary>The base of public links, without a trailing slash; null when there is none to trust.</summary>
    public string? Base
    {
        get
        {
            var configured = configuration[Setting];
            if (!string.IsNullOrWhiteSpace(configured)) return configured.Trim().TrimEnd('/');
            return environment.IsDevelopment() ? Listening() : null;
        }
    }

    /// <summary>The base of public links made while answering a request, without a trailing slash: the configured
    /// address, else the one the request came to. Names meant to last (an organisation's IRI) start with it, so they
    /// do not depend on the host name a visitor typed once the address is set.</summary>
    public string Root(HttpRequest request)
    {
        var configured = configuration[Setting];
        return string.IsNullOrWhiteSpace(configured) ? $"{request.Scheme}://{request.Host}{request.PathBase}" : configured.Trim().TrimEnd('/');
    }

    /// <summary>Why the background mail jobs may not run, or null when they may.</summary>
    public string? Problem => environment.IsDevelopment() || Base is not null ? null : Missing;

    /// <summary>The first address the server listens on (https preferred), with a wildcard host read as localhost.</summary>
    private string? Listening()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var chosen = addresses.FirstOrDefault(a => a.StartsWith("https://", StringComparison.OrdinalIgnoreCase)) ?? addresses.FirstOrDefault();
        if (chosen is null) return null;
        var readable = chosen.Replace("://+", "://localhost").Replace("://*", "://localhost");
        if (!Uri.TryCreate(readable, UriKind.Absolute, out var uri)) return null;
        var host = uri.Host is "0.0.0.0" or "[::]" ? "localhost" : uri.Host;
        return new UriBuilder(uri.Scheme, host, uri.Port).Uri.ToString().TrimEnd('/');
    }
}

/// <summary>Reports the site not ready while <see cref="PublicAddress.Problem"/> holds.</summary>
public sealed class PublicAddressCheck(PublicAddress address) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(address.Problem is { } problem ? HealthCheckResult.Unhealthy(problem) : HealthCheckResult.Healthy());
}
