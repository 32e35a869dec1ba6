using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Passerelles.Tests.Security;

/// <summary>The app's routes that address a record, found in its endpoint data source, and how the sweep reads an
/// answer.</summary>
public static class SweepRoutes
{
    public sealed record RecordRoute(string Route, RouteEndpoint Endpoint);

    /// <summary>Every route with a parameter that names a record: <c>{id}</c>, <c>{projectId}</c>, <c>{versionId}</c>…</summary>
    public static IReadOnlyList<RecordRoute> Discover(EndpointDataSource endpoints) =>
        endpoints.Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.Parameters.Any(p => p.Name.EndsWith("id", StringComparison.OrdinalIgnoreCase)))
            .Select(e => new RecordRoute("/" + e.RoutePattern.RawText!.TrimStart('/'), e))
            .ToList();

    /// <summary>The POST handlers of those routes: each page's <c>OnPost…</c> methods, by the <c>?handler=</c> name that
    /// reaches them ("" for <c>OnPost</c> itself), and the minimal-API endpoints that accept POST.</summary>
    public static async Task<IReadOnlyList<(string Route, string Handler)>> PostHandlersAsync(IServiceProvider services)
    {
        var loader = services.GetRequiredService<PageLoader>();
        var handlers = new List<(string, string)>();
        foreach (var route in Discover(services.GetRequiredService<EndpointDataSource>()))
        {
            if (route.Endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                var compiled = await loader.LoadAsync(page, route.Endpoint.Metadata);
                handlers.AddRange(compiled.HandlerMethods
                    .Where(h => string.Equals(h.HttpMethod, "POST", StringComparison.OrdinalIgnoreCase))
                    .Select(h => (route.Route, h.Name ?? "")));
            }
            else if (route.Endpoint.Metadata.GetMetadata<HttpMethodMetadata>() is { } methods &&
                     methods.HttpMethods.Contains("POST"))
            {
                handlers.Add((route.Route, ""));
            }
        }
        return handlers.Distinct().ToList();
    }

    /// <summary>An answer as the matrix writes it: the status code, "login" for a redirect to the sign-in page, "302"
    /// for any other redirect.</summary>
    public static string Answer(HttpResponseMessage response) => response.StatusCode switch
    {
        HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther or HttpStatusCode.MovedPermanently
            when response.Headers.Location?.OriginalString.Contains("/account/login", StringComparison.Ordinal) == true => AccessMatrix.Login,
        HttpStatusCode.Redirect or HttpStatusCode.SeeOther or HttpStatusCode.MovedPermanently => "302",
        var status => ((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>A valid antiforgery token for the client's session, read from a form every signed-in person has.</summary>
    public static async Task<string> AntiforgeryTokenAsync(HttpClient client)
    {
        var html = await client.GetStringAsync("/account/preferences");
        return new HtmlParser().ParseDocument(html).QuerySelector("input[name='__RequestVerificationToken']")?.GetAttribute("value")
               ?? throw new InvalidOperationException("The preferences page holds no antiforgery token.");
    }
}
