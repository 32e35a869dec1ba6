using System.Net;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Web.Features.Circles;

namespace Passerelles.Tests.Circles;

public sealed class SeriesChangesTests(AppFactory app) : IClassFixture<AppFactory>
{
    /// <summary>Six Tuesdays at 10:00 Montréal from 2 March 2027, France keeping its hour in the offset weeks (so the
    /// 16 and 23 March sessions are at 11:00 Montréal).</summary>
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

    private Task<List<(Instant StartsAt, int Sequence, bool Cancelled, string Title)>> StateAsync(Guid circleId) =>
        app.WithDbAsync(async db => (await db.CircleSessions.Where(s => s.CircleId == circleId).ToListAsync())
            .OrderBy(s => s.StartsAt).Select(s => (s.StartsAt, s.Sequence, s.IsCancelled, s.Title)).ToList());

    [Fact]
    public async Task Changing_this_and_the_following_sessions_asks_for_confirmation_then_moves_them_and_sends_the_new_versions()
    {
        var (world, sessions) = await SeriesAsync();
        var edit = await HtmlPage.GetAsync(world.Quebec.Client, $"/circles/sessions/{sessions[2]}/edit");
        Assert.Equal("11:00", ((AngleSharp.Html.Dom.IHtmlInputElement)edit.Document.QuerySelector("[name='Input.Time']")!).Value);
        var change = new Dictionary<string, string> { ["Input.Time"] = "11:30", ["Input.Title"] = "Codéveloppement (nouvel horaire)", ["Input.Scope"] = "ThisAndFollowing" };

        var confirm = await HtmlPage.FromAsync(await edit.SubmitAsync(world.Quebec.Client, "main form", change));
        Assert.Equal(HttpStatusCode.OK, confirm.Status);
        Assert.Contains("reaches 4 sessions", confirm.Text("main .notice"));
        Assert.All(await StateAsync(world.CircleId), s => Assert.Equal(0, s.Sequence));
        var sent = app.Mail.Sent.Count;

        Assert.Equal(HttpStatusCode.Redirect, (await confirm.SubmitAsync(world.Quebec.Client, "main form")).StatusCode);

        var state = await StateAsync(world.CircleId);
        Assert.Equal(["2027-03-02T15:00:00Z", "2027-03-09T15:00:00Z", "2027-03-16T15:30:00Z", "2027-03-23T15:30:00Z", "2027-03-30T14:30:00Z", "2027-04-06T14:30:00Z"],
            state.Select(s => s.StartsAt.ToString()));
        Assert.Equal([0, 0, 1, 1, 1, 1], state.Select(s => s.Sequence));
        Assert.Equal(2, state.Count(s => s.Title == "Codéveloppement"));
        Assert.Equal(3, app.Mail.Sent.Count - sent);
        // The series is one recurring event: the update carries all of it, revised once for each of the 4 sessions changed.
        var calendar = await CirclesTesting.ReadSchedulingMessageAsync(Assert.Single(app.Mail.LastTo(world.Member.User.Email!).Attachments).Content);
        var occurrences = Assert.Single(calendar.GetProperty("messages").EnumerateArray()).GetProperty("occurrences").EnumerateArray().ToList();
        Assert.Equal(state.Select(s => s.StartsAt.ToDateTimeUtc().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'")), occurrences.Select(o => o.GetProperty("startUtc").GetString()));
        Assert.All(occurrences, o => Assert.Equal(4, o.GetProperty("sequence").GetInt32()));
    }

    [Fact]
    public async Task Changing_one_session_of_a_series_leaves_the_others_alone()
    {
        var (world, sessions) = await SeriesAsync();
        var edit = await HtmlPage.GetAsync(world.Quebec.Client, $"/circles/sessions/{sessions[1]}/edit");

        Assert.Equal(HttpStatusCode.Redirect, (await edit.SubmitAsync(world.Quebec.Client, "main form", new Dictionary<string, string> { ["Input.Time"] = "09:00" })).StatusCode);

        Assert.Equal([0, 1, 0, 0, 0, 0], (await StateAsync(world.CircleId)).Select(s => s.Sequence));
    }

    [Fact]
    public async Task Cancelling_this_and_the_following_sessions_sends_one_cancellation_for_them_all()
    {
        var (world, sessions) = await SeriesAsync();
        var cancel = await HtmlPage.GetAsync(world.Quebec.Client, $"/circles/sessions/{sessions[4]}/cancel");

        Assert.Equal(HttpStatusCode.Redirect, (await cancel.SubmitAsync(world.Quebec.Client, "main form", new Dictionary<string, string> { ["Input.Scope"] = "ThisAndFollowing" })).StatusCode);

        Assert.Equal([false, false, false, false, true, true], (await StateAsync(world.CircleId)).Select(s => s.Cancelled));
        var calendar = await CirclesTesting.ReadCalendarAsync(Assert.Single(app.Mail.LastTo(world.Member.User.Email!).Attachments).Content);
        Assert.Equal("CANCEL", calendar.GetProperty("method").GetString());
        Assert.Equal(2, calendar.GetProperty("events").GetArrayLength());
    }

    [Fact]
    public async Task Cancelling_the_whole_series_cancels_every_session_to_come()
    {
        var (world, sessions) = await SeriesAsync();
        var cancel = await HtmlPage.GetAsync(world.Quebec.Client, $"/circles/sessions/{sessions[3]}/cancel");

        await cancel.SubmitAsync(world.Quebec.Client, "main form", new Dictionary<string, string> { ["Input.Scope"] = "WholeSeries" });

        Assert.All(await StateAsync(world.CircleId), s => Assert.True(s.Cancelled));
    }

    [Fact]
    public void A_shift_carries_to_an_occurrence_moved_for_the_side_keeping_its_hour()
    {
        var before = new LocalDateTime(2027, 3, 2, 10, 0);
        var after = new LocalDateTime(2027, 3, 3, 10, 30);
        // 16 March 2027 was at 11:00 Montréal (France kept its hour); it moves by a day and half an hour.
        var moved = SeriesChange.Moved(Instant.FromUtc(2027, 3, 16, 15, 0), "America/Toronto", before, after, "America/Toronto");
        Assert.Equal(Instant.FromUtc(2027, 3, 17, 15, 30), moved);
    }

    [Fact]
    public void A_shift_landing_on_a_skipped_time_is_moved_forward()
    {
        var moved = SeriesChange.Moved(Instant.FromUtc(2027, 3, 13, 7, 0), "America/Toronto", new LocalDateTime(2027, 3, 6, 2, 0), new LocalDateTime(2027, 3, 7, 2, 30), "America/Toronto");
        // 14 March 2027 02:30 does not exist in Montréal: it becomes 03:30 EDT.
        Assert.Equal(Instant.FromUtc(2027, 3, 14, 7, 30), moved);
    }

    [Fact]
    public void This_and_following_takes_later_occurrences_and_the_whole_series_those_to_come()
    {
        var now = Instant.FromUtc(2027, 3, 10, 0, 0);
        var a = new SeriesChange.Planned(Guid.NewGuid(), Instant.FromUtc(2027, 3, 2, 15, 0), false);
        var b = new SeriesChange.Planned(Guid.NewGuid(), Instant.FromUtc(2027, 3, 16, 15, 0), false);
        var c = new SeriesChange.Planned(Guid.NewGuid(), Instant.FromUtc(2027, 3, 23, 15, 0), true);
        var d = new SeriesChange.Planned(Guid.NewGuid(), Instant.FromUtc(2027, 3, 30, 14, 0), false);
        Assert.Equal([b.Id], SeriesChange.Reached([a, b, c, d], b, SeriesScope.ThisOccurrence, now));
        Assert.Equal([b.Id, d.Id], SeriesChange.Reached([a, b, c, d], b, SeriesScope.ThisAndFollowing, now));
        Assert.Equal([b.Id, d.Id], SeriesChange.Reached([a, b, c, d], d, SeriesScope.WholeSeries, now));
    }
}
