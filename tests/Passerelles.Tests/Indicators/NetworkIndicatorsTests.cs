using System.Net;
using System.Text.Json;
using static Passerelles.Tests.Indicators.IndicatorsTesting;

namespace Passerelles.Tests.Indicators;

/// <summary>The network's indicators, on a database holding only the small fixed network: both incubators counted,
/// each side apart, with trends by quarter and the sides compared.</summary>
public sealed class NetworkIndicatorsTests(NetworkIndicatorsTests.Network network) : IClassFixture<NetworkIndicatorsTests.Network>
{
    public sealed class Network : AppFactory, IAsyncLifetime
    {
        public World World { get; private set; } = null!;

        public async Task InitializeAsync() => World = await this.WorldAsync();

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    [Fact]
    public async Task The_network_counts_both_sides_and_keeps_them_apart()
    {
        var administrator = await network.EnglishAdministratorAsync();

        var page = await HtmlPage.GetAsync(administrator, "/indicators?fiscal=qc-2023");

        Assert.Equal("Indicators of the network", page.Text("h1"));
        var values = Values(page);
        Assert.Equal(("3", "2.25", "2", "2", "1"), (values["projects.accompanied"], values["coaching.hours.individual"],
            values["coaching.hours.collective"], values["commitments.overdue"], values["circles.sessions_held"]));
        string Side(string key, string side) => page.Text($"tr[data-key='{key}'] td.side-{side}");
        Assert.Equal(("2", "1"), (Side("projects.accompanied", "quebec"), Side("projects.accompanied", "france")));
        Assert.Equal(("1.5", "0.75"), (Side("coaching.hours.individual", "quebec"), Side("coaching.hours.individual", "france")));
        Assert.Equal(("1", "1"), (Side("circles.co_facilitation", "quebec"), Side("circles.co_facilitation", "france")));
        // Funds raised in each currency stay apart: 25,000 CAD and 10,000 EUR, never 35,000.
        Assert.Equal(("25,000", "10,000"), (values["milestones.funds_raised.cad"], values["milestones.funds_raised.eur"]));
        Assert.DoesNotContain("35,000", page.Html);
        // Individual hours by quarter: April to June 2023 holds them all.
        Assert.Equal(["2.25", "0", "0", "0"],
            page.Document.QuerySelectorAll("#trends table.chart-data")[1].QuerySelectorAll("tbody td").Select(c => c.TextContent.Trim()));
        var sides = page.Document.QuerySelector("#sides table.chart-data")!;
        Assert.Equal(["Québec: 2", "France: 1"], sides.QuerySelectorAll("tbody tr").Select(r =>
            r.QuerySelector("th")!.TextContent.Trim() + ": " + r.QuerySelector("td")!.TextContent.Trim()));
        Assert.Contains("<svg", page.Html);
    }

    [Fact]
    public async Task Administrators_see_the_parity_of_the_period_in_aggregate_and_coaches_do_not()
    {
        var administrator = await network.EnglishAdministratorAsync();

        var page = await HtmlPage.GetAsync(administrator, "/indicators?fiscal=qc-2023");

        // Two coaches coached in the year: too few to be broken down.
        Assert.Equal("fewer than 5 people: not shown", page.Text("#parity #role-Coaches td.suppressed"));
        Assert.Equal("/parity?fiscal=qc-2023", page.Document.QuerySelector("#parity a[href^='/parity']")!.GetAttribute("href"));
        var own = await HtmlPage.GetAsync(network.World.QuebecAdmin.Client, $"/indicators?organisation={network.World.Quebec}&fiscal=qc-2023");
        Assert.NotNull(own.Document.QuerySelector("#parity"));
        var coach = await HtmlPage.GetAsync(network.World.QuebecCoach.Client, $"/indicators?organisation={network.World.Quebec}&fiscal=qc-2023");
        Assert.Equal(HttpStatusCode.OK, coach.Status);
        Assert.Null(coach.Document.QuerySelector("#parity"));
    }

    [Fact]
    public async Task An_empty_period_says_so()
    {
        var administrator = await network.EnglishAdministratorAsync();

        var page = await HtmlPage.GetAsync(administrator, "/indicators?year=2010");

        Assert.Equal("Nothing was recorded in this period.", page.Text("#empty"));
        Assert.Null(page.Document.QuerySelector("#trends"));
        Assert.All(Values(page).Values, v => Assert.Equal("0", v));
    }

