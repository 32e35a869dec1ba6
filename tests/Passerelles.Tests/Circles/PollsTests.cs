using System.Net;
using Microsoft.EntityFrameworkCore;
using Passerelles.Web.Features.Circles;

namespace Passerelles.Tests.Circles;

public sealed class PollsTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<(CirclesTesting.CircleWorld World, Guid PollId)> OpenAsync()
    {
        var world = await app.CircleAsync();
        var page = await HtmlPage.GetAsync(world.Quebec.Client, $"/circles/{world.CircleId}/polls/new");
        var response = await page.SubmitAsync(world.Quebec.Client, "main form", new Dictionary<string, string>
        {
            ["Input.Title"] = "Bilan du printemps", ["Input.TimeZoneId"] = "America/Toronto", ["Input.DurationMinutes"] = "60",
            ["Input.Candidates[0].Date"] = "2026-03-24", ["Input.Candidates[0].Time"] = "10:00",
            ["Input.Candidates[1].Date"] = "2026-03-31", ["Input.Candidates[1].Time"] = "10:00",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (world, Guid.Parse(response.Headers.Location!.OriginalString.Split('/').Last()));
    }

    [Fact]
    public async Task Members_answer_each_time_seen_on_both_sides_and_the_chosen_time_becomes_a_session_with_invitations()
    {
        var (world, pollId) = await OpenAsync();

        var poll = await HtmlPage.GetAsync(world.Member.Client, $"/circles/polls/{pollId}");
        // 24 March is an offset week (15:00 Paris); 31 March is not (16:00 Paris).
        // Amaia works in France: Paris comes first.
        Assert.Equal(["2026-03-24T15:00:00+01:00", "2026-03-24T10:00:00-04:00"],
            poll.Document.QuerySelectorAll("table.poll tbody tr")[0].QuerySelectorAll("time").Select(t => t.GetAttribute("datetime")).Take(2));
        Assert.Equal(["2026-03-31T16:00:00+02:00", "2026-03-31T10:00:00-04:00"],
            poll.Document.QuerySelectorAll("table.poll tbody tr")[1].QuerySelectorAll("time").Select(t => t.GetAttribute("datetime")).Take(2));
        Assert.Equal(HttpStatusCode.Redirect, (await poll.SubmitAsync(world.Member.Client, "form[action*='handler=Answer']",
            new Dictionary<string, string> { ["Answers[0].Answer"] = "No", ["Answers[1].Answer"] = "IfNeedBe" })).StatusCode);
        var france = await HtmlPage.GetAsync(world.France.Client, $"/circles/polls/{pollId}");
        await france.SubmitAsync(world.France.Client, "form[action*='handler=Answer']",
            new Dictionary<string, string> { ["Answers[0].Answer"] = "Yes", ["Answers[1].Answer"] = "Yes" });

        var results = await HtmlPage.GetAsync(world.Quebec.Client, $"/circles/polls/{pollId}");
        Assert.Equal("Julie Tremblay", results.Text(".poll-waiting p"));
        var second = results.Document.QuerySelectorAll("table.poll tbody tr")[1];
        Assert.Contains("Pierre Etcheverry", second.QuerySelectorAll("td")[0].TextContent);
        Assert.Contains("Amaia Duhalde", second.QuerySelectorAll("td")[1].TextContent);
        Assert.Contains("Amaia Duhalde", results.Document.QuerySelectorAll("table.poll tbody tr")[0].QuerySelectorAll("td")[2].TextContent);

        var picked = await results.SubmitAsync(world.Quebec.Client, "form.pick:nth-of-type(2)");
        Assert.Equal(HttpStatusCode.Redirect, picked.StatusCode);
        var session = await app.WithDbAsync(db => db.CircleSessions.SingleAsync(s => s.CircleId == world.CircleId));
        Assert.Equal("Bilan du printemps", session.Title);
        Assert.Equal(NodaTime.Instant.FromUtc(2026, 3, 31, 14, 0), session.StartsAt);
        Assert.Contains("Bilan du printemps", app.Mail.LastTo(world.Member.User.Email!).Subject);
        Assert.Contains("closed", (await HtmlPage.GetAsync(world.Member.Client, $"/circles/polls/{pollId}")).Text(".poll-closed"));
    }

    [Fact]
    public async Task A_poll_needs_two_times_and_refuses_a_time_skipped_by_the_clocks()
    {
        var world = await app.CircleAsync();
        var page = await HtmlPage.GetAsync(world.Quebec.Client, $"/circles/{world.CircleId}/polls/new");

        var refused = await HtmlPage.FromAsync(await page.SubmitAsync(world.Quebec.Client, "main form", new Dictionary<string, string>
        {
            ["Input.Title"] = "Nuit", ["Input.TimeZoneId"] = "America/Toronto", ["Input.DurationMinutes"] = "60",
            ["Input.Candidates[0].Date"] = "2026-03-08", ["Input.Candidates[0].Time"] = "02:30",
        }));

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("does not exist", refused.FieldError("Input.Candidates[0].Time"));
        Assert.Equal("Propose at least two different times.", refused.FieldError("Input.Candidates"));
        Assert.False(await app.WithDbAsync(db => db.Polls.AnyAsync(p => p.CircleId == world.CircleId)));
    }

    [Fact]
    public async Task Only_a_co_facilitator_picks_the_time()
    {
        var (world, pollId) = await OpenAsync();
        var poll = await HtmlPage.GetAsync(world.Member.Client, $"/circles/polls/{pollId}");
        Assert.Null(poll.Document.QuerySelector("form.pick"));
        Assert.Equal(HttpStatusCode.Forbidden, (await world.Member.Client.GetAsync($"/circles/{world.CircleId}/polls/new")).StatusCode);
    }

    [Fact]
    public async Task The_organisers_see_who_has_not_answered_yet_and_members_do_not()
    {
        var (world, pollId) = await OpenAsync();

        var before = await HtmlPage.GetAsync(world.France.Client, $"/circles/polls/{pollId}");
        Assert.Equal("Amaia Duhalde, Julie Tremblay, Pierre Etcheverry", before.Text(".poll-waiting p"));
        Assert.Empty((await HtmlPage.GetAsync(world.Member.Client, $"/circles/polls/{pollId}")).Texts(".poll-waiting"));

        await before.SubmitAsync(world.France.Client, "form[action*='handler=Answer']", new Dictionary<string, string> { ["Answers[1].Answer"] = "No" });
        var member = await HtmlPage.GetAsync(world.Member.Client, $"/circles/polls/{pollId}");
        await member.SubmitAsync(world.Member.Client, "form[action*='handler=Answer']", new Dictionary<string, string> { ["Answers[0].Answer"] = "Yes" });
        Assert.Equal("Julie Tremblay", (await HtmlPage.GetAsync(world.Quebec.Client, $"/circles/polls/{pollId}")).Text(".poll-waiting p"));
        var quebec = await HtmlPage.GetAsync(world.Quebec.Client, $"/circles/polls/{pollId}");
        await quebec.SubmitAsync(world.Quebec.Client, "form[action*='handler=Answer']", new Dictionary<string, string> { ["Answers[0].Answer"] = "IfNeedBe" });
        Assert.Equal("Every member has answered.", (await HtmlPage.GetAsync(world.Quebec.Client, $"/circles/polls/{pollId}")).Text(".poll-waiting p"));
    }
}
