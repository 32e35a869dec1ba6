using System.Net;
using Passerelles.Web.Infrastructure.Email;

namespace Passerelles.Tests.Infrastructure;

public sealed class HealthTests : IAsyncLifetime
{
    private readonly AppFactory _app = new AppFactory().WithSetting(PublicAddress.Setting, "https://passerelles.example.org");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task The_site_is_alive_and_ready_while_the_database_answers()
    {
        var client = _app.CreateClient();

        var alive = await client.GetAsync("/health");
        var ready = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
        Assert.Equal("{\"status\":\"Healthy\"}", await alive.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("{\"status\":\"Healthy\",\"reasons\":[]}", await ready.Content.ReadAsStringAsync());
    }
}

public sealed class HealthWhenTheDatabaseIsDownTests : IAsyncLifetime
{
    private readonly AppFactory _app = new AppFactory().WithSetting(PublicAddress.Setting, "https://passerelles.example.org");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Without_its_database_the_site_is_alive_but_not_ready()
    {
        var client = _app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);

        _app.MakeDatabaseUnreachable();
        var alive = await client.GetAsync("/health");
        var ready = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
        Assert.Equal("{\"status\":\"Healthy\"}", await alive.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("{\"status\":\"Unhealthy\",\"reasons\":[\"The database does not answer.\"]}", await ready.Content.ReadAsStringAsync());
    }
}

/// <summary>A request that needs the database while PostgreSQL cannot be reached gets 503 and a page saying to try
/// again in a moment, not the 500 of a fault.</summary>
public sealed class PagesWhenTheDatabaseIsDownTests
{
    [PostgresFact]
    public async Task A_signed_in_page_answers_503_with_a_page_in_the_persons_language()
    {
        await using var app = AppFactory.On(TestDatabase.Create(Passerelles.Web.Data.DatabaseProvider.Postgres));
        var client = await app.AdministratorClientAsync();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/preferences")).StatusCode);

        app.MakeDatabaseUnreachable();
        var request = new HttpRequestMessage(HttpMethod.Get, "/account/preferences");
        request.Headers.AcceptLanguage.ParseAdd("fr-FR");
        var response = await client.SendAsync(request);
        var page = await HtmlPage.FromAsync(response);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("5", response.Headers.RetryAfter?.ToString());
        Assert.Equal("Passerelles est momentanément indisponible", page.Document.QuerySelector("h1")?.TextContent);
        Assert.Contains("Veuillez réessayer dans un moment.", page.Html);
    }
}
