using System.Threading.RateLimiting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Passerelles.Web.Infrastructure.Security;

public static class WebSecuritySetup
{
    /// <summary>Rate-limit policy for sign-in, two-factor and password-reset posts, per client address.</summary>
    public const string CredentialsRateLimit = "credentials";

    public const long MaxRequestBodyBytes = 1024 * 1024;

    /// <summary>The ceiling for a multipart post carrying a document. Only pages that declare a larger
    /// [RequestSizeLimit] read that much; everywhere else the form limits above still apply.</summary>
    public const long MaxUploadRequestBodyBytes = 6 * 1024 * 1024;

    public static void AddWebSecurity(this WebApplicationBuilder builder)
    {
        // Keys outlive restarts, so sign-in cookies and links in e-mails stay valid. On PostgreSQL several instances
        // may serve the same people: they read one another's cookies and tokens only if they share the keys, so the
        // keys live in the database. SQLite means one instance, and the keys stay beside its database file.
        var dataProtection = builder.Services.AddDataProtection().SetApplicationName("Passerelles");
        if (DatabaseSettings.From(builder.Configuration, DataPath.Of(builder)).Provider == DatabaseProvider.Postgres)
            dataProtection.PersistKeysToDbContext<AppDbContext>();
        else
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(DataPath.Of(builder), "keys")));
        builder.Services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "passerelles.af";
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.HeaderName = "X-CSRF-TOKEN";
        });
        builder.WebHost.ConfigureKestrel(o => o.Limits.MaxRequestBodySize = MaxRequestBodyBytes);
        builder.Services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(o =>
        {
            o.MultipartBodyLengthLimit = MaxRequestBodyBytes;
            o.ValueLengthLimit = 64 * 1024;
            o.ValueCountLimit = 200;
        });

        var permits = builder.Configuration.GetValue("RateLimits:SignInPermitsPerMinute", 10);
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(CredentialsRateLimit, context =>
                HttpMethods.IsPost(context.Request.Method)
                    ? RateLimitPartition.GetFixedWindowLimiter(
                        context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1) })
                    : RateLimitPartition.GetNoLimiter("reads"));
        });
    }

    /// <summary>Behind a TLS-terminating proxy, requests count as HTTPS (so cookies get their Secure flag) and come from
    /// the client's address (which the sign-in rate limit counts). Only the proxies named in configuration are believed:
    /// none by default, not even one on this host, so nobody picks their own address with an X-Forwarded-For header.
    /// Null when none is named (the middleware would believe everyone given empty lists).</summary>
    private static ForwardedHeadersOptions? ForwardingFrom(IConfiguration configuration)
    {
        var proxies = configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [];
        var networks = configuration.GetSection("ForwardedHeaders:KnownNetworks").Get<string[]>() ?? [];
        if (proxies.Length == 0 && networks.Length == 0) return null;
        var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in proxies) options.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
        foreach (var network in networks) options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        return options;
    }

    public static void UseWebSecurity(this WebApplication app)
    {
        if (ForwardingFrom(app.Configuration) is { } forwarding) app.UseForwardedHeaders(forwarding);
        app.UseSecurityHeaders();
        // Refuse an announced oversized body before anything reads it (Kestrel also caps bodies sent in chunks).
        var limits = app.Services.GetRequiredService<IOptions<RequestBodyLimits>>().Value;
        app.Use(async (context, next) =>
        {
            if (context.Request.ContentLength > limits.For(context.Request.Path, context.Request.ContentType))
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                return;
            }
            await next();
        });
        if (!app.Environment.IsDevelopment()) app.UseHsts();
    }
}
