using System.Net;
using NodaTime;
using Passerelles.Tests.Projects;
using Passerelles.Tests.Projects.Portfolio;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Tests.Coaching;

public sealed class HoursTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Staff_see_this_months_hours_per_project_and_coach_over_the_projects_they_see_with_a_chart_and_its_table()
    {
        var espace = await app.CreateOrganisationAsync(side: Side.Quebec);
        var elsewhere = await app.CreateOrganisationAsync(side: Side.France);
        var cantine = await app.CreateActiveProjectAsync(espace.Id, "Cantine solidaire");
        var ressourcerie = await app.CreateActiveProjectAsync(espace.Id, "Ressourcerie");
        var foreign = await app.CreateActiveProjectAsync(elsewhere.Id, "Tiers-lieu");
        var coach = await app.PersonAsync(espace.Id, MemberRole.Coach, "Julie Coach");
        var foreignCoach = await app.PersonAsync(elsewhere.Id, MemberRole.Coach);
        await app.LogSessionAsync(espace.Id, coach.User.Id, Instant.FromUtc(2026, 3, 3, 15, 0), 60, cantine.Id);
        await app.LogSessionAsync(espace.Id, coach.User.Id, Instant.FromUtc(2026, 3, 5, 15, 0), 90, cantine.Id, ressourcerie.Id);
        await app.LogSessionAsync(espace.Id, coach.User.Id, Instant.FromUtc(2026, 2, 20, 15, 0), 60, cantine.Id);
        await app.LogSessionAsync(elsewhere.Id, foreignCoach.User.Id, Instant.FromUtc(2026, 3, 4, 9, 0), 120, foreign.Id);

        var page = await HtmlPage.GetAsync(coach.Client, "/coaching/hours");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("2.5", page.Text(".total-hours"));
        var perProject = page.Document.QuerySelectorAll("#project-heading ~ details table tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(perProject, r => r.Contains("Cantine solidaire") && r.Contains("2.5"));
        Assert.Contains(perProject, r => r.Contains("Ressourcerie") && r.Contains("1.5"));
        Assert.DoesNotContain(perProject, r => r.Contains("Tiers-lieu"));
        Assert.Contains("Julie Coach", page.Text("#coach-heading ~ details table tbody"));
        Assert.Equal("true", page.Document.QuerySelector("svg.bar-chart")!.GetAttribute("aria-hidden"));
        Assert.NotNull(page.Document.QuerySelector("table.chart-data caption"));

        var longer = await HtmlPage.GetAsync(coach.Client, "/coaching/hours?from=2026-02-01&to=2026-03-31");
        Assert.Contains("3.5", longer.Text(".total-hours"));

        var backwards = await HtmlPage.GetAsync(coach.Client, "/coaching/hours?from=2026-03-31&to=2026-02-01");
        Assert.NotNull(backwards.FieldError("To"));
    }

    [Fact]
    public async Task Sessions_that_have_not_ended_by_now_are_planned_hours_not_hours_done()
    {
        var espace = await app.CreateOrganisationAsync(side: Side.Quebec);
        var project = await app.CreateActiveProjectAsync(espace.Id, "Friperie");
        var coach = await app.PersonAsync(espace.Id, MemberRole.Coach);
        await app.LogSessionAsync(espace.Id, coach.User.Id, Instant.FromUtc(2026, 3, 3, 15, 0), 60, project.Id);
        await app.LogSessionAsync(espace.Id, coach.User.Id, Instant.FromDateTimeOffset(app.Clock.GetUtcNow()).Minus(Duration.FromMinutes(30)), 60, project.Id);
        await app.LogSessionAsync(espace.Id, coach.User.Id, Instant.FromUtc(2026, 3, 24, 14, 0), 90, project.Id);

        var hours = await HtmlPage.GetAsync(coach.Client, "/coaching/hours");
        var log = await HtmlPage.GetAsync(coach.Client, $"/projects/{project.Id}/coaching");
        var home = await HtmlPage.GetAsync(coach.Client, "/");
        var export = PortfolioTesting.CsvRows(await coach.Client.GetByteArrayAsync($"/projects/export/coaching-hours?q=Friperie&incubator={espace.Id}"));

        Assert.Equal("1 hour of coaching in this period.", hours.Text(".total-hours"));
        Assert.Equal("Also planned in this period, not counted until they take place: 2.5 hours.", hours.Text(".planned-hours"));
        Assert.Equal("Total coaching: 1 hour in 1 session.", log.Text(".total-hours"));
        Assert.Equal("Planned: 2.5 hours in 2 sessions still to come, not counted above.", log.Text(".planned-hours"));
        Assert.Equal("1 hour of coaching in this period.", home.Text("section[aria-labelledby='hours-heading'] .total-hours"));
        Assert.Equal("Also planned in this period, not counted until they take place: 2.5 hours.", home.Text("section[aria-labelledby='hours-heading'] .planned-hours"));
        Assert.Equal([("2026-03", "1", "1")], export.Select(r => (r["month"], r["hours"], r["sessions"])).ToList());
    }

    [Fact]
    public async Task Hours_are_for_incubator_staff_only()
    {
        var espace = await app.CreateOrganisationAsync(side: Side.Quebec);
        var project = await app.CreateActiveProjectAsync(espace.Id);
        var (member, _) = await app.TeamMemberAsync(project.Id);

        Assert.Equal(HttpStatusCode.Forbidden, (await member.Client.GetAsync("/coaching/hours")).StatusCode);
    }
}
