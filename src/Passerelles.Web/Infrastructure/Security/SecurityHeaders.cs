using Microsoft.Extensions.Options;

namespace Passerelles.Web.Infrastructure.Security;

/// <summary>Headers sent with every response. The policy allows no inline script: htmx and our own script are
/// files under wwwroot.</summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    /// <summary>The policy, with the image origins features added (the map's tiles are the only content fetched from
    /// elsewhere).</summary>
    public static string PolicyFor(ContentSecurity additions) =>
        additions.ImageOrigins.Count == 0
            ? ContentSecurityPolicy
            : ContentSecurityPolicy.Replace("img-src 'self' data:", $"img-src 'self' data: {string.Join(' ', additions.ImageOrigins.Distinct())}");

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        var policy = PolicyFor(app.ApplicationServices.GetRequiredService<IOptions<ContentSecurity>>().Value);
        return app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = policy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                return Task.CompletedTask;
            });
            await next();
        });
    }
}
