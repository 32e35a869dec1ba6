using System.Net;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Tests.Projects;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Features.Projects;

namespace Passerelles.Tests.Coaching;

public sealed class CoachingLogTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_coach_logs_a_session_with_an_action_and_the_log_shows_it_on_both_sides()
    {
        var espace = await app.CreateOrganisationAsync(side: Side.Quebec);
        var project = await app.CreateActiveProjectAsync(espace.Id);
        var (member, _) = await app.TeamMemberAsync(project.Id, "Awa Diallo");
        var coach = await app.PersonAsync(espace.Id, MemberRole.Coach, "Julie Coach");

        var form = await HtmlPage.GetAsync(coach.Client, $"/coaching/new?project={project.Id}");
        Assert.Equal(HttpStatusCode.OK, form.Status);
        Assert.NotEmpty(form.Label("Input.Time"));
        Assert.NotEmpty(form.Label("Input.Actions[0].Description"));
        var fields = CoachingTesting.SessionFields();
        fields["Input.Notes"] = "Le **budget** <script>alert(1)</script>";
        fields["Input.ParticipantUserIds"] = member.User.Id.ToString();
        fields["Input.ParticipantNames"] = "Paul Martin";
        fields["Input.Actions[0].Description"] = "Écrire le budget prévisionnel";
        fields["Input.Actions[0].OwnerId"] = member.User.Id.ToString();
        fields["Input.Actions[0].DueOn"] = "2026-03-31";
        var logged = await form.SubmitAsync(coach.Client, "main form", fields);
        Assert.Equal(HttpStatusCode.Redirect, logged.StatusCode);

        var session = await app.WithDbAsync(db => db.CoachingSessions.AsNoTracking().Include(s => s.Participants).Include(s => s.Actions)
            .SingleAsync(s => s.Projects.Any(p => p.ProjectId == project.Id)));
        // 10:00 in Montréal on 17 March 2026 (summer time, UTC−4).
        Assert.Equal(Instant.FromUtc(2026, 3, 17, 14, 0), session.StartsAt);
        Assert.Equal("America/Toronto", session.TimeZoneId);
        Assert.Equal(coach.User.Id, session.CoachId);
        Assert.Equal(2, session.Participants.Count);
        Assert.Equal(member.User.Id, Assert.Single(session.Actions).OwnerId);

        var log = await HtmlPage.GetAsync(coach.Client, $"/projects/{project.Id}/coaching");
        var times = log.Document.QuerySelectorAll(".session .both-sides-time time").Select(t => t.GetAttribute("datetime")).ToList();
        Assert.Contains("2026-03-17T10:00:00-04:00", times);
        Assert.Contains("2026-03-17T15:00:00+01:00", times);
        Assert.Contains("Modèle économique, gouvernance", log.Text(".session"));
        Assert.Contains("Julie Coach", log.Text(".session"));
        Assert.Equal("<strong>budget</strong>", log.Document.QuerySelector(".session .notes strong")!.OuterHtml);
        Assert.Null(log.Document.QuerySelector(".session .notes script"));
        Assert.Equal("Planned: 1.5 hours in 1 session still to come, not counted above.", log.Text(".planned-hours"));
        Assert.Contains("Écrire le budget prévisionnel", log.Text("#open-actions-heading + .table-wrap table"));
    }

    [Theory]
    [InlineData("2026-03-08", "02:30", "the clocks go forward")]
    [InlineData("2026-11-01", "01:30", "the clocks go back")]
    public async Task A_local_time_skipped_or_repeated_by_a_change_of_clocks_is_refused(string date, string time, string message)
    {
        var espace = await app.CreateOrganisationAsync(side: Side.Quebec);
        var project = await app.CreateActiveProjectAsync(espace.Id);
        var coach = await app.PersonAsync(espace.Id);

        var form = await HtmlPage.GetAsync(coach.Client, $"/coaching/new?project={project.Id}");
        var refused = await HtmlPage.FromAsync(await form.SubmitAsync(coach.Client, "main form", CoachingTesting.SessionFields(date, time)));

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains(message, refused.FieldError("Input.Time"));
        Assert.False(await app.WithDbAsync(db => db.CoachingSessionProjects.AnyAsync(p => p.ProjectId == project.Id)));
    }

    [Fact]
    public async Task A_duration_out_of_bounds_and_an_action_without_owner_are_refused_next_to_their_fields()
    {
        var espace = await app.CreateOrganisationAsync(side: Side.Quebec);
        var project = await app.CreateActiveProjectAsync(espace.Id);
        var coach = await app.PersonAsync(espace.Id);

        var form = await HtmlPage.GetAsync(coach.Client, $"/coaching/new?project={project.Id}");
        var fields = CoachingTesting.SessionFields(minutes: "2000");
        fields["Input.Actions[0].Description"] = "Appeler la caisse";
        var refused = await HtmlPage.FromAsync(await form.SubmitAsync(coach.Client, "main form", fields));

        Assert.NotNull(refused.FieldError("Input.DurationMinutes"));
        Assert.NotNull(refused.FieldError("Input.Actions[0].OwnerId"));
        Assert.NotNull(refused.FieldError("Input.Actions[0].DueOn"));
        Assert.False(await app.WithDbAsync(db => db.CoachingSessionProjects.AnyAsync(p => p.ProjectId == project.Id)));
    }

    [Fact]
    public async Task A_collective_session_gathers_projects_of_the_same_incubator_and_counts_in_full_for_each()
    {
        var espace = await app.CreateOrganisationAsync(side: Side.Quebec);
        var elsewhere = await app.CreateOrganisationAsync(side: Side.France);
        var first = await app.CreateActiveProjectAsync(espace.Id, "Cantine solidaire");
        var second = await app.CreateActiveProjectAsync(espace.Id, "Ressourcerie");
        var foreign = await app.CreateActiveProjectAsync(elsewhere.Id, "Tiers-lieu");
        var coach = await app.PersonAsync(espace.Id);

        var form = await HtmlPage.GetAsync(coach.Client, $"/coaching/new?project={first.Id}");
        Assert.NotNull(form.Document.QuerySelector($"input[name='Input.OtherProjectIds'][value='{second.Id}']"));
        Assert.Null(form.Document.QuerySelector($"input[name='Input.OtherProjectIds'][value='{foreign.Id}']"));

        var fields = CoachingTesting.SessionFields();
        fields["Input.OtherProjectIds"] = second.Id.ToString();
        var individual = await HtmlPage.FromAsync(await form.SubmitAsync(coach.Client, "main form", fields));
        Assert.NotNull(individual.FieldError("Input.OtherProjectIds"));

        fields["Input.Kind"] = "Collective";
        fields["Input.OtherProjectIds"] = foreign.Id.ToString();
        var crossing = await HtmlPage.FromAsync(await form.SubmitAsync(coach.Client, "main form", fields));
        Assert.NotNull(crossing.FieldError("Input.OtherProjectIds"));

        fields["Input.OtherProjectIds"] = second.Id.ToString();
        Assert.Equal(HttpStatusCode.Redirect, (await form.SubmitAsync(coach.Client, "main form", fields)).StatusCode);

        Assert.Contains("1.5", (await HtmlPage.GetAsync(coach.Client, $"/projects/{first.Id}/coaching")).Text(".planned-hours"));
        var secondLog = await HtmlPage.GetAsync(coach.Client, $"/projects/{second.Id}/coaching");
        Assert.Contains("1.5", secondLog.Text(".planned-hours"));
        Assert.Contains("Cantine solidaire", secondLog.Text(".session"));
    }

    [Fact]
    public async Task The_log_is_seen_by_those_who_see_the_project_and_written_only_by_those_who_coach_it()
    {
        var espace = await app.CreateOrganisationAsync(side: Side.Quebec);
        var project = await app.CreateActiveProjectAsync(espace.Id);
        var (member, _) = await app.TeamMemberAsync(project.Id);
        var outsider = await app.PersonAsync();
        var otherCoach = await app.PersonAsync((await app.CreateOrganisationAsync(side: Side.France)).Id);

        Assert.Equal(HttpStatusCode.OK, (await member.Client.GetAsync($"/projects/{project.Id}/coaching")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.Client.GetAsync($"/coaching/new?project={project.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Client.GetAsync($"/projects/{project.Id}/coaching")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherCoach.Client.GetAsync($"/projects/{project.Id}/coaching")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherCoach.Client.GetAsync($"/coaching/new?project={project.Id}")).StatusCode);
    }

    [Fact]
    public async Task The_log_lists_sessions_newest_first_in_pages()
    {
        var espace = await app.CreateOrganisationAsync(side: Side.Quebec);
        var project = await app.CreateActiveProjectAsync(espace.Id);
        var coach = await app.PersonAsync(espace.Id);
        for (var i = 0; i < 21; i++)
            await app.LogSessionAsync(espace.Id, coach.User.Id, Instant.FromUtc(2026, 1, 5, 15, 0) + Duration.FromDays(i), 60, project.Id);

        var first = await HtmlPage.GetAsync(coach.Client, $"/projects/{project.Id}/coaching");
        Assert.Equal(20, first.Document.QuerySelectorAll(".session").Length);
        Assert.StartsWith("2026-01-25", first.Document.QuerySelector(".session time")!.GetAttribute("datetime"));
        Assert.NotNull(first.Document.QuerySelector("a[rel='next']"));
        var second = await HtmlPage.GetAsync(coach.Client, $"/projects/{project.Id}/coaching?p=2");
        Assert.Single(second.Document.QuerySelectorAll(".session"));
        Assert.Contains("21", second.Text(".total-hours"));
    }

    [Fact]
    public async Task A_session_is_edited_and_deleted_after_confirmation()
    {
        var espace = await app.CreateOrganisationAsync(side: Side.Quebec);
        var project = await app.CreateActiveProjectAsync(espace.Id);
        var coach = await app.PersonAsync(espace.Id);
        var session = await app.LogSessionAsync(espace.Id, coach.User.Id, Instant.FromUtc(2026, 3, 3, 15, 0), 60, project.Id);
        await app.AddActionAsync(session, project.Id, coach.User.Id, new LocalDate(2026, 3, 20));

        var edit = await HtmlPage.GetAsync(coach.Client, $"/coaching/{session.Id}/edit");
        Assert.Equal("2026-03-03", edit.Document.QuerySelector("input[name='Input.Date']")!.GetAttribute("value"));
        Assert.Equal("10:00", edit.Document.QuerySelector("input[name='Input.Time']")!.GetAttribute("value")?[..5]);
        var saved = await edit.SubmitAsync(coach.Client, "main form", new Dictionary<string, string> { ["Input.Topics"] = "Financement participatif" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var changed = await app.WithDbAsync(db => db.CoachingSessions.AsNoTracking().Include(s => s.Actions).SingleAsync(s => s.Id == session.Id));
        Assert.Equal("Financement participatif", changed.Topics);
        Assert.Single(changed.Actions);

        var outsider = await app.PersonAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Client.GetAsync($"/coaching/{session.Id}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Client.GetAsync($"/coaching/{session.Id}/delete")).StatusCode);

        var confirm = await HtmlPage.GetAsync(coach.Client, $"/coaching/{session.Id}/delete");
        Assert.Equal(HttpStatusCode.OK, confirm.Status);
        Assert.True(await app.WithDbAsync(db => db.CoachingSessions.AnyAsync(s => s.Id == session.Id)));
        Assert.Equal(HttpStatusCode.Redirect, (await confirm.SubmitAsync(coach.Client, "main form")).StatusCode);
        Assert.False(await app.WithDbAsync(db => db.CoachingSessions.AnyAsync(s => s.Id == session.Id)));
        Assert.False(await app.WithDbAsync(db => db.CoachingActions.AnyAsync(a => a.SessionId == session.Id)));
    }

    [Fact]
    public async Task An_action_is_marked_done_by_its_owner_and_reopened_by_a_coach_and_overdue_ones_are_flagged()
    {
        var espace = await app.CreateOrganisationAsync(side: Side.Quebec);
        var project = await app.CreateActiveProjectAsync(espace.Id);
        var coach = await app.PersonAsync(espace.Id);
        var (member, _) = await app.TeamMemberAsync(project.Id);
        var outsider = await app.PersonAsync();
        var session = await app.LogSessionAsync(espace.Id, coach.User.Id, Instant.FromUtc(2026, 3, 3, 15, 0), 60, project.Id);
        var action = await app.AddActionAsync(session, project.Id, member.User.Id, new LocalDate(2026, 3, 6));

        var log = await HtmlPage.GetAsync(coach.Client, $"/projects/{project.Id}/coaching");
        Assert.Contains("Overdue", log.Text("tr.overdue"));

        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Client.GetAsync($"/coaching/actions/{action.Id}")).StatusCode);
        var page = await HtmlPage.GetAsync(member.Client, $"/coaching/actions/{action.Id}");
        Assert.Equal(HttpStatusCode.Redirect, (await page.SubmitAsync(member.Client, "main form")).StatusCode);
        Assert.NotNull(await app.WithDbAsync(db => db.CoachingActions.Where(a => a.Id == action.Id).Select(a => a.DoneAt).SingleAsync()));

        var done = await HtmlPage.GetAsync(coach.Client, $"/projects/{project.Id}/coaching");
        Assert.Contains("No open action.", done.Text("#open-actions-heading + p"));
        Assert.Equal(HttpStatusCode.Redirect, (await done.SubmitAsync(coach.Client, "#done-actions-heading + .table-wrap table form")).StatusCode);
        Assert.Null(await app.WithDbAsync(db => db.CoachingActions.Where(a => a.Id == action.Id).Select(a => a.DoneAt).SingleAsync()));
    }
}
