using System.Net;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Tests.Projects;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Tests.Coaching;

/// <summary>A coaching session belongs to the incubator that logged it: on a project shared with consent, each
/// incubator's staff change only their own incubator's sessions.</summary>
public sealed class SessionOwnershipTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_partner_coach_logs_sessions_on_a_shared_project_but_may_not_change_those_its_incubator_logged()
    {
        var espace = await app.CreateOrganisationAsync(side: Side.Quebec);
        var tube = await app.CreateOrganisationAsync(side: Side.France);
        var project = await app.CreateActiveProjectAsync(espace.Id);
        var (_, teamMember) = await app.TeamMemberAsync(project.Id);
        await app.WithDbAsync(async db =>
        {
            var tracked = await db.Projects.Include(p => p.Shares).SingleAsync(p => p.Id == project.Id);
            tracked.ShareWith(tube.Id, await db.ProjectMembers.SingleAsync(m => m.Id == teamMember.Id), ProjectsTesting.Now, ProjectsTesting.Now, null);
            await db.SaveChangesAsync();
        });
        var espaceCoach = await app.PersonAsync(espace.Id);
        var partnerCoach = await app.PersonAsync(tube.Id);
        var theirs = await app.LogSessionAsync(espace.Id, espaceCoach.User.Id, Instant.FromUtc(2026, 3, 3, 15, 0), 60, project.Id);

        var logged = await partnerCoach.Client.SubmitAsync($"/coaching/new?project={project.Id}", CoachingTesting.SessionFields());
        Assert.Equal(HttpStatusCode.Redirect, logged.StatusCode);
        var mine = await app.WithDbAsync(db => db.CoachingSessions.AsNoTracking().SingleAsync(s => s.Id != theirs.Id && s.Projects.Any(p => p.ProjectId == project.Id)));
        Assert.Equal(tube.Id, mine.IncubatorId);

        var log = await HtmlPage.GetAsync(partnerCoach.Client, $"/projects/{project.Id}/coaching");
        Assert.Equal(HttpStatusCode.OK, log.Status);
        Assert.Equal(2, log.Document.QuerySelectorAll(".session").Length);
        Assert.NotNull(log.Document.QuerySelector($"a[href='/coaching/{mine.Id}/edit']"));
        Assert.Null(log.Document.QuerySelector($"a[href='/coaching/{theirs.Id}/edit']"));
        Assert.Equal(HttpStatusCode.OK, (await partnerCoach.Client.GetAsync($"/coaching/{mine.Id}/edit")).StatusCode);

        Assert.Equal(HttpStatusCode.Forbidden, (await partnerCoach.Client.GetAsync($"/coaching/{theirs.Id}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await partnerCoach.Client.GetAsync($"/coaching/{theirs.Id}/delete")).StatusCode);
        var forged = CoachingTesting.SessionFields(minutes: "15");
        forged["Input.Topics"] = "Forged";
        Assert.Equal(HttpStatusCode.Forbidden, (await partnerCoach.Client.PostFormAsync($"/coaching/{theirs.Id}/edit", forged)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await partnerCoach.Client.PostFormAsync($"/coaching/{theirs.Id}/delete")).StatusCode);
        var kept = await app.WithDbAsync(db => db.CoachingSessions.AsNoTracking().SingleAsync(s => s.Id == theirs.Id));
        Assert.Equal((espace.Id, 60, "Modèle économique"), (kept.IncubatorId, kept.DurationMinutes, kept.Topics));

        // The project's own incubator does not change the partner's sessions either.
        Assert.Equal(HttpStatusCode.Forbidden, (await espaceCoach.Client.GetAsync($"/coaching/{mine.Id}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await espaceCoach.Client.PostFormAsync($"/coaching/{mine.Id}/delete")).StatusCode);
        Assert.True(await app.WithDbAsync(db => db.CoachingSessions.AnyAsync(s => s.Id == mine.Id)));
    }

    [Fact]
    public async Task A_team_member_sees_the_log_but_may_not_log_or_change_sessions_and_an_unrelated_coach_is_not_told_they_exist()
    {
        var espace = await app.CreateOrganisationAsync(side: Side.Quebec);
        var other = await app.CreateOrganisationAsync(side: Side.Quebec);
        var project = await app.CreateActiveProjectAsync(espace.Id);
        var (member, _) = await app.TeamMemberAsync(project.Id);
        var coach = await app.PersonAsync(espace.Id);
        var otherCoach = await app.PersonAsync(other.Id);
        var session = await app.LogSessionAsync(espace.Id, coach.User.Id, Instant.FromUtc(2026, 3, 3, 15, 0), 60, project.Id);
        var action = await app.AddActionAsync(session, project.Id, coach.User.Id, new LocalDate(2026, 3, 20));

        Assert.Equal(HttpStatusCode.OK, (await member.Client.GetAsync($"/projects/{project.Id}/coaching")).StatusCode);
        foreach (var url in new[] { $"/coaching/new?project={project.Id}", $"/coaching/{session.Id}/edit", $"/coaching/{session.Id}/delete", $"/coaching/actions/{action.Id}" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await member.Client.GetAsync(url)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await otherCoach.Client.GetAsync(url)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Forbidden, (await member.Client.PostFormAsync($"/coaching/{session.Id}/delete")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherCoach.Client.PostFormAsync($"/coaching/{session.Id}/delete")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.Client.PostFormAsync($"/coaching/actions/{action.Id}?handler=Done")).StatusCode);
        Assert.True(await app.WithDbAsync(db => db.CoachingSessions.AnyAsync(s => s.Id == session.Id)));
        Assert.Null(await app.WithDbAsync(db => db.CoachingActions.Where(a => a.Id == action.Id).Select(a => a.DoneAt).SingleAsync()));
    }
}
