using System.Net;

namespace Passerelles.Web.Infrastructure;

/// <summary>Development serves the demo accounts, whose password is public, and the page of sent e-mail, with its
/// password-reset links: reachable from another machine, it would hand over any account. So in Development the app
/// refuses to start on an address other than loopback unless <see cref="AllowSetting"/> says it may.</summary>
public static class DevelopmentGuard
{
    public const string AllowSetting = "Passerelles:AllowDevelopmentOnNetwork";

    /// <summary>Kestrel's own default when no address is configured.</summary>
    private const string KestrelDefault = "http://localhost:5000";

    public static void RefuseDevelopmentOnNetwork(this WebApplicationBuilder builder)
    {
        if (!builder.Environment.IsDevelopment() || builder.Configuration.GetValue(AllowSetting, false)) return;
        var exposed = NetworkAddresses(ConfiguredAddresses(builder.Configuration));
        if (exposed.Count == 0) return;
        throw new InvalidOperationException(
            $"Passerelles will not start in Development on {string.Join(", ", exposed)}: Development has demo accounts with a public " +
            "password and shows sent e-mail (password-reset links included) to its administrators, so it listens on loopback only " +
            $"(http://localhost:5000). Listen on localhost or 127.0.0.1, run another environment, or set {AllowSetting}=true " +
            "if this machine's network is yours alone.");
    }

    /// <summary>The addresses Kestrel will listen on, from the configuration, in its own order of precedence: its
    /// endpoints section, then <c>urls</c> (ASPNETCORE_URLS, --urls), then the <c>http_ports</c> and <c>https_ports</c>
    /// (ASPNETCORE_HTTP_PORTS…), which listen on every interface.</summary>
    public static IReadOnlyList<string> ConfiguredAddresses(IConfiguration configuration)
    {
        var endpoints = configuration.GetSection("Kestrel:Endpoints").GetChildren().Select(e => e["Url"]).OfType<string>().ToList();
        if (endpoints.Count > 0) return endpoints;
        var urls = Split(configuration["urls"]);
        if (urls.Count > 0) return urls;
        var ports = Split(configuration["http_ports"]).Select(p => $"http://*:{p}")
            .Concat(Split(configuration["https_ports"]).Select(p => $"https://*:{p}")).ToList();
        return ports.Count > 0 ? ports : [KestrelDefault];
    }

    /// <summary>Those of <paramref name="addresses"/> that another machine could reach: any but localhost, a loopback IP
    /// address, a Unix socket or a named pipe.</summary>
    public static IReadOnlyList<string> NetworkAddresses(IEnumerable<string> addresses) =>
        addresses.Where(address => !IsLocal(address)).ToList();

    private static bool IsLocal(string address)
    {
        var binding = BindingAddress.Parse(address);
        if (binding.IsUnixPipe || binding.IsNamedPipe) return true;
        if (string.Equals(binding.Host, "localhost", StringComparison.OrdinalIgnoreCase)) return true;
        return IPAddress.TryParse(binding.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip);
    }

    private static List<string> Split(string? value) =>
        (value ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
