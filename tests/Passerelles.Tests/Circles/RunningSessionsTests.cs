using System.Net;
using Microsoft.EntityFrameworkCore;
using Passerelles.Tests.Coaching;
using Passerelles.Web.Features.Circles;

namespace Passerelles.Tests.Circles;

public sealed class RunningSessionsTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<(CirclesTesting.CircleWorld World, Guid SessionId)> PlanAsync()
    {
        var world = await app.CircleAsync();
        var page = await HtmlPage.GetAsync(world.Quebec.Client, $"/circles/{world.CircleId}/sessions/new");
        var response = await page.SubmitAsync(world.Quebec.Client, "main form", CirclesTesting.SessionFields("Financer un projet collectif", "2026-03-24", "10:00"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (world, Guid.Parse(response.Headers.Location!.OriginalString.Split('/').Last()));
    }

    private static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, Guid sessionId, string handler, Dictionary<string, string> values)
    {
        var page = await HtmlPage.GetAsync(client, $"/circles/sessions/{sessionId}/run");
        return await page.SubmitAsync(client, $"form[action*='handler={handler}']", values);
    }

    private static async Task<HttpResponseMessage> AttendAsync(HttpClient client, Guid sessionId, params (string Name, bool Present, bool Consents)[] answers)
    {
        var page = await HtmlPage.GetAsync(client, $"/circles/sessions/{sessionId}/attendance");
        var values = new Dictionary<string, string>();
        var rows = page.Document.QuerySelectorAll("tbody tr").ToList();
        for (var i = 0; i < rows.Count; i++)
        {
            var answer = answers.FirstOrDefault(a => rows[i].QuerySelector("th")!.TextContent.Trim() == a.Name);
            if (answer.Name is null) continue;
            values[$"Input.Attendees[{i}].Present"] = answer.Present ? "true" : "false";
            values[$"Input.Attendees[{i}].ConsentsToRecording"] = answer.Consents ? "true" : "false";
        }
        return await page.SubmitAsync(client, "main form", values);
    }

    [Fact]
    public async Task Notes_decisions_and_actions_of_a_session_are_shown_to_the_members_with_the_notes_sanitised()
    {
        var (world, id) = await PlanAsync();

        Assert.Equal(HttpStatusCode.Redirect, (await SubmitAsync(world.Quebec.Client, id, "Notes",
            new() { ["Notes.Notes"] = "## Tour de table\n**Trois** projets<script>alert(1)</script>" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SubmitAsync(world.France.Client, id, "Decision",
            new() { ["NewDecision.Text"] = "Ouvrir le cercle aux coopératives <b>agricoles</b>" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SubmitAsync(world.Quebec.Client, id, "Action",
            new() { ["NewAction.Description"] = "Partager la grille de financement", ["NewAction.OwnerId"] = world.Member.User.Id.ToString(), ["NewAction.DueOn"] = "2026-04-07" })).StatusCode);

        var page = await HtmlPage.GetAsync(world.Member.Client, $"/circles/sessions/{id}");
        Assert.Contains("<strong>Trois</strong>", page.Html);
        Assert.DoesNotContain("<script>alert", page.Html);
        Assert.Contains("Ouvrir le cercle aux coopératives <b>agricoles</b>", page.Text(".decisions"));
        Assert.DoesNotContain("<b>agricoles</b>", page.Html);
        Assert.Contains("Partager la grille de financement", page.Text(".actions-list"));
        Assert.Contains("Amaia Duhalde", page.Text(".actions-list"));
    }

    [Fact]
    public async Task Notes_saved_from_a_page_shown_before_another_co_facilitator_saved_theirs_are_refused_next_to_the_notes()
    {
        var (world, id) = await PlanAsync();
        var stale = await HtmlPage.GetAsync(world.France.Client, $"/circles/sessions/{id}/run");
        Assert.Equal(HttpStatusCode.Redirect, (await SubmitAsync(world.Quebec.Client, id, "Notes", new() { ["Notes.Notes"] = "Notes de Julie" })).StatusCode);

        var refused = await HtmlPage.FromAsync(await stale.SubmitAsync(world.France.Client, "form[action*='handler=Notes']",
            new Dictionary<string, string> { ["Notes.Notes"] = "Notes de Pierre" }));

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Equal("Someone else changed this record while you were editing it. Reload the page and make your change again.", refused.FieldError("Notes.Notes"));
        Assert.Equal("Notes de Pierre", refused.Document.QuerySelector("textarea[name='Notes.Notes']")!.TextContent.Trim());
        Assert.Equal("Notes de Julie", await app.WithDbAsync(db => db.CircleSessions.Where(s => s.Id == id).Select(s => s.Notes).SingleAsync()));
    }

    [Fact]
    public async Task An_action_appears_on_its_owners_home_page_until_they_mark_it_done()
    {
        var (world, id) = await PlanAsync();
        await SubmitAsync(world.Quebec.Client, id, "Action",
            new() { ["NewAction.Description"] = "Relire le guide de la gouvernance partagée", ["NewAction.OwnerId"] = world.Member.User.Id.ToString(), ["NewAction.DueOn"] = "2026-03-01" });

        var home = await HtmlPage.GetAsync(world.Member.Client, "/");
        Assert.Contains("Relire le guide de la gouvernance partagée", home.Text("#circle-actions-heading + ul"));
        Assert.Contains("Overdue", home.Text("#circle-actions-heading + ul"));
        Assert.DoesNotContain("Relire le guide", (await HtmlPage.GetAsync(world.France.Client, "/")).Html);

        var actionUrl = home.Document.QuerySelector("#circle-actions-heading + ul a")!.GetAttribute("href")!;
        var action = await HtmlPage.GetAsync(world.Member.Client, actionUrl);
        Assert.Equal(HttpStatusCode.Redirect, (await action.SubmitAsync(world.Member.Client, "main form")).StatusCode);

        Assert.DoesNotContain("Relire le guide", (await HtmlPage.GetAsync(world.Member.Client, "/")).Html);
    }

    [Fact]
    public async Task An_action_for_someone_outside_the_circle_or_without_a_date_is_refused_next_to_the_field()
    {
        var (world, id) = await PlanAsync();

        var refused = await HtmlPage.FromAsync(await SubmitAsync(world.Quebec.Client, id, "Action",
            new() { ["NewAction.Description"] = "Appeler la banque", ["NewAction.OwnerId"] = Guid.NewGuid().ToString(), ["NewAction.DueOn"] = "" }));

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Equal("Choose a member of the circle.", refused.FieldError("NewAction.OwnerId"));
        Assert.Equal("This field is required.", refused.FieldError("NewAction.DueOn"));
        Assert.Equal(0, await app.WithDbAsync(db => db.CircleActions.CountAsync(a => a.SessionId == id)));
    }

    [Fact]
    public async Task Only_the_co_facilitators_run_a_session()
    {
        var (world, id) = await PlanAsync();

        var outsider = await app.PersonAsync();

        Assert.Equal(HttpStatusCode.Forbidden, (await world.Member.Client.GetAsync($"/circles/sessions/{id}/run")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await world.Member.Client.GetAsync($"/circles/sessions/{id}/attendance")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Client.GetAsync($"/circles/sessions/{id}/run")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Client.GetAsync($"/circles/sessions/{id}/attendance")).StatusCode);
    }

    [Fact]
    public async Task A_recording_is_refused_until_every_attendee_present_has_consented()
    {
        var (world, id) = await PlanAsync();
        var recording = new Dictionary<string, string> { ["Recording.Url"] = "https://video.example.org/cercle-17-mars" };

        var noAttendance = await HtmlPage.FromAsync(await SubmitAsync(world.Quebec.Client, id, "Recording", recording));
        Assert.Equal(CircleSession.RecordingNeedsConsent, noAttendance.FieldError("Recording.Url"));

        Assert.Equal(HttpStatusCode.Redirect, (await AttendAsync(world.Quebec.Client, id,
            ("Julie Tremblay", true, true), ("Pierre Etcheverry", true, true), ("Amaia Duhalde", true, false))).StatusCode);
        var oneRefuses = await HtmlPage.FromAsync(await SubmitAsync(world.Quebec.Client, id, "Recording", recording));
        Assert.Equal(CircleSession.RecordingNeedsConsent, oneRefuses.FieldError("Recording.Url"));
        Assert.Null(await app.WithDbAsync(db => db.CircleSessions.Where(s => s.Id == id).Select(s => s.RecordingUrl).SingleAsync()));

        // Someone absent need not consent.
        await AttendAsync(world.Quebec.Client, id, ("Julie Tremblay", true, true), ("Pierre Etcheverry", true, true), ("Amaia Duhalde", false, false));
        Assert.Equal(HttpStatusCode.Redirect, (await SubmitAsync(world.Quebec.Client, id, "Recording", recording)).StatusCode);

        var page = await HtmlPage.GetAsync(world.Member.Client, $"/circles/sessions/{id}");
        Assert.Equal("https://video.example.org/cercle-17-mars", page.Document.QuerySelector("a[rel~='noopener']")!.GetAttribute("href"));
        Assert.Contains("Amaia Duhalde — Absent", page.Text(".attendance"));
    }

    [Fact]
    public async Task Attendance_that_would_break_the_consent_of_a_kept_recording_is_refused()
    {
        var (world, id) = await PlanAsync();
        await AttendAsync(world.Quebec.Client, id, ("Julie Tremblay", true, true), ("Pierre Etcheverry", true, true));
        await SubmitAsync(world.Quebec.Client, id, "Recording", new() { ["Recording.Url"] = "https://video.example.org/cercle" });

        var refused = await HtmlPage.FromAsync(await AttendAsync(world.Quebec.Client, id, ("Pierre Etcheverry", true, false)));

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("every attendee present must consent", refused.Text(".alert"));
        Assert.True(await app.WithDbAsync(db => db.SessionAttendance.AnyAsync(a => a.SessionId == id && a.UserId == world.France.User.Id && a.ConsentsToRecording)));
    }

    [Fact]
    public async Task A_recording_link_that_is_not_a_web_address_is_refused()
    {
        var (world, id) = await PlanAsync();
        await AttendAsync(world.Quebec.Client, id, ("Julie Tremblay", true, true));

        var refused = await HtmlPage.FromAsync(await SubmitAsync(world.Quebec.Client, id, "Recording", new() { ["Recording.Url"] = "javascript:alert(1)" }));

        Assert.Equal("Enter a web address starting with http:// or https://.", refused.FieldError("Recording.Url"));
    }

    [Fact]
    public void A_recording_needs_someone_present_and_the_consent_of_all_present()
    {
        Assert.False(CircleSession.RecordingAllowed([]));
        Assert.False(CircleSession.RecordingAllowed([new SessionAttendance { Present = false, ConsentsToRecording = true }]));
        Assert.True(CircleSession.RecordingAllowed([new SessionAttendance { Present = true, ConsentsToRecording = true }, new SessionAttendance { Present = false }]));
        Assert.False(CircleSession.RecordingAllowed([new SessionAttendance { Present = true, ConsentsToRecording = true }, new SessionAttendance { Present = true }]));
    }
}
