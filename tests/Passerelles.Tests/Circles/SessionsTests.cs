using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Passerelles.Web.Features.Circles;

namespace Passerelles.Tests.Circles;

public sealed class SessionsTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<(CirclesTesting.CircleWorld World, Guid SessionId)> PlanAsync(string title = "Financer un projet collectif", string date = "2026-03-17", string time = "10:00")
    {
        var world = await app.CircleAsync();
        var page = await HtmlPage.GetAsync(world.Quebec.Client, $"/circles/{world.CircleId}/sessions/new");
        var response = await page.SubmitAsync(world.Quebec.Client, "main form", CirclesTesting.SessionFields(title, date, time));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = Guid.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
        return (world, id);
    }

    private static JsonElement Attachment(Passerelles.Web.Infrastructure.Email.OutgoingEmail email, out string contentType)
    {
        var attachment = Assert.Single(email.Attachments);
        contentType = attachment.ContentType;
        return CirclesTesting.ReadCalendarAsync(attachment.Content).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task Planning_a_session_invites_every_member_with_a_calendar_file_that_a_calendar_client_reads_at_the_right_time()
    {
        var (world, id) = await PlanAsync();

        var email = app.Mail.LastTo(world.Member.User.Email!);
        // Some cultures put a narrow no-break space before AM and PM.
        // Amaia is on the France side: Paris first.
        Assert.Contains("3:00 PM Paris · 10:00 AM Montréal", email.TextBody.Replace('\u202F', ' '));
        Assert.Contains("5 hours apart instead of 6", email.TextBody);
        var calendar = Attachment(email, out var contentType);
        Assert.Equal("text/calendar; method=REQUEST; charset=utf-8", contentType);
        Assert.Equal("REQUEST", calendar.GetProperty("method").GetString());
        Assert.Contains("America/Toronto", calendar.GetProperty("timezones").EnumerateArray().Select(z => z.GetString()));
        var calendarEvent = Assert.Single(calendar.GetProperty("events").EnumerateArray());
        Assert.Equal($"{id:N}@passerelles", calendarEvent.GetProperty("uid").GetString());
        Assert.Equal(0, calendarEvent.GetProperty("sequence").GetInt32());
        Assert.Equal("America/Toronto", calendarEvent.GetProperty("tzid").GetString());
        Assert.Equal("2026-03-17T10:00:00", calendarEvent.GetProperty("localStart").GetString());
        Assert.Equal("2026-03-17T14:00:00.000Z", calendarEvent.GetProperty("startUtc").GetString());
        Assert.Equal("2026-03-17T15:30:00.000Z", calendarEvent.GetProperty("endUtc").GetString());
        Assert.Contains("10:00 Montréal · 2026-03-17 15:00 Paris", calendarEvent.GetProperty("description").GetString());
        Assert.NotNull(app.Mail.LastTo(world.France.User.Email!));
    }

    [Fact]
    public async Task A_session_planned_decades_ahead_gets_a_calendar_file_with_the_zone_s_rules_of_today()
    {
        var (world, _) = await PlanAsync(date: "2061-07-12");

        var calendar = Attachment(app.Mail.LastTo(world.Member.User.Email!), out _);
        var calendarEvent = Assert.Single(calendar.GetProperty("events").EnumerateArray());
        Assert.Equal("2061-07-12T10:00:00", calendarEvent.GetProperty("localStart").GetString());
        // Summer time in Montréal: four hours behind UTC.
        Assert.Equal("2061-07-12T14:00:00.000Z", calendarEvent.GetProperty("startUtc").GetString());
    }

    [Fact]
    public async Task The_session_page_shows_both_local_times_and_explains_the_offset_week()
    {
        var (world, id) = await PlanAsync();

        var page = await HtmlPage.GetAsync(world.Member.Client, $"/circles/sessions/{id}");

        Assert.Equal(["2026-03-17T15:00:00+01:00", "2026-03-17T10:00:00-04:00"],
            page.Document.QuerySelectorAll(".both-sides-time time").Select(t => t.GetAttribute("datetime")).Take(2));
        Assert.Contains("5 hours apart instead of 6", page.Text(".offset-week"));
        Assert.Contains("<strong>Financement</strong>", page.Html);
    }

    [Fact]
    public async Task Each_viewer_reads_their_own_side_s_time_first_on_the_page_and_in_their_e_mail()
    {
        var (world, id) = await PlanAsync();

        var inParis = await HtmlPage.GetAsync(world.France.Client, $"/circles/sessions/{id}");
        var inMontreal = await HtmlPage.GetAsync(world.Quebec.Client, $"/circles/sessions/{id}");

        Assert.Equal(["2026-03-17T15:00:00+01:00", "2026-03-17T10:00:00-04:00"], inParis.Document.QuerySelectorAll("dd .both-sides-time time").Select(t => t.GetAttribute("datetime")));
        Assert.Equal(["2026-03-17T10:00:00-04:00", "2026-03-17T15:00:00+01:00"], inMontreal.Document.QuerySelectorAll("dd .both-sides-time time").Select(t => t.GetAttribute("datetime")));
        Assert.Contains("3:00 PM Paris · 10:00 AM Montréal", Plain(app.Mail.LastTo(world.Member.User.Email!).TextBody));
        Assert.Contains("10:00 AM Montréal · 3:00 PM Paris", Plain(app.Mail.LastTo(world.Quebec.User.Email!).TextBody));
    }

    private static string Plain(string text) => text.Replace('\u202F', ' ').Replace('\u00A0', ' ');

    [Fact]
    public async Task A_session_s_video_conference_link_is_shown_as_a_link_and_goes_into_the_invitation_and_its_calendar_file()
    {
        var world = await app.CircleAsync();
        var page = await HtmlPage.GetAsync(world.Quebec.Client, $"/circles/{world.CircleId}/sessions/new");
        var fields = CirclesTesting.SessionFields("En visio", "2026-03-17", "10:00");
        fields["Input.VideoUrl"] = "https://meet.example.org/cercle-ess";

        var response = await page.SubmitAsync(world.Quebec.Client, "main form", fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = Guid.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
        var session = await HtmlPage.GetAsync(world.Member.Client, $"/circles/sessions/{id}");
        Assert.Equal("https://meet.example.org/cercle-ess", session.Document.QuerySelector("a.video-link")!.GetAttribute("href"));
        var email = app.Mail.LastTo(world.Member.User.Email!);
        Assert.Contains("Video conference: https://meet.example.org/cercle-ess", email.TextBody);
        var calendarEvent = Assert.Single(Attachment(email, out _).GetProperty("events").EnumerateArray());
        Assert.Equal("https://meet.example.org/cercle-ess", calendarEvent.GetProperty("location").GetString());
        Assert.Contains("https://meet.example.org/cercle-ess", calendarEvent.GetProperty("description").GetString());
    }

    [Theory]
    [InlineData("http://meet.example.org/cercle")]
    [InlineData("javascript:alert(1)")]
    [InlineData("meet.example.org")]
    public async Task A_video_conference_link_that_is_not_https_is_refused_beside_the_field(string link)
    {
        var world = await app.CircleAsync();
        var page = await HtmlPage.GetAsync(world.Quebec.Client, $"/circles/{world.CircleId}/sessions/new");
        var fields = CirclesTesting.SessionFields("Lien douteux", "2026-03-17", "10:00");
        fields["Input.VideoUrl"] = link;

        var refused = await HtmlPage.FromAsync(await page.SubmitAsync(world.Quebec.Client, "main form", fields));

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Equal("Give the full address of the video conference, beginning with https://.", refused.FieldError("Input.VideoUrl"));
        Assert.Equal(0, await app.WithDbAsync(db => db.CircleSessions.CountAsync(s => s.CircleId == world.CircleId)));
    }

    [Fact]
    public async Task Members_answer_whether_they_will_come_and_the_organisers_see_every_answer_and_who_has_not_answered()
    {
        var (world, id) = await PlanAsync();
        var page = await HtmlPage.GetAsync(world.Member.Client, $"/circles/sessions/{id}");
        Assert.Empty(page.Texts("ul.rsvps li"));

        Assert.Equal(HttpStatusCode.Redirect, (await page.SubmitAsync(world.Member.Client, "form.rsvp", new Dictionary<string, string> { ["answer"] = "Maybe" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await page.SubmitAsync(world.Member.Client, "form.rsvp", new Dictionary<string, string> { ["answer"] = "Yes" })).StatusCode);
        var mine = await HtmlPage.GetAsync(world.Member.Client, $"/circles/sessions/{id}");
        Assert.True(mine.Document.QuerySelector("#rsvp-Yes")!.HasAttribute("checked"));

        var organiser = await HtmlPage.GetAsync(world.Quebec.Client, $"/circles/sessions/{id}");
        Assert.Equal(["Amaia Duhalde — Yes", "Julie Tremblay — Not answered yet", "Pierre Etcheverry — Not answered yet"], organiser.Texts("ul.rsvps li"));
        Assert.Equal(RsvpAnswer.Yes, await app.WithDbAsync(db => db.SessionRsvps.Where(r => r.SessionId == id).Select(r => r.Answer).SingleAsync()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Sometimes")]
    [InlineData("7")]
    public async Task An_answer_other_than_yes_maybe_or_no_is_refused_beside_the_choices(string answer)
    {
        var (world, id) = await PlanAsync();
        var page = await HtmlPage.GetAsync(world.Member.Client, $"/circles/sessions/{id}");

        var refused = await HtmlPage.FromAsync(await page.SubmitAsync(world.Member.Client, "form.rsvp", new Dictionary<string, string> { ["answer"] = answer }));

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Equal("Choose yes, maybe or no.", refused.FieldError("answer"));
        Assert.Equal(0, await app.WithDbAsync(db => db.SessionRsvps.CountAsync(r => r.SessionId == id)));
    }

    [Fact]
    public async Task A_time_skipped_by_the_clocks_is_refused_for_one_session()
    {
        var world = await app.CircleAsync();
        var page = await HtmlPage.GetAsync(world.Quebec.Client, $"/circles/{world.CircleId}/sessions/new");

        var refused = await HtmlPage.FromAsync(await page.SubmitAsync(world.Quebec.Client, "main form",
            CirclesTesting.SessionFields("Nuit blanche", "2026-03-08", "02:30")));

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("does not exist", refused.FieldError("Input.Time"));
    }

    [Fact]
    public async Task A_session_posted_without_its_time_zone_is_refused_beside_the_field()
    {
        var world = await app.CircleAsync();
        var page = await HtmlPage.GetAsync(world.Quebec.Client, $"/circles/{world.CircleId}/sessions/new");
        var fields = CirclesTesting.SessionFields("Sans fuseau", "2026-03-17", "10:00");
        fields["Input.TimeZoneId"] = "";

        var refused = await HtmlPage.FromAsync(await page.SubmitAsync(world.Quebec.Client, "main form", fields));

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Equal("This field is required.", refused.FieldError("Input.TimeZoneId"));
        Assert.Equal(0, await app.WithDbAsync(db => db.CircleSessions.CountAsync(s => s.Title == "Sans fuseau")));
    }

    [Fact]
    public async Task Changing_a_session_raises_its_sequence_and_cancelling_it_sends_a_cancellation()
    {
        var (world, id) = await PlanAsync();

        var edit = await HtmlPage.GetAsync(world.France.Client, $"/circles/sessions/{id}/edit");
        var changed = await edit.SubmitAsync(world.France.Client, "main form", new Dictionary<string, string> { ["Input.Time"] = "11:00" });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var update = Assert.Single(Attachment(app.Mail.LastTo(world.Member.User.Email!), out _).GetProperty("events").EnumerateArray());
        Assert.Equal(1, update.GetProperty("sequence").GetInt32());
        Assert.Equal("2026-03-17T15:00:00.000Z", update.GetProperty("startUtc").GetString());

        var confirm = await HtmlPage.GetAsync(world.France.Client, $"/circles/sessions/{id}/cancel");
        Assert.Equal(HttpStatusCode.OK, confirm.Status);
        Assert.False(await app.WithDbAsync(db => db.CircleSessions.Where(s => s.Id == id).Select(s => s.CancelledAt != null).SingleAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await confirm.SubmitAsync(world.France.Client, "main form")).StatusCode);

        var cancellation = Attachment(app.Mail.LastTo(world.Member.User.Email!), out var contentType);
        Assert.Contains("method=CANCEL", contentType);
        Assert.Equal("CANCEL", cancellation.GetProperty("method").GetString());
        var cancelled = Assert.Single(cancellation.GetProperty("events").EnumerateArray());
        Assert.Equal($"{id:N}@passerelles", cancelled.GetProperty("uid").GetString());
        Assert.Equal(2, cancelled.GetProperty("sequence").GetInt32());
        Assert.Equal("CANCELLED", cancelled.GetProperty("status").GetString());
        Assert.Contains("This session is cancelled.", (await HtmlPage.GetAsync(world.Member.Client, $"/circles/sessions/{id}")).Html);
    }

    [Fact]
    public async Task Line_breaks_and_control_characters_typed_in_a_title_cannot_add_a_property_to_the_calendar()
    {
        var (world, _) = await PlanAsync("Atelier\r\nATTENDEE:mailto:intrus@example.org\u0007 fin");

        var calendarEvent = Assert.Single(Attachment(app.Mail.LastTo(world.Member.User.Email!), out _).GetProperty("events").EnumerateArray());

        // The three members are the attendees; the title adds none.
        Assert.Equal(3, calendarEvent.GetProperty("propertyNames").EnumerateArray().Count(p => p.GetString() == "attendee"));
        var summary = calendarEvent.GetProperty("summary").GetString()!;
        Assert.StartsWith("Atelier ATTENDEE:mailto:intrus@example.org", summary);
        Assert.DoesNotContain(summary, c => char.IsControl(c));
    }

    [Fact]
    public async Task A_series_crossing_the_March_2027_change_is_planned_with_its_offset_weeks_flagged_and_France_s_hour_kept()
    {
        var world = await app.CircleAsync();
        var page = await HtmlPage.GetAsync(world.Quebec.Client, $"/circles/{world.CircleId}/series/new");
        var response = await page.SubmitAsync(world.Quebec.Client, "main form", new Dictionary<string, string>
        {
            ["Input.Title"] = "Codéveloppement", ["Input.FirstDate"] = "2027-03-02", ["Input.Time"] = "10:00", ["Input.TimeZoneId"] = "America/Toronto",
            ["Input.DurationMinutes"] = "60", ["Input.Recurrence"] = "Weekly", ["Input.Count"] = "6", ["Input.Until"] = "", ["Input.KeepsItsHour"] = "France",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var calendar = await CirclesTesting.ReadSchedulingMessageAsync(Assert.Single(app.Mail.LastTo(world.Member.User.Email!).Attachments).Content);
        var occurrences = Assert.Single(calendar.GetProperty("messages").EnumerateArray()).GetProperty("occurrences");
        var starts = occurrences.EnumerateArray().Select(e => e.GetProperty("startUtc").GetString()).ToList();
        Assert.Equal(["2027-03-02T15:00:00.000Z", "2027-03-09T15:00:00.000Z", "2027-03-16T15:00:00.000Z", "2027-03-23T15:00:00.000Z",
            "2027-03-30T14:00:00.000Z", "2027-04-06T14:00:00.000Z"], starts);
        var series = await app.WithDbAsync(db => db.SessionSeries.SingleAsync(s => s.CircleId == world.CircleId));
        Assert.Equal(Passerelles.Web.Features.Organisations.Side.France, series.KeepsItsHour);

        var circle = await HtmlPage.GetAsync(world.Member.Client, $"/circles/{world.CircleId}");
        Assert.Equal(2, circle.Document.QuerySelectorAll(".sessions .offset-week").Length);
    }

    [Fact]
    public async Task A_series_needs_a_number_of_sessions_or_a_last_date()
    {
        var world = await app.CircleAsync();
        var page = await HtmlPage.GetAsync(world.Quebec.Client, $"/circles/{world.CircleId}/series/new");

        var refused = await HtmlPage.FromAsync(await page.SubmitAsync(world.Quebec.Client, "main form", new Dictionary<string, string>
        {
            ["Input.Title"] = "Sans fin", ["Input.Count"] = "", ["Input.Until"] = "",
        }));

        Assert.Equal("Give either a number of sessions or a last date.", refused.FieldError("Input.Count"));
        Assert.False(await app.WithDbAsync(db => db.CircleSessions.AnyAsync(s => s.Title == "Sans fin")));
    }

    [Fact]
    public async Task A_private_feed_serves_the_member_s_sessions_until_it_is_revoked()
    {
        var (world, id) = await PlanAsync("Séance du flux");
        var feedPage = await HtmlPage.GetAsync(world.Member.Client, "/circles/calendar-feed");
        var made = await HtmlPage.FromAsync(await feedPage.SubmitAsync(world.Member.Client, "main form"));
        var address = new Uri(made.Document.QuerySelector("#feed-address")!.GetAttribute("value")!).PathAndQuery;
        Assert.Matches("^/calendar/[A-Za-z0-9_-]{43}\\.ics$", address);

        var anonymous = app.CreateClient();
        var response = await anonymous.GetAsync(address);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        var feed = await CirclesTesting.ReadCalendarAsync(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("PUBLISH", feed.GetProperty("method").GetString());
        var calendarEvent = Assert.Single(feed.GetProperty("events").EnumerateArray());
        Assert.Equal($"{id:N}@passerelles", calendarEvent.GetProperty("uid").GetString());
        Assert.Equal("2026-03-17T14:00:00.000Z", calendarEvent.GetProperty("startUtc").GetString());

        var remade = await HtmlPage.FromAsync(await (await HtmlPage.GetAsync(world.Member.Client, "/circles/calendar-feed")).SubmitAsync(world.Member.Client, "main form"));
        var newAddress = new Uri(remade.Document.QuerySelector("#feed-address")!.GetAttribute("value")!).PathAndQuery;
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(address)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(newAddress)).StatusCode);

        var revoke = await HtmlPage.GetAsync(world.Member.Client, "/circles/calendar-feed/revoke");
        Assert.Equal(HttpStatusCode.Redirect, (await revoke.SubmitAsync(world.Member.Client, "main form")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(newAddress)).StatusCode);
    }

    [Fact]
    public async Task The_sessions_api_gives_the_caller_s_sessions_in_UTC_in_the_organiser_s_zone_and_on_both_sides()
    {
        var (world, id) = await PlanAsync("Séance de l'API");
        var outsider = await Coaching.CoachingTesting.PersonAsync(app);

        var sessions = await world.Member.Client.GetFromJsonAsync<JsonElement>("/api/v1/sessions?from=2026-03-01&to=2026-04-01");
        var session = Assert.Single(sessions.EnumerateArray());
        Assert.Equal(id, session.GetProperty("id").GetGuid());
        Assert.Equal("2026-03-17T14:00:00Z", session.GetProperty("startUtc").GetString());
        Assert.Equal("America/Toronto", session.GetProperty("organiserTimeZone").GetString());
        Assert.Equal("2026-03-17T10:00:00-04:00", session.GetProperty("localStartToronto").GetString());
        Assert.Equal("2026-03-17T15:00:00+01:00", session.GetProperty("localStartParis").GetString());
        Assert.True(session.GetProperty("inOffsetWeek").GetBoolean());

        Assert.Empty((await outsider.Client.GetFromJsonAsync<JsonElement>("/api/v1/sessions?from=2026-03-01&to=2026-04-01")).EnumerateArray());
        Assert.Empty((await world.Member.Client.GetFromJsonAsync<JsonElement>("/api/v1/sessions?from=2026-03-18&to=2026-04-01")).EnumerateArray());
        Assert.Equal(HttpStatusCode.BadRequest, (await world.Member.Client.GetAsync("/api/v1/sessions?from=yesterday")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await world.Member.Client.GetAsync("/api/v1/sessions?from=2026-01-01&to=2028-01-01")).StatusCode);

        var document = await app.CreateClient().GetStringAsync("/openapi/v1.json");
        Assert.Contains("\"/api/v1/sessions\"", document);
        Assert.Contains("ListSessions", document);
        Assert.Contains("localStartParis", document);
    }
}
