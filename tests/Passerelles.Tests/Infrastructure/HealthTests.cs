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
