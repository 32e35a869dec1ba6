using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Passerelles.Web.Infrastructure.Time;

namespace Passerelles.Tests.Infrastructure;

public sealed class ErrorPageTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_missing_page_is_a_friendly_page_in_the_persons_language()
    {
        await app.CreateUserAsync("lost@test.passerelles.org", culture: "fr-FR");
        var client = await app.SignedInClientAsync("lost@test.passerelles.org");

        var page = await HtmlPage.GetAsync(client, "/organisations/nowhere/to-be-found");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("Page introuvable", page.Text("h1"));
    }

    [Fact]
    public async Task A_visitor_probing_for_pages_is_asked_to_sign_in_first()
    {
        var response = await app.CreateBrowserlikeClient().GetAsync("/account/nowhere-to-be-found");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_json_caller_gets_problem_details()
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Accept.ParseAdd("application/json");

        var response = await client.GetAsync("/error/404");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(404, problem.RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task An_unexpected_failure_shows_no_stack_trace()
    {
        await using var failing = app.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
            services.AddScoped<ViewerTime>(_ => throw new InvalidOperationException("secret internals"))));
        await app.CreateUserAsync("failure@test.passerelles.org");
        var client = failing.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var login = await HtmlPage.GetAsync(client, "/account/login");
        await login.SubmitAsync(client, "main form", new Dictionary<string, string>
        {
            ["Input.Email"] = "failure@test.passerelles.org",
            ["Input.Password"] = AppFactory.Password,
        });

        var page = await HtmlPage.GetAsync(client, "/");

        Assert.Equal(HttpStatusCode.InternalServerError, page.Status);
        Assert.DoesNotContain("secret internals", page.Html);
        Assert.DoesNotContain("InvalidOperationException", page.Html);
        Assert.NotEmpty(page.Text("h1"));
    }
}
