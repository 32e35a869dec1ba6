using System.Net;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Features.Projects;

namespace Passerelles.Tests.Projects;

public sealed class ProjectPageTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_project_page_shows_its_summary_team_history_milestones_documents_and_timeline_with_labels_for_the_reader()
    {
        var incubator = await app.CreateOrganisationAsync(side: Side.France);
        var project = await app.CreateActiveProjectAsync(incubator.Id, "Recyclerie du Seignanx");
        await app.AddTeamMemberAsync(project.Id);
        await app.WithDbAsync(async db =>
        {
            db.Milestones.Add(new Milestone { ProjectId = project.Id, Kind = MilestoneKind.FundsRaised, On = new LocalDate(2026, 2, 1), Amount = 25000m, Currency = "EUR" });
            db.Milestones.Add(new Milestone { ProjectId = project.Id, Kind = MilestoneKind.JobsCreated, On = new LocalDate(2026, 9, 1), Fte = 1.5m });
            await db.SaveChangesAsync();
        });
        var staff = await app.StaffClientAsync(incubator.Id, culture: "fr-FR");

        var page = await HtmlPage.GetAsync(staff, $"/projects/{project.Id}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Recyclerie du Seignanx", page.Text("h1"));
        Assert.Contains("Sensibilisation", page.Text("dl.facts"));
        Assert.Contains("Cohorte 2026", page.Text("dl.facts"));
        Assert.Contains("Awa Diallo", page.Text("table.team"));
        Assert.Contains("Sensibilisation", page.Text("table.stage-history"));
        Assert.Contains("25 000 €", IntakeTesting.Plain(page.Text("table.milestones")));
        Assert.Contains("prévu", page.Text("table.milestones tr.planned"));
        Assert.DoesNotContain("prévu", page.Texts("table.milestones tbody tr:not(.planned)").Single());
        Assert.Contains("Candidature reçue", page.Text("ol.timeline"));
        Assert.NotNull(page.Document.QuerySelector($"a[href='/projects/{project.Id}/coaching']"));
        Assert.NotNull(page.Document.QuerySelector($"a[href='/projects/{project.Id}/sharing']"));
    }

    [Fact]
    public async Task Another_incubators_coach_does_not_find_the_project_but_a_team_member_with_an_account_does()
    {
        var incubator = await app.CreateOrganisationAsync();
        var other = await app.CreateOrganisationAsync(side: Side.France);
        var project = await app.CreateActiveProjectAsync(incubator.Id);
        var otherCoach = await app.StaffClientAsync(other.Id);
        var (member, memberId, _) = await app.PersonClientAsync(null);
        await app.AddTeamMemberAsync(project.Id, memberId);

        Assert.Equal(HttpStatusCode.NotFound, (await otherCoach.GetAsync($"/projects/{project.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherCoach.GetAsync($"/projects/{project.Id}/timeline")).StatusCode);
        var seen = await HtmlPage.GetAsync(member, $"/projects/{project.Id}");
        Assert.Equal(HttpStatusCode.OK, seen.Status);
        Assert.Null(seen.Document.QuerySelector($"a[href='/projects/{project.Id}/stage']"));
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync($"/projects/{project.Id}/stage")).StatusCode);
    }

    [Fact]
    public async Task The_timeline_shows_the_latest_fifty_events_newest_first_with_coaching_sessions_and_a_link_to_all()
    {
        var incubator = await app.CreateOrganisationAsync();
        var project = await app.CreateActiveProjectAsync(incubator.Id);
        var coach = await app.CreateUserAsync($"{Guid.NewGuid():N}@test.passerelles.org");
        await app.WithDbAsync(async db =>
        {
            var stages = await db.IncubatorStages.Where(s => s.IncubatorId == incubator.Id).OrderBy(s => s.Position).Take(2).ToListAsync();
            var tracked = await db.Projects.SingleAsync(p => p.Id == project.Id);
            for (var i = 1; i <= 60; i++) tracked.MoveToStage(stages[i % 2], ProjectsTesting.Now + Duration.FromHours(i), null, $"Step {i}");
            var session = new CoachingSession { IncubatorId = incubator.Id, Kind = CoachingKind.Individual, DurationMinutes = 90, CoachId = coach.Id };
            session.AddProject(project.Id);
            session.ScheduleAt(ProjectsTesting.Now + Duration.FromDays(30), "America/Toronto");
            db.CoachingSessions.Add(session);
            await db.SaveChangesAsync();
        });
        var staff = await app.StaffClientAsync(incubator.Id);

        var page = await HtmlPage.GetAsync(staff, $"/projects/{project.Id}");
        var all = await HtmlPage.GetAsync(staff, $"/projects/{project.Id}/timeline");

        var events = page.Texts("ol.timeline li");
        Assert.Equal(50, events.Count);
        Assert.Contains("Coaching session", events[0]);
        Assert.NotNull(page.Document.QuerySelector($"a[href='/projects/{project.Id}/timeline']"));
        Assert.Equal(50, all.Texts("ol.timeline li").Count);
        Assert.Equal(events, all.Texts("ol.timeline li"));
        Assert.Equal("Page 1 of 2", all.Text(".pager span"));
        Assert.Contains("64 events", all.Text(".pager"));
        var next = all.Document.QuerySelector(".pager a[rel=next]")!.GetAttribute("href")!;
        Assert.Equal($"/projects/{project.Id}/timeline?p=2", next);
        // A plain link: htmx would otherwise load an empty address into the pager itself.
        Assert.False(all.Document.QuerySelector(".pager a[rel=next]")!.HasAttribute("data-hx-get"));
        var rest = await HtmlPage.GetAsync(staff, next);
        Assert.Equal(14, rest.Texts("ol.timeline li").Count);
        Assert.Contains("Application received", rest.Texts("ol.timeline li")[^1]);
        Assert.Null(rest.Document.QuerySelector(".pager a[rel=next]"));
        Assert.NotNull(rest.Document.QuerySelector(".pager a[rel=prev]"));
        Assert.Empty(rest.Texts("ol.timeline li").Intersect(events));
    }

    [Fact]
    public async Task A_short_timeline_fits_on_one_page_and_a_page_beyond_the_end_shows_the_last()
    {
        var incubator = await app.CreateOrganisationAsync();
        var project = await app.CreateActiveProjectAsync(incubator.Id);
        var staff = await app.StaffClientAsync(incubator.Id);

        var timeline = await HtmlPage.GetAsync(staff, $"/projects/{project.Id}/timeline?p=7");

        Assert.Equal(3, timeline.Texts("ol.timeline li").Count);
        Assert.Equal("Page 1 of 1", timeline.Text(".pager span"));
        Assert.Null(timeline.Document.QuerySelector(".pager a"));
    }

    [Fact]
    public async Task The_timeline_tells_of_shares_their_revocation_and_transfers()
    {
        var incubator = await app.CreateOrganisationAsync("Espace origine");
        var partner = await app.CreateOrganisationAsync("Tube partenaire", Side.France);
        var next = await app.CreateOrganisationAsync("Espace relais");
        var project = await app.CreateActiveProjectAsync(incubator.Id);
        var member = await app.AddTeamMemberAsync(project.Id);
        await app.WithDbAsync(async db =>
        {
            var tracked = await db.Projects.Include(p => p.Members).Include(p => p.Shares).SingleAsync(p => p.Id == project.Id);
            var share = tracked.ShareWith(partner.Id, tracked.Members.Single(m => m.Id == member.Id), ProjectsTesting.Now, ProjectsTesting.Now + Duration.FromHours(1), null);
            share.Revoke(ProjectsTesting.Now + Duration.FromHours(2), null);
            tracked.TransferTo(next.Id, null, ProjectsTesting.Now + Duration.FromHours(3), null, "Moved house");
            await db.SaveChangesAsync();
        });
        var staff = await app.StaffClientAsync(next.Id);

        var events = (await HtmlPage.GetAsync(staff, $"/projects/{project.Id}")).Texts("ol.timeline li");

        Assert.Contains("Transferred to Espace relais", events[0]);
        Assert.Contains("Sharing with Tube partenaire revoked", events[1]);
        Assert.Contains("Shared with Tube partenaire", events[2]);
    }

    [Fact]
    public async Task Staff_change_the_stage_with_a_reason_and_the_change_is_appended_to_the_history()
    {
        var incubator = await app.CreateOrganisationAsync();
        var project = await app.CreateActiveProjectAsync(incubator.Id);
        var next = await app.WithDbAsync(db => db.IncubatorStages.Where(s => s.IncubatorId == incubator.Id).OrderBy(s => s.Position).Skip(1).FirstAsync());
        var staff = await app.StaffClientAsync(incubator.Id);

        var moved = await staff.SubmitAsync($"/projects/{project.Id}/stage", new Dictionary<string, string>
        {
            ["Input.StageId"] = next.Id.ToString(), ["Input.Reason"] = "Need confirmed with the municipality",
        });

        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        var after = await app.ProjectAsync(project.Id);
        Assert.Equal(next.Id, after.CurrentStageId);
        Assert.Equal(2, after.StageChanges.Count);
        var page = await HtmlPage.GetAsync(staff, $"/projects/{project.Id}");
        Assert.Contains("Need confirmed with the municipality", page.Text("table.stage-history"));
        Assert.Contains("Camille Roy", page.Text("table.stage-history"));
    }

    [Fact]
    public async Task A_stage_change_without_reason_to_the_same_stage_or_to_another_incubators_stage_is_refused()
    {
        var incubator = await app.CreateOrganisationAsync();
        var other = await app.CreateOrganisationAsync();
        var project = await app.CreateActiveProjectAsync(incubator.Id);
        await app.WithDbAsync(db => StageModel.EnsureAsync(db, other.Id));
        var (current, next, foreign) = await app.WithDbAsync(async db => (
            await db.Projects.Where(p => p.Id == project.Id).Select(p => p.CurrentStageId!.Value).SingleAsync(),
            await db.IncubatorStages.Where(s => s.IncubatorId == incubator.Id).OrderBy(s => s.Position).Skip(1).Select(s => s.Id).FirstAsync(),
            await db.IncubatorStages.Where(s => s.IncubatorId == other.Id).Select(s => s.Id).FirstAsync()));
        var staff = await app.StaffClientAsync(incubator.Id);
        var url = $"/projects/{project.Id}/stage";

        var noReason = await staff.SubmitExpectingErrorsAsync(url, new Dictionary<string, string> { ["Input.StageId"] = next.ToString(), ["Input.Reason"] = "" });
        var same = await staff.SubmitExpectingErrorsAsync(url, new Dictionary<string, string> { ["Input.StageId"] = current.ToString(), ["Input.Reason"] = "Again" });
        var elsewhere = await staff.SubmitExpectingErrorsAsync(url, new Dictionary<string, string> { ["Input.StageId"] = foreign.ToString(), ["Input.Reason"] = "Wrong model" });

        Assert.Equal("Say why the project changes stage.", noReason.FieldError("Input.Reason"));
        Assert.Equal("The project is already at this stage.", same.FieldError("Input.StageId"));
        Assert.Equal("This stage belongs to another incubator's stage model.", elsewhere.FieldError("Input.StageId"));
        Assert.Single((await app.ProjectAsync(project.Id)).StageChanges);
    }

    [Fact]
    public async Task No_page_edits_or_deletes_the_stage_history()
    {
        var incubator = await app.CreateOrganisationAsync();
        var project = await app.CreateActiveProjectAsync(incubator.Id);
        var change = await app.WithDbAsync(db => db.StageChanges.Where(c => c.ProjectId == project.Id).Select(c => c.Id).SingleAsync());
        var admin = await app.AdministratorClientAsync();
        var page = await HtmlPage.GetAsync(admin, $"/projects/{project.Id}/stage");
        var token = page.Document.QuerySelector("main form input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        var tamper = new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Reason"] = "Rewritten" };

        foreach (var url in new[]
                 {
                     $"/projects/{project.Id}/stage/{change}", $"/projects/{project.Id}/stage/{change}/edit",
                     $"/projects/{project.Id}/stage/{change}/delete", $"/projects/{project.Id}/history/{change}",
                 })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync(url, new FormUrlEncodedContent(tamper))).StatusCode);
        }
        var projectPage = await HtmlPage.GetAsync(admin, $"/projects/{project.Id}");
        Assert.NotNull(projectPage.Document.QuerySelector("table.stage-history"));
        Assert.Empty(projectPage.Document.QuerySelectorAll("table.stage-history a, table.stage-history form, table.stage-history button"));
        Assert.Equal("", await app.WithDbAsync(db => db.StageChanges.Where(c => c.Id == change).Select(c => c.Reason).SingleAsync()));
    }
}
