using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Tests.Projects;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Features.Projects;

namespace Passerelles.Tests.Coaching;

public sealed class DashboardTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Staff_see_their_running_cohorts_by_stage_their_overdue_actions_and_this_months_hours()
    {
        var espace = await app.CreateOrganisationAsync(side: Side.Quebec);
        var elsewhere = await app.CreateOrganisationAsync(side: Side.France);
        var project = await app.CreateActiveProjectAsync(espace.Id, "Cantine solidaire");
        var foreign = await app.CreateActiveProjectAsync(elsewhere.Id, "Tiers-lieu");
        var coach = await app.PersonAsync(espace.Id, MemberRole.Coach);
        var foreignCoach = await app.PersonAsync(elsewhere.Id, MemberRole.Coach);
        var session = await app.LogSessionAsync(espace.Id, coach.User.Id, Instant.FromUtc(2026, 3, 3, 15, 0), 90, project.Id);
        await app.AddActionAsync(session, project.Id, coach.User.Id, new LocalDate(2026, 3, 6), "Relancer la caisse");
        var foreignSession = await app.LogSessionAsync(elsewhere.Id, foreignCoach.User.Id, Instant.FromUtc(2026, 3, 4, 9, 0), 120, foreign.Id);
        await app.AddActionAsync(foreignSession, foreign.Id, foreignCoach.User.Id, new LocalDate(2026, 3, 1), "Action d'ailleurs");
        var stage = await app.WithDbAsync(db => db.IncubatorStages.Where(s => s.IncubatorId == espace.Id).OrderBy(s => s.Position).Select(s => s.Name).FirstAsync());

        var home = await HtmlPage.GetAsync(coach.Client, "/");

        var cohorts = home.Text("section[aria-labelledby='cohorts-heading'] details table.chart-data");
        Assert.Contains(stage, cohorts);
        Assert.Contains("1", cohorts);
        Assert.NotNull(home.Document.QuerySelector("section[aria-labelledby='cohorts-heading'] svg.bar-chart"));
        Assert.Contains("Relancer la caisse", home.Text("section[aria-labelledby='overdue-heading']"));
        Assert.Contains("Overdue", home.Text("section[aria-labelledby='overdue-heading']"));
        Assert.DoesNotContain("Action d'ailleurs", home.Html);
        Assert.Contains("1.5", home.Text("section[aria-labelledby='hours-heading'] .total-hours"));
    }

    [Fact]
    public async Task Staff_learn_how_many_actions_are_overdue_beyond_the_ten_shown_and_past_a_hundred_that_there_are_at_least_a_hundred()
    {
        var espace = await app.CreateOrganisationAsync(side: Side.Quebec);
        var project = await app.CreateActiveProjectAsync(espace.Id, "Ressourcerie");
        var coach = await app.PersonAsync(espace.Id, MemberRole.Coach);
        var session = await app.LogSessionAsync(espace.Id, coach.User.Id, Instant.FromUtc(2026, 1, 5, 15, 0), 60, project.Id);
        for (var i = 0; i < 12; i++)
            await app.AddActionAsync(session, project.Id, coach.User.Id, new LocalDate(2026, 2, 1).PlusDays(i), $"Action en retard {i}");
        await app.AddActionAsync(session, project.Id, coach.User.Id, new LocalDate(2026, 4, 1), "Action à venir");

        var home = await HtmlPage.GetAsync(coach.Client, "/");

        var overdue = home.Text("section[aria-labelledby='overdue-heading']");
        Assert.Contains("12 overdue actions in all", overdue);
        Assert.Contains("Action en retard 0", overdue);
        Assert.DoesNotContain("Action en retard 11", overdue);
        Assert.DoesNotContain("Action à venir", overdue);

        await app.WithDbAsync(async db =>
        {
            for (var i = 12; i < 105; i++)
                db.CoachingActions.Add(new Passerelles.Web.Features.Projects.CoachingAction
                {
                    SessionId = session.Id, IncubatorId = session.IncubatorId, ProjectId = project.Id, OwnerId = coach.User.Id, DueOn = new LocalDate(2026, 1, 1), Description = $"Action en retard {i}",
                });
            await db.SaveChangesAsync();
        });

        home = await HtmlPage.GetAsync(coach.Client, "/");
        overdue = home.Text("section[aria-labelledby='overdue-heading']");
        Assert.Contains("At least 100 overdue actions", overdue);
        Assert.DoesNotContain("in all", overdue);
        Assert.Contains("All my open actions (at least 100)", home.Text("section[aria-labelledby='my-actions-heading']"));
    }

    [Fact]
    public async Task A_team_member_sees_their_project_its_next_sessions_and_their_actions_overdue_first()
    {
        var espace = await app.CreateOrganisationAsync(side: Side.Quebec);
        var project = await app.CreateActiveProjectAsync(espace.Id, "Cantine solidaire");
        var coach = await app.PersonAsync(espace.Id, MemberRole.Coach);
        var (member, _) = await app.TeamMemberAsync(project.Id);
        var past = await app.LogSessionAsync(espace.Id, coach.User.Id, Instant.FromUtc(2026, 3, 3, 15, 0), 60, project.Id);
        await app.LogSessionAsync(espace.Id, coach.User.Id, Instant.FromUtc(2026, 3, 17, 14, 0), 60, project.Id);
        await app.AddActionAsync(past, project.Id, member.User.Id, new LocalDate(2026, 3, 20), "Préparer le pitch");
        await app.AddActionAsync(past, project.Id, member.User.Id, new LocalDate(2026, 3, 6), "Écrire le budget");
        await app.AddActionAsync(past, project.Id, coach.User.Id, new LocalDate(2026, 3, 25), "Présenter la caisse");

        var home = await HtmlPage.GetAsync(member.Client, "/");

        Assert.Contains("Cantine solidaire", home.Text("section[aria-labelledby='project-heading']"));
        var next = home.Document.QuerySelectorAll(".next-sessions time").Select(t => t.GetAttribute("datetime")).ToList();
        Assert.Contains(next, t => t!.StartsWith("2026-03-17T10:00", StringComparison.Ordinal));
        Assert.DoesNotContain(next, t => t!.StartsWith("2026-03-03", StringComparison.Ordinal));
        Assert.Contains("Présenter la caisse", home.Text("section[aria-labelledby='project-heading']"));
        var mine = home.Texts("section[aria-labelledby='my-actions-heading'] li");
        Assert.Equal(2, mine.Count);
        Assert.Contains("Écrire le budget", mine[0]);
        Assert.Contains("Overdue", mine[0]);
        Assert.Contains("Préparer le pitch", mine[1]);
        Assert.Null(home.Document.QuerySelector("#cohorts-heading"));
    }

    [Fact]
    public async Task A_project_holder_sees_a_share_request_awaiting_their_consent_and_each_of_their_overdue_actions_once()
    {
        var espace = await app.CreateOrganisationAsync(side: Side.Quebec);
        var partner = await app.CreateOrganisationAsync("Le Tube à ESS'ai " + Guid.NewGuid().ToString("N")[..6], Side.France);
        var project = await app.CreateActiveProjectAsync(espace.Id, "Cantine solidaire");
        var coach = await app.PersonAsync(espace.Id, MemberRole.Coach);
        var (member, _) = await app.TeamMemberAsync(project.Id);
        var session = await app.LogSessionAsync(espace.Id, coach.User.Id, Instant.FromUtc(2026, 3, 3, 15, 0), 60, project.Id);
        await app.AddActionAsync(session, project.Id, member.User.Id, new LocalDate(2026, 3, 6), "Écrire le budget");
        await app.AddActionAsync(session, project.Id, coach.User.Id, new LocalDate(2026, 3, 5), "Relancer la caisse");
        await app.WithDbAsync(async db =>
        {
            db.ShareRequests.Add(new ShareRequest { ProjectId = project.Id, PartnerIncubatorId = partner.Id, RequestedAt = Instant.FromUtc(2026, 3, 9, 12, 0) });
            await db.SaveChangesAsync();
        });

        var home = await HtmlPage.GetAsync(member.Client, "/");

        var request = home.Document.QuerySelector("section[aria-labelledby='project-heading'] .consent-requests a")!;
        Assert.Equal($"{partner.Name} asks to see Cantine solidaire: consent or decline", request.TextContent.Trim());
        Assert.Equal($"/projects/{project.Id}/sharing", request.GetAttribute("href"));
        Assert.Equal(1, home.Document.Body!.TextContent.Split("Écrire le budget").Length - 1);
        Assert.Contains("Écrire le budget", home.Text("section[aria-labelledby='my-actions-heading']"));
        Assert.Contains("Relancer la caisse", home.Text("section[aria-labelledby='project-heading']"));

        await app.WithDbAsync(async db =>
        {
            (await db.ShareRequests.SingleAsync(r => r.ProjectId == project.Id)).Close(Instant.FromUtc(2026, 3, 10, 9, 0), member.User.Id);
            await db.SaveChangesAsync();
        });
        Assert.Null((await HtmlPage.GetAsync(member.Client, "/")).Document.QuerySelector(".consent-requests"));
    }

    [Fact]
    public async Task Someone_without_project_nor_incubator_sees_only_an_empty_list_of_actions()
    {
        var person = await app.PersonAsync();

        var home = await HtmlPage.GetAsync(person.Client, "/");

        Assert.Null(home.Document.QuerySelector("#cohorts-heading"));
        Assert.Null(home.Document.QuerySelector("#project-heading"));
        Assert.Contains("You own no open action.", home.Text("section[aria-labelledby='my-actions-heading']"));
    }

    [Fact]
    public async Task Long_lists_stop_at_ten_with_a_link_to_all_my_actions()
    {
        var espace = await app.CreateOrganisationAsync(side: Side.Quebec);
        var project = await app.CreateActiveProjectAsync(espace.Id);
        var coach = await app.PersonAsync(espace.Id, MemberRole.Coach);
        var session = await app.LogSessionAsync(espace.Id, coach.User.Id, Instant.FromUtc(2026, 3, 3, 15, 0), 60, project.Id);
        for (var i = 0; i < 12; i++) await app.AddActionAsync(session, project.Id, coach.User.Id, new LocalDate(2026, 4, 1).PlusDays(i), $"Action {i}");

        var home = await HtmlPage.GetAsync(coach.Client, "/");
        Assert.Equal(10, home.Texts("section[aria-labelledby='my-actions-heading'] li").Count);
        var all = await HtmlPage.GetAsync(coach.Client, "/coaching/my-actions");
        Assert.Equal(12, all.Texts("main .actions-list li").Count);
        Assert.Contains("/coaching/my-actions", home.Html);
    }
}
