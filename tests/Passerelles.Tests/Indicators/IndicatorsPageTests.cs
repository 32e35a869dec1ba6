using System.Net;
using Passerelles.Tests.Missions;
using Passerelles.Tests.Mobility;
using Passerelles.Tests.Organisations;
using Passerelles.Web.Features.Organisations;
using static Passerelles.Tests.Indicators.IndicatorsTesting;

namespace Passerelles.Tests.Indicators;

/// <summary>One organisation's indicators, counted over its own records for the period asked, and who may see them.</summary>
public sealed class IndicatorsPageTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static string Path(Guid organisation, string period) => $"/indicators?organisation={organisation}&{period}";

    [Fact]
    public async Task Each_indicator_counts_the_organisations_records_of_the_fiscal_year()
    {
        var world = await app.WorldAsync();

        var page = await HtmlPage.GetAsync(world.QuebecCoach.Client, Path(world.Quebec, "fiscal=qc-2023"));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(new Dictionary<string, string>
        {
            ["projects.accompanied"] = "2",
            ["coaching.hours.individual"] = "1.5",
            ["coaching.hours.collective"] = "2",
            ["milestones.enterprises_created"] = "1",
            ["milestones.jobs_created"] = "1.5",
            ["milestones.funds_raised.cad"] = "25,000",
            ["milestones.funds_raised.eur"] = "10,000",
            ["circles.sessions_held"] = "1",
            ["circles.attendance"] = "2",
            ["circles.co_facilitation"] = "2",
            ["commitments.done"] = "1",
            ["commitments.open"] = "0",
            ["commitments.overdue"] = "1",
            ["missions.held"] = "1",
            ["mobility.placements"] = "0",
        }, Values(page));
        Assert.Equal("Québec fiscal year 2023-2024 — 1 April 2023 to 31 March 2024", page.Text("#period"));
        Assert.Equal(["Awareness: 1", "Pre-incubation: 1"], page.Texts("tr[data-key='projects.accompanied'] .parts li"));
        Assert.Equal(["Coopérative de solidarité: 1"], page.Texts("tr[data-key='milestones.enterprises_created'] .parts li"));
        Assert.Equal(["Innovation", "Youth"], page.Texts("tr[data-key='milestones.jobs_created'] .themes .badge"));
        Assert.Equal($"/projects?incubator={world.Quebec}",
            page.Document.QuerySelector("tr[data-key='projects.accompanied'] a.records")!.GetAttribute("href"));
        Assert.Equal("/coaching/hours?from=2023-04-01&to=2024-03-31",
            page.Document.QuerySelector("tr[data-key='coaching.hours.individual'] a.records")!.GetAttribute("href"));
        // The organisation's page has one side: no comparison between the sides.
        Assert.Null(page.Document.QuerySelector("#sides"));
        // Individual hours by quarter: April to June 2023 holds them all.
        Assert.Equal(["1.5", "0", "0", "0"],
            page.Document.QuerySelectorAll("#trends table.chart-data")[1].QuerySelectorAll("tbody td").Select(c => c.TextContent.Trim()));
    }

    [Fact]
    public async Task A_session_on_31_March_in_Montréal_belongs_to_the_fiscal_year_ending_that_day()
    {
        var world = await app.WorldAsync();

        var before = Values(await HtmlPage.GetAsync(world.QuebecAdmin.Client, Path(world.Quebec, "fiscal=qc-2022")));
        var custom = Values(await HtmlPage.GetAsync(world.QuebecAdmin.Client, Path(world.Quebec, "from=2023-04-01&to=2023-04-01")));

        Assert.Equal(("1", "1", "0"), (before["coaching.hours.individual"], before["projects.accompanied"], before["coaching.hours.collective"]));
        Assert.Equal(("1.5", "1"), (custom["coaching.hours.individual"], custom["projects.accompanied"]));
    }

    [Fact]
    public async Task Planned_milestones_and_coming_commitments_are_not_counted_as_done()
    {
        var world = await app.WorldAsync();

        // Today is 10 March 2026: the 5,000 CAD planned for 20 March are not raised yet; the commitment due then is open.
        var page = await HtmlPage.GetAsync(world.QuebecAdmin.Client, $"/indicators?organisation={world.Quebec}");

        Assert.Equal("Québec fiscal year 2025-2026 — 1 April 2025 to 31 March 2026", page.Text("#period"));
        var values = Values(page);
        Assert.Equal(("0", "1", "0"), (values["milestones.funds_raised.cad"], values["commitments.open"], values["commitments.overdue"]));
    }

    [Fact]
    public async Task A_France_organisation_reports_on_the_calendar_year_and_its_own_records()
    {
        var world = await app.WorldAsync();
        var admin = await app.PersonAsync(world.France, MemberRole.OrganisationAdministrator);

        var page = await HtmlPage.GetAsync(admin.Client, Path(world.France, "year=2023"));

        var values = Values(page);
        Assert.Equal(("1", "0.75", "0", "1"), (values["projects.accompanied"], values["coaching.hours.individual"],
            values["milestones.funds_raised.cad"], values["commitments.overdue"]));
        Assert.Equal("Calendar year 2023 — 1 January 2023 to 31 December 2023", page.Text("#period"));
    }

    [Fact]
    public async Task A_placement_counts_for_its_sending_and_host_organisations_in_the_year_it_starts()
    {
        var world = await app.PlacementWorldAsync(new NodaTime.LocalDate(2023, 9, 1), new NodaTime.LocalDate(2024, 1, 31));

        var sending = Values(await HtmlPage.GetAsync(world.Coordinator.Client, Path(world.SendingId, "fiscal=qc-2023")));
        var host = Values(await HtmlPage.GetAsync(world.HostCoordinator.Client, Path(world.HostId, "year=2023")));
        var later = Values(await HtmlPage.GetAsync(world.HostCoordinator.Client, Path(world.HostId, "year=2024")));

        Assert.Equal(("1", "1", "0"), (sending["mobility.placements"], host["mobility.placements"], later["mobility.placements"]));
    }

    [Theory]
    [InlineData("from=2023-05-01&to=2023-04-01", "To", "The end of the period comes after its start.")]
    [InlineData("from=9999-12-31&to=2023-04-01", "From", "Choose a date between 1900 and 2199.")]
    [InlineData("fiscal=2023", "Fiscal", "Choose a fiscal year written qc-2023, for 1 April 2023 to 31 March 2024.")]
    [InlineData("year=abc", "Year", "Choose a year between 1900 and 2199.")]
    public async Task A_wrong_period_is_refused_next_to_its_field(string query, string field, string message)
    {
        var world = await app.WorldAsync();

        var page = await HtmlPage.GetAsync(world.QuebecCoach.Client, Path(world.Quebec, query));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(message, page.FieldError(field));
    }

    [Fact]
    public async Task A_wrong_period_is_refused_in_the_readers_french()
    {
        var world = await app.WorldAsync();
        var reader = await app.PersonAsync(world.Quebec, MemberRole.Coach, "fr-CA");

        var page = await HtmlPage.GetAsync(reader.Client, Path(world.Quebec, "from=2023-05-01&to=2023-04-01"));

        Assert.Equal("La fin de la période doit venir après son début.", page.FieldError("To"));
    }

    [Fact]
    public async Task Only_the_organisations_staff_see_its_indicators_and_others_are_told_nothing_exists()
    {
        var world = await app.WorldAsync();
        var path = Path(world.Quebec, "fiscal=qc-2023");
        var administrator = await app.SignedInClientAsync(AppFactory.AdministratorEmail);

        Assert.Equal(HttpStatusCode.OK, (await world.QuebecAdmin.Client.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await world.QuebecCoach.Client.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await administrator.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await world.Holder.Client.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await world.Unrelated.Client.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await world.FranceCoach.Client.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await administrator.GetAsync($"/indicators?organisation={Guid.NewGuid()}")).StatusCode);
        using var anonymous = app.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Equal("/account/login", (await anonymous.GetAsync(path)).Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task Staff_asking_for_the_network_land_on_their_organisation_and_others_get_404()
    {
        var world = await app.WorldAsync();
        var staff = await app.SignedInMemberAsync(world.Quebec, MemberRole.Coach);

        var answer = await staff.GetAsync("/indicators");

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Equal($"/indicators?organisation={world.Quebec}", answer.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, (await world.Holder.Client.GetAsync("/indicators")).StatusCode);
        var menu = await HtmlPage.GetAsync(world.QuebecCoach.Client, "/");
        Assert.Contains("/indicators", menu.Document.QuerySelectorAll("nav a").Select(a => a.GetAttribute("href")));
        var holderMenu = await HtmlPage.GetAsync(world.Holder.Client, "/");
        Assert.DoesNotContain("/indicators", holderMenu.Document.QuerySelectorAll("nav a").Select(a => a.GetAttribute("href")));
    }

    [Theory]
    [InlineData("fr-CA", "Exercice financier québécois 2023-2024", "Prédémarrage : 1", "Ententes", "Engagements réalisés")]
    [InlineData("fr-FR", "Exercice budgétaire québécois 2023-2024", "Pré-incubation : 1", "Conventions", "Engagements réalisés")]
    public async Task The_page_speaks_each_sides_french(string culture, string period, string stage, string agreements, string done)
    {
        var world = await app.WorldAsync();
        var reader = await app.PersonAsync(world.Quebec, MemberRole.Coach, culture);

        var page = await HtmlPage.GetAsync(reader.Client, Path(world.Quebec, "fiscal=qc-2023"));

        Assert.StartsWith(period, page.Text("#period"));
        Assert.Contains(stage, page.Texts("tr[data-key='projects.accompanied'] .parts li").Select(Plain));
        Assert.Equal(agreements, page.Text("#section-agreements h2"));
        Assert.Equal(done, page.Text("tr[data-key='commitments.done'] th"));
        Assert.Equal("25 000", Plain(Values(page)["milestones.funds_raised.cad"]));
        Assert.Equal("$ CA", page.Text("tr[data-key='milestones.funds_raised.cad'] .unit"));
    }
}
