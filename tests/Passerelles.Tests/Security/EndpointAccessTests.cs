using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Passerelles.Tests.Security;

/// <summary>No page can be left open by accident: every endpoint either requires sign-in or is on this list.</summary>
public sealed partial class EndpointAccessTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly HashSet<string> AnonymousEndpoints =
    [
        "/account/login",
        "/account/logout",
        "/account/language",
        "/account/forgot-password",
        "/account/reset-password",
        "/account/login/two-factor",
        "/account/login/recovery-code",
        "/account/invitation",
        "/account/setup",
        "/error/{code:int?}",
        "/health",
        "/health/ready",
        "/directory/export/{format}",
        "/directory",
        "/directory/{id:guid}",
        "/bridges/map",
        "/bridges/graph",
        "/bridges/network.json",
        "/api/v1/organisations",
        "/projects/apply",
        "/projects/apply/sent",
        "/openapi/{documentName}.json",
        "/calendar/{token}.ics",
        "/missions/calendar/{token}.ics",
        "/privacy/packages/{token}",
        "/agreements/verify",
        "/assessments/invitations/{id:guid}/join",
        "/mobility/invitation",
        "/privacy/{id:guid}",
    ];

    private IReadOnlyList<(string Route, bool Anonymous)> Endpoints() =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => ("/" + e.RoutePattern.RawText!.TrimStart('/'), e.Metadata.GetMetadata<IAllowAnonymous>() is not null))
            .Distinct()
            .ToList();

    [Fact]
    public void Only_the_listed_endpoints_are_open_to_visitors()
    {
        var endpoints = Endpoints();
        Assert.NotEmpty(endpoints);

        var unexpected = endpoints.Where(e => e.Anonymous && !AnonymousEndpoints.Contains(e.Route)).Select(e => e.Route).ToList();

        Assert.True(unexpected.Count == 0, "Open to visitors but not on the list: " + string.Join(", ", unexpected));
    }

    [Fact]
    public async Task Every_other_endpoint_sends_a_visitor_to_sign_in_and_the_api_answers_401()
    {
        var client = app.CreateBrowserlikeClient();
        var protectedRoutes = Endpoints().Where(e => !e.Anonymous).Select(e => e.Route).ToList();
        Assert.NotEmpty(protectedRoutes);
        Assert.Contains(protectedRoutes, r => r.StartsWith("/api/", StringComparison.Ordinal));

        foreach (var route in protectedRoutes)
        {
            var url = RouteParameter().Replace(route, _ => Guid.NewGuid().ToString());
            var response = await client.GetAsync(url);

            if (route.StartsWith("/api/", StringComparison.Ordinal))
                Assert.True(response.StatusCode == HttpStatusCode.Unauthorized && response.Content.Headers.ContentType?.MediaType == "application/problem+json",
                    $"{url} answered {(int)response.StatusCode} {response.Content.Headers.ContentType} to a visitor");
            else
                Assert.True(response.StatusCode == HttpStatusCode.Redirect &&
                            response.Headers.Location!.OriginalString.Contains("/account/login", StringComparison.Ordinal),
                    $"{url} answered {(int)response.StatusCode} to a visitor");
        }
    }

    [Fact]
    public async Task A_json_caller_without_a_session_gets_401_not_a_redirect()
    {
        var client = app.CreateBrowserlikeClient();
        client.DefaultRequestHeaders.Accept.ParseAdd("application/json");

        var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteParameter();
}
