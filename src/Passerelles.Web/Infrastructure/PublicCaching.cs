using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace Passerelles.Web.Infrastructure;

/// <summary>What a browser or a proxy may keep. A page a visitor reads without signing in, which sets no cookie and
/// holds no form needing an antiforgery token (such a form makes the page <c>no-cache, no-store</c>), shows only what
/// the network publishes: it may be kept a little while, apart for each language, cookie and htmx request. What a
/// signed-in person reads is never kept.</summary>
public static class PublicCaching
{
    public const string Public = "public, max-age=30";
    public const string SignedIn = "no-cache, no-store";

    /// <summary>What a public answer depends on besides its address: the format asked for, the language (the browser's
    /// or the visitor's cookie, and a session cookie makes it another person's page), and whether htmx asked for a
    /// part of the page.</summary>
    public static readonly string[] VaryBy = ["Accept", "Accept-Language", "Cookie", "HX-Request", "HX-History-Restore-Request"];

    public static void AddPublicCaching(this IServiceCollection services)
    {
        services.TryAddSingleton<CookieTempDataProvider>();
        services.Replace(ServiceDescriptor.Singleton<ITempDataProvider, QuietTempDataProvider>());
    }

    /// <summary>Decides when the answer starts, once the page has set its own headers and cookies; an answer that chose
    /// its own caching keeps it.</summary>
    public static void UsePublicCaching(this WebApplication app) =>
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                Decide(context);
                return Task.CompletedTask;
            });
            await next();
        });

    private static void Decide(HttpContext context)
    {
        var response = context.Response;
        if (!StringValues.IsNullOrEmpty(response.Headers.CacheControl)) return;
        if (context.User.Identity?.IsAuthenticated == true)
        {
            response.Headers.CacheControl = SignedIn;
            return;
        }
        var read = HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method);
        if (!read || response.StatusCode != StatusCodes.Status200OK || !StringValues.IsNullOrEmpty(response.Headers.SetCookie)) return;
        response.Headers.CacheControl = Public;
        response.Headers.Vary = string.Join(", ", response.Headers.Vary.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Concat(VaryBy).Distinct(StringComparer.OrdinalIgnoreCase));
    }
}

/// <summary>The layout reads the notice a page may leave for the next one. Reading it makes the framework's cookie
/// provider send a cookie deleting the notice even to a visitor who never had one, and an answer setting a cookie
/// cannot be kept; this one only writes when there is a notice to keep or one to forget.</summary>
internal sealed class QuietTempDataProvider(CookieTempDataProvider cookies, IOptions<CookieTempDataProviderOptions> options) : ITempDataProvider
{
    public IDictionary<string, object> LoadTempData(HttpContext context) => cookies.LoadTempData(context);

    public void SaveTempData(HttpContext context, IDictionary<string, object> values)
    {
        var name = options.Value.Cookie.Name ?? CookieTempDataProvider.CookieName;
        if (values.Count == 0 && !context.Request.Cookies.Keys.Any(k => k.StartsWith(name, StringComparison.Ordinal))) return;
        cookies.SaveTempData(context, values);
    }
}