    [Fact]
    public async Task The_network_page_is_for_network_administrators_only()
    {
        // Staff are sent to their organisation's page (see IndicatorsPageTests); the others are told nothing exists.
        Assert.Equal(HttpStatusCode.Redirect, (await network.World.Unrelated.Client.GetAsync("/indicators?fiscal=qc-2023")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await network.World.Holder.Client.GetAsync("/indicators?fiscal=qc-2023")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await network.World.QuebecCoach.Client.GetAsync("/api/v1/indicators?fiscal=qc-2023")).StatusCode);
    }

    [Fact]
    public async Task The_api_gives_each_indicator_with_its_key_value_unit_themes_and_the_period()
    {
        var administrator = await network.EnglishAdministratorAsync();

        var answer = await administrator.GetAsync("/api/v1/indicators?from=2023-04-01&to=2024-03-31");

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        using var json = JsonDocument.Parse(await answer.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal(JsonValueKind.Null, root.GetProperty("organisation").ValueKind);
        Assert.Equal(("Custom", "2023-04-01", "2024-03-31"), (root.GetProperty("period").GetProperty("kind").GetString(),
            root.GetProperty("period").GetProperty("from").GetString(), root.GetProperty("period").GetProperty("to").GetString()));
        var indicators = root.GetProperty("indicators").EnumerateArray().ToDictionary(i => i.GetProperty("key").GetString()!);
        var cad = indicators["milestones.funds_raised.cad"];
        Assert.Equal((25000m, "CAD"), (cad.GetProperty("value").GetDecimal(), cad.GetProperty("unit").GetString()));
        Assert.Equal(10000m, indicators["milestones.funds_raised.eur"].GetProperty("value").GetDecimal());
        var hours = indicators["coaching.hours.individual"];
        Assert.Equal((2.25m, 1.5m, 0.75m, "hours"), (hours.GetProperty("value").GetDecimal(), hours.GetProperty("quebec").GetDecimal(),
            hours.GetProperty("france").GetDecimal(), hours.GetProperty("unit").GetString()));
        Assert.Equal(["Innovation", "Youth"], indicators["milestones.jobs_created"].GetProperty("themes").EnumerateArray().Select(t => t.GetString()));
        Assert.EndsWith("/coaching/hours?from=2023-04-01&to=2024-03-31", hours.GetProperty("url").GetString());
    }

    [Fact]
    public async Task The_api_refuses_a_wrong_period_and_answers_anonymous_callers_401()
    {
        var administrator = await network.EnglishAdministratorAsync();

        var refused = await administrator.GetAsync("/api/v1/indicators?from=2024-04-01&to=2023-04-01");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        using var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Equal("The end of the period comes after its start.", problem.RootElement.GetProperty("errors").GetProperty("to")[0].GetString());

        using var anonymous = network.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/indicators")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await network.World.Unrelated.Client.GetAsync($"/api/v1/indicators?organisation={network.World.Quebec}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await network.World.QuebecCoach.Client.GetAsync($"/api/v1/indicators?organisation={network.World.Quebec}")).StatusCode);
    }
}

/// <summary>The network page runs as many SQL commands whatever the number of rows it counts.</summary>
public sealed class IndicatorsQueryCountTests(AppFactory app) : IClassFixture<AppFactory>
{
    /// <summary>The person and the menu, the organisations for the choice, the grants the administrator manages (the
    /// choice of a grant's period), then the catalog over the year (each
    /// aggregate read once and shared by the indicators drawn from it, the trends over its four quarters drawn from the same
    /// reads), and the parity figures of the year.</summary>
    private const int Commands = 22;

    [Fact]
    public async Task The_network_page_runs_its_pinned_number_of_commands_with_one_network_as_with_three()
    {
        var administrator = await app.EnglishAdministratorAsync();
        await app.WorldAsync();
        await app.CommandsToGetAsync(administrator, "/indicators?fiscal=qc-2023");
        var small = await app.CommandsToGetAsync(administrator, "/indicators?fiscal=qc-2023");
        await app.WorldAsync();
        await app.WorldAsync();
        var large = await app.CommandsToGetAsync(administrator, "/indicators?fiscal=qc-2023");

        Assert.True(small.Count == Commands, $"The network page ran {small.Count} commands, not {Commands}:\n{string.Join("\n---\n", small)}");
        Assert.Equal(small.Count, large.Count);
    }
}
