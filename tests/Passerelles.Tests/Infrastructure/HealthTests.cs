using System.Net;

namespace Passerelles.Tests.Infrastructure;

public sealed class HealthTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Health_answers_200_when_the_database_answers()
    {
        var response = await app.CreateClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Healthy", await response.Content.ReadAsStringAsync());
    }
}

public sealed class HealthWhenTheDatabaseIsDownTests : IAsyncLifetime
{
    private readonly AppFactory _app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Health_answers_503_when_the_database_does_not_answer()
    {
        var client = _app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);

        _app.MakeDatabaseUnreachable();
        var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("Unhealthy", await response.Content.ReadAsStringAsync());
    }
}
