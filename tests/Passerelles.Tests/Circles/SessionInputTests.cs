using System.Net;
using Microsoft.EntityFrameworkCore;

namespace Passerelles.Tests.Circles;

/// <summary>Input that used to end in a server error on the planning forms is refused beside its field, and nothing is
/// stored.</summary>
public sealed class SessionInputTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_time_zone_of_only_spaces_on_a_new_session_is_refused_beside_the_field()
    {
        var world = await app.CircleAsync();
        var page = await HtmlPage.GetAsync(world.Quebec.Client, $"/circles/{world.CircleId}/sessions/new");

        var refused = await HtmlPage.FromAsync(await page.SubmitAsync(world.Quebec.Client, "main form",
            CirclesTesting.SessionFields("Fuseau blanc", "2026-03-17", "10:00", zone: "   ")));

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Equal("This field is required.", refused.FieldError("Input.TimeZoneId"));
        Assert.Equal(0, await app.WithDbAsync(db => db.CircleSessions.CountAsync(s => s.CircleId == world.CircleId)));
    }

    [Fact]
    public async Task A_time_zone_of_only_spaces_on_a_changed_session_is_refused_beside_the_field_and_the_session_is_unchanged()
    {
        var world = await app.CircleAsync();
        var planned = await (await HtmlPage.GetAsync(world.Quebec.Client, $"/circles/{world.CircleId}/sessions/new"))
            .SubmitAsync(world.Quebec.Client, "main form", CirclesTesting.SessionFields("Séance", "2026-03-17", "10:00"));
        var id = Guid.Parse(planned.Headers.Location!.OriginalString.Split('/').Last());
        var edit = await HtmlPage.GetAsync(world.Quebec.Client, $"/circles/sessions/{id}/edit");

        var refused = await HtmlPage.FromAsync(await edit.SubmitAsync(world.Quebec.Client, "main form",
            new Dictionary<string, string> { ["Input.TimeZoneId"] = " \t ", ["Input.Time"] = "11:00" }));

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Equal("This field is required.", refused.FieldError("Input.TimeZoneId"));
        var session = await app.WithDbAsync(db => db.CircleSessions.AsNoTracking().SingleAsync(s => s.Id == id));
        Assert.Equal(("America/Toronto", NodaTime.Instant.FromUtc(2026, 3, 17, 14, 0), 0), (session.TimeZoneId, session.StartsAt, session.Sequence));
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    [InlineData("1999-12-31")]
    [InlineData("2101-01-01")]
    public async Task A_date_outside_2000_to_2100_on_a_new_session_is_refused_beside_the_field(string date)
    {
        var world = await app.CircleAsync();
        var page = await HtmlPage.GetAsync(world.Quebec.Client, $"/circles/{world.CircleId}/sessions/new");

        var refused = await HtmlPage.FromAsync(await page.SubmitAsync(world.Quebec.Client, "main form",
            CirclesTesting.SessionFields("Hors du temps", date, "10:00")));

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Equal("Choose a date between 2000 and 2100.", refused.FieldError("Input.Date"));
        Assert.Equal(0, await app.WithDbAsync(db => db.CircleSessions.CountAsync(s => s.CircleId == world.CircleId)));
        Assert.DoesNotContain(app.Mail.Sent, m => m.Subject.Contains("Hors du temps"));
    }

    [Theory]
    [InlineData("0001-01-01", null)]
    [InlineData("9999-12-31", null)]
    [InlineData("2026-03-17", "9999-12-31")]
    [InlineData("2026-03-17", "0001-01-01")]
    public async Task A_date_outside_2000_to_2100_on_a_new_series_is_refused_beside_the_field(string first, string? until)
    {
        var world = await app.CircleAsync();
        var page = await HtmlPage.GetAsync(world.Quebec.Client, $"/circles/{world.CircleId}/series/new");
        var fields = new Dictionary<string, string>
        {
            ["Input.Title"] = "Série hors du temps", ["Input.FirstDate"] = first, ["Input.Time"] = "10:00", ["Input.TimeZoneId"] = "America/Toronto",
            ["Input.DurationMinutes"] = "60", ["Input.Recurrence"] = "Weekly", ["Input.KeepsItsHour"] = "Quebec",
        };
        if (until is null) fields["Input.Count"] = "3";
        else (fields["Input.Count"], fields["Input.Until"]) = ("", until);

        var refused = await HtmlPage.FromAsync(await page.SubmitAsync(world.Quebec.Client, "main form", fields));

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Equal("Choose a date between 2000 and 2100.", refused.FieldError(until is null ? "Input.FirstDate" : "Input.Until"));
        Assert.Equal(0, await app.WithDbAsync(db => db.SessionSeries.CountAsync(s => s.CircleId == world.CircleId)));
        Assert.Equal(0, await app.WithDbAsync(db => db.CircleSessions.CountAsync(s => s.CircleId == world.CircleId)));
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    public async Task A_date_outside_2000_to_2100_among_a_poll_s_times_is_refused_beside_it(string date)
    {
        var world = await app.CircleAsync();
        var page = await HtmlPage.GetAsync(world.Quebec.Client, $"/circles/{world.CircleId}/polls/new");

        var refused = await HtmlPage.FromAsync(await page.SubmitAsync(world.Quebec.Client, "main form", new Dictionary<string, string>
        {
            ["Input.Title"] = "Sondage hors du temps", ["Input.TimeZoneId"] = "America/Toronto", ["Input.DurationMinutes"] = "60",
            ["Input.Candidates[0].Date"] = date, ["Input.Candidates[0].Time"] = "10:00",
            ["Input.Candidates[1].Date"] = "2026-03-31", ["Input.Candidates[1].Time"] = "10:00",
            ["Input.Candidates[2].Date"] = "2026-04-07", ["Input.Candidates[2].Time"] = "10:00",
        }));

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Equal("Choose a date between 2000 and 2100.", refused.FieldError("Input.Candidates[0].Date"));
        Assert.Equal(0, await app.WithDbAsync(db => db.Polls.CountAsync(p => p.CircleId == world.CircleId)));
    }
}

/// <summary>Saving a new session and writing its invitations (calendar file included) are one unit: when the writing
/// fails, the session is not kept, so trying again adds no duplicate.</summary>
public sealed class PlanningAsOneUnitTests : IAsyncLifetime
{
    // A sender address that cannot be read makes writing the calendar file fail (its ORGANIZER is that address).
    private readonly AppFactory _app = new AppFactory().WithSetting("Email:From", "@@@");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_session_whose_invitations_cannot_be_written_is_not_kept_and_a_retry_adds_no_duplicate()
    {
        var world = await _app.CircleAsync();
        var page = await HtmlPage.GetAsync(world.Quebec.Client, $"/circles/{world.CircleId}/sessions/new");

        for (var attempt = 0; attempt < 2; attempt++)
        {
            var failed = await page.SubmitAsync(world.Quebec.Client, "main form", CirclesTesting.SessionFields("Sans calendrier", "2026-03-17", "10:00"));
            Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        }

        Assert.Equal(0, await _app.WithDbAsync(db => db.CircleSessions.CountAsync(s => s.CircleId == world.CircleId)));
        Assert.DoesNotContain(_app.Mail.Sent, m => m.Subject.Contains("Sans calendrier"));
    }
}
