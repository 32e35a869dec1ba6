using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Passerelles.Tests.Circles;

/// <summary>The invitations and the feed as calendar software reads them: iTIP scheduling messages (RFC 5546) read by
/// Nextcloud's calendar library, their recurrences expanded by it and by ical.js.</summary>
public sealed class SchedulingMessagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Sender = "mailto:no-reply@passerelles.org";

    private static readonly string[] SeriesStarts =
    [
        "2027-03-02T15:00:00.000Z", "2027-03-09T15:00:00.000Z", "2027-03-16T15:00:00.000Z", "2027-03-23T15:00:00.000Z",
        "2027-03-30T14:00:00.000Z", "2027-04-06T14:00:00.000Z",
    ];

    private async Task<(CirclesTesting.CircleWorld World, Guid SessionId)> PlanAsync()
    {
        var world = await app.CircleAsync();
        var page = await HtmlPage.GetAsync(world.Quebec.Client, $"/circles/{world.CircleId}/sessions/new");
        var response = await page.SubmitAsync(world.Quebec.Client, "main form", CirclesTesting.SessionFields("Financer un projet collectif", "2026-03-17", "10:00"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (world, Guid.Parse(response.Headers.Location!.OriginalString.Split('/').Last()));
    }

    /// <summary>Six Tuesdays at 10:00 Montréal from 2 March 2027, France keeping its 16:00 in the offset weeks of 16 and
    /// 23 March (11:00 Montréal those weeks).</summary>
    private async Task<(CirclesTesting.CircleWorld World, List<Guid> Sessions)> SeriesAsync()
    {
        var world = await app.CircleAsync();
        var page = await HtmlPage.GetAsync(world.Quebec.Client, $"/circles/{world.CircleId}/series/new");
        var response = await page.SubmitAsync(world.Quebec.Client, "main form", new Dictionary<string, string>
        {
            ["Input.Title"] = "Codéveloppement", ["Input.FirstDate"] = "2027-03-02", ["Input.Time"] = "10:00", ["Input.TimeZoneId"] = "America/Toronto",
            ["Input.DurationMinutes"] = "60", ["Input.Recurrence"] = "Weekly", ["Input.Count"] = "6", ["Input.Until"] = "", ["Input.KeepsItsHour"] = "France",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var sessions = await app.WithDbAsync(db => db.CircleSessions.Where(s => s.CircleId == world.CircleId).OrderBy(s => s.StartsAt).Select(s => s.Id).ToListAsync());
        return (world, sessions);
    }

    private async Task<JsonElement> MessageToAsync(CirclesTesting.CircleWorld world) =>
        await CirclesTesting.ReadSchedulingMessageAsync(Assert.Single(app.Mail.LastTo(world.Member.User.Email!).Attachments).Content);

    private static IEnumerable<string?> Strings(JsonElement element, string property) =>
        element.EnumerateArray().Select(e => e.GetProperty(property).GetString());

    [Fact]
    public async Task An_invitation_comes_from_the_co_facilitator_leading_the_session_to_every_member_who_answers_in_the_app()
    {
        var (world, id) = await PlanAsync();

        var calendar = await MessageToAsync(world);

        Assert.Equal("REQUEST", calendar.GetProperty("method").GetString());
        Assert.Equal(1, calendar.GetProperty("uidCount").GetInt32());
        var message = Assert.Single(calendar.GetProperty("messages").EnumerateArray());
        Assert.Equal("REQUEST", message.GetProperty("method").GetString());
        Assert.Equal($"{id:N}@passerelles", message.GetProperty("uid").GetString());
        var organizer = message.GetProperty("organizer");
        Assert.Equal("mailto:" + world.Quebec.User.Email, organizer.GetProperty("email").GetString());
        Assert.Equal("Julie Tremblay", organizer.GetProperty("name").GetString());
        Assert.Equal(Sender, organizer.GetProperty("sentBy").GetString());
        var attendees = message.GetProperty("attendees").EnumerateArray().OrderBy(a => a.GetProperty("name").GetString()).ToList();
        Assert.Equal(["Amaia Duhalde", "Julie Tremblay", "Pierre Etcheverry"], attendees.Select(a => a.GetProperty("name").GetString()));
        Assert.Equal(new[] { world.Member, world.Quebec, world.France }.Select(p => "mailto:" + p.User.Email), attendees.Select(a => a.GetProperty("email").GetString()));
        Assert.Equal(["REQ-PARTICIPANT", "CHAIR", "CHAIR"], attendees.Select(a => a.GetProperty("role").GetString()));
        Assert.Equal(["NEEDS-ACTION", "ACCEPTED", "NEEDS-ACTION"], attendees.Select(a => a.GetProperty("partstat").GetString()));
        Assert.All(attendees, a => Assert.False(a.GetProperty("rsvp").GetBoolean()));
        var occurrence = Assert.Single(message.GetProperty("occurrences").EnumerateArray());
        Assert.Equal("2026-03-17T14:00:00.000Z", occurrence.GetProperty("startUtc").GetString());
        Assert.Equal($"http://localhost/circles/sessions/{id}", occurrence.GetProperty("url").GetString());
        Assert.Equal(0, occurrence.GetProperty("sequence").GetInt32());
    }

    [Fact]
    public async Task A_series_invitation_is_one_recurring_event_whose_occurrences_are_the_sessions_at_their_exact_instants()
    {
        var (world, sessions) = await SeriesAsync();

        var calendar = await MessageToAsync(world);

        Assert.Equal("REQUEST", calendar.GetProperty("method").GetString());
        Assert.Equal(1, calendar.GetProperty("uidCount").GetInt32());
        var message = Assert.Single(calendar.GetProperty("messages").EnumerateArray());
        Assert.True(message.GetProperty("recurring").GetBoolean());
        Assert.True(message.GetProperty("overridesWithAttendees").GetBoolean());
        Assert.Equal("mailto:" + world.Quebec.User.Email, message.GetProperty("organizer").GetProperty("email").GetString());
        Assert.Equal(3, message.GetProperty("attendees").GetArrayLength());
        var occurrences = message.GetProperty("occurrences");
        Assert.Equal(SeriesStarts, Strings(occurrences, "startUtc"));
        Assert.Equal(sessions.Select(id => $"http://localhost/circles/sessions/{id}"), Strings(occurrences, "url"));
        // The weeks of 16 and 23 March keep France's 16:00: the rule says 10:00 Montréal (14:00 UTC), the sessions are at 15:00 UTC.
        Assert.Equal("2027-03-16T14:00:00.000Z", occurrences[2].GetProperty("recurrenceId").GetString());
        Assert.All(occurrences.EnumerateArray(), o => Assert.Equal("America/Toronto", o.GetProperty("tzid").GetString()));

        var icalJs = Assert.Single(calendar.GetProperty("icalJs").EnumerateArray());
        Assert.Equal(message.GetProperty("uid").GetString(), icalJs.GetProperty("uid").GetString());
        Assert.Equal(SeriesStarts, Strings(icalJs.GetProperty("starts"), "startUtc"));
    }

    [Fact]
    public async Task Changing_or_cancelling_one_session_of_a_series_reaches_that_occurrence_under_the_series_UID_with_a_higher_sequence()
    {
        var (world, sessions) = await SeriesAsync();
        var invitation = Assert.Single((await MessageToAsync(world)).GetProperty("messages").EnumerateArray());
        var uid = invitation.GetProperty("uid").GetString();
        Assert.All(invitation.GetProperty("occurrences").EnumerateArray(), o => Assert.Equal(0, o.GetProperty("sequence").GetInt32()));

        var edit = await HtmlPage.GetAsync(world.Quebec.Client, $"/circles/sessions/{sessions[1]}/edit");
        Assert.Equal(HttpStatusCode.Redirect, (await edit.SubmitAsync(world.Quebec.Client, "main form", new Dictionary<string, string> { ["Input.Time"] = "09:00" })).StatusCode);

        var update = await MessageToAsync(world);
        Assert.Equal("REQUEST", update.GetProperty("method").GetString());
        Assert.Equal(1, update.GetProperty("uidCount").GetInt32());
        var changed = Assert.Single(update.GetProperty("messages").EnumerateArray());
        Assert.Equal(uid, changed.GetProperty("uid").GetString());
        var starts = SeriesStarts.ToArray();
        starts[1] = "2027-03-09T14:00:00.000Z";
        Assert.Equal(starts, Strings(changed.GetProperty("occurrences"), "startUtc"));
        Assert.All(changed.GetProperty("occurrences").EnumerateArray(), o => Assert.Equal(1, o.GetProperty("sequence").GetInt32()));
        Assert.Equal(starts, Strings(Assert.Single(update.GetProperty("icalJs").EnumerateArray()).GetProperty("starts"), "startUtc"));

        var cancel = await HtmlPage.GetAsync(world.Quebec.Client, $"/circles/sessions/{sessions[2]}/cancel");
        Assert.Equal(HttpStatusCode.Redirect, (await cancel.SubmitAsync(world.Quebec.Client, "main form", new Dictionary<string, string> { ["Input.Scope"] = "ThisOccurrence" })).StatusCode);

        var cancellation = await MessageToAsync(world);
        Assert.Equal("CANCEL", cancellation.GetProperty("method").GetString());
        Assert.Equal(1, cancellation.GetProperty("uidCount").GetInt32());
        var cancelled = Assert.Single(cancellation.GetProperty("messages").EnumerateArray());
        Assert.Equal(uid, cancelled.GetProperty("uid").GetString());
        Assert.Equal("mailto:" + world.Quebec.User.Email, cancelled.GetProperty("organizer").GetProperty("email").GetString());
        var occurrence = Assert.Single(cancelled.GetProperty("occurrences").EnumerateArray());
        Assert.Equal("2027-03-16T14:00:00.000Z", occurrence.GetProperty("recurrenceId").GetString());
        Assert.Equal("CANCELLED", occurrence.GetProperty("status").GetString());
        Assert.Equal(2, occurrence.GetProperty("sequence").GetInt32());

        edit = await HtmlPage.GetAsync(world.Quebec.Client, $"/circles/sessions/{sessions[3]}/edit");
        Assert.Equal(HttpStatusCode.Redirect, (await edit.SubmitAsync(world.Quebec.Client, "main form", new Dictionary<string, string> { ["Input.Title"] = "Codéveloppement (bilan)" })).StatusCode);
        var afterCancel = Assert.Single((await MessageToAsync(world)).GetProperty("messages").EnumerateArray()).GetProperty("occurrences").EnumerateArray().ToList();
        Assert.Equal([null, null, "CANCELLED", null, null, null], afterCancel.Select(o => o.GetProperty("status").GetString() is "CANCELLED" ? "CANCELLED" : null));
        Assert.All(afterCancel, o => Assert.Equal(3, o.GetProperty("sequence").GetInt32()));
    }

    [Fact]
    public async Task A_feed_is_named_in_the_reader_s_language_asks_to_be_refreshed_and_keeps_its_stamps_until_a_session_changes()
    {
        var (world, id) = await PlanAsync();
        await app.WithDbAsync(async db =>
        {
            var member = await db.Users.SingleAsync(u => u.Id == world.Member.User.Id);
            member.PreferredCulture = "fr-CA";
            await db.SaveChangesAsync();
        });
        var feedPage = await HtmlPage.GetAsync(world.Member.Client, "/circles/calendar-feed");
        var made = await HtmlPage.FromAsync(await feedPage.SubmitAsync(world.Member.Client, "main form"));
        var address = new Uri(made.Document.QuerySelector("#feed-address")!.GetAttribute("value")!).PathAndQuery;
        var anonymous = app.CreateClient();
        var plannedAt = app.Clock.GetUtcNow();

        var first = await anonymous.GetByteArrayAsync(address);
        app.Clock.Advance(TimeSpan.FromHours(3));
        var second = await anonymous.GetByteArrayAsync(address);

        var feed = await CirclesTesting.ReadSchedulingMessageAsync(first);
        Assert.Equal("PUBLISH", feed.GetProperty("method").GetString());
        Assert.Equal("Cercles de Passerelles", feed.GetProperty("name").GetString());
        Assert.Equal("Cercles de Passerelles", feed.GetProperty("names").GetProperty("name").GetString());
        Assert.Equal("Cercles de Passerelles", feed.GetProperty("names").GetProperty("xWrCalname").GetString());
        Assert.Equal("PT1H", feed.GetProperty("refreshInterval").GetString());
        Assert.Equal("duration", feed.GetProperty("refreshIntervalType").GetString());
        Assert.Contains("\r\nREFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n", System.Text.Encoding.UTF8.GetString(first));
        Assert.Equal("PT1H", feed.GetProperty("publishedTtl").GetString());
        var stamp = Assert.Single(Assert.Single(feed.GetProperty("messages").EnumerateArray()).GetProperty("occurrences").EnumerateArray()).GetProperty("stamp").GetString();
        Assert.Equal(Instant.FromDateTimeOffset(plannedAt).ToDateTimeUtc().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'"), stamp);
        Assert.Equal(first, second);

        var edit = await HtmlPage.GetAsync(world.Quebec.Client, $"/circles/sessions/{id}/edit");
        Assert.Equal(HttpStatusCode.Redirect, (await edit.SubmitAsync(world.Quebec.Client, "main form", new Dictionary<string, string> { ["Input.Title"] = "Financer autrement" })).StatusCode);
        var editedAt = app.Clock.GetUtcNow();
        app.Clock.Advance(TimeSpan.FromHours(1));

        var third = await CirclesTesting.ReadSchedulingMessageAsync(await anonymous.GetByteArrayAsync(address));
        var edited = Assert.Single(Assert.Single(third.GetProperty("messages").EnumerateArray()).GetProperty("occurrences").EnumerateArray());
        Assert.Equal(Instant.FromDateTimeOffset(editedAt).ToDateTimeUtc().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'"), edited.GetProperty("stamp").GetString());
        Assert.NotEqual(stamp, edited.GetProperty("stamp").GetString());
    }
}
