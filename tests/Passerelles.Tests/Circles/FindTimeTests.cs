using System.Net;

namespace Passerelles.Tests.Circles;

public sealed class FindTimeTests(AppFactory app) : IClassFixture<AppFactory>
{
    /// <summary>The proposed starts that every member can attend.</summary>
    /// <summary>The proposed starts everyone can attend, in Montréal's time (the pages are read by a member in France,
    /// who sees Paris first).</summary>
    private static IReadOnlyList<string> Starts(HtmlPage page) =>
        page.Document.QuerySelectorAll("table.slots tbody tr")
            .Where(r => r.QuerySelector("td:nth-child(2)")!.TextContent.Trim() == "3 / 3")
            .Select(r => r.QuerySelectorAll("time")[1].GetAttribute("datetime")!).ToList();

    [Fact]
    public async Task The_slot_finder_proposes_times_in_everyone_s_working_hours_of_the_offset_week()
    {
        var world = await app.CircleAsync();

        var page = await HtmlPage.GetAsync(world.Member.Client, $"/circles/{world.CircleId}/find-a-time?Input.Weeks=1&Input.Minutes=60");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var starts = Starts(page);
        Assert.NotEmpty(starts);
        // 10 March 2026: Montréal is already on summer time, Paris not yet; 09:00 to 12:00 Montréal is 14:00 to 17:00 Paris.
        Assert.All(starts, s => Assert.Matches(@"T(09|10|11):\d\d:00-04:00$", s));
        Assert.Contains("3 / 3", page.Text("table.slots tbody tr"));
    }

    [Fact]
    public async Task A_member_s_working_hours_narrow_the_proposed_times()
    {
        var world = await app.CircleAsync();
        var hours = await HtmlPage.GetAsync(world.Quebec.Client, "/circles/working-hours");
        Assert.Equal(HttpStatusCode.Redirect, (await hours.SubmitAsync(world.Quebec.Client, "main form",
            new Dictionary<string, string> { ["Input.Starts"] = "11:00", ["Input.Ends"] = "17:00" })).StatusCode);

        var page = await HtmlPage.GetAsync(world.Member.Client, $"/circles/{world.CircleId}/find-a-time?Input.Weeks=1&Input.Minutes=60");

        var starts = Starts(page);
        Assert.NotEmpty(starts);
        Assert.All(starts, s => Assert.EndsWith("T11:00:00-04:00", s));
    }

    [Fact]
    public async Task Working_hours_that_end_before_they_start_are_refused()
    {
        var world = await app.CircleAsync();
        var hours = await HtmlPage.GetAsync(world.Member.Client, "/circles/working-hours");

        var refused = await HtmlPage.FromAsync(await hours.SubmitAsync(world.Member.Client, "main form",
            new Dictionary<string, string> { ["Input.Starts"] = "17:00", ["Input.Ends"] = "09:00" }));

        Assert.Equal("The day ends after it starts.", refused.FieldError("Input.Ends"));
    }

    [Fact]
    public async Task After_an_early_session_for_Quebec_the_times_early_for_France_come_first()
    {
        var world = await app.CircleAsync();
        var plan = await HtmlPage.GetAsync(world.Quebec.Client, $"/circles/{world.CircleId}/sessions/new");
        await plan.SubmitAsync(world.Quebec.Client, "main form", CirclesTesting.SessionFields("Tôt pour Montréal", "2026-03-09", "09:00", minutes: "60"));

        var page = await HtmlPage.GetAsync(world.Member.Client, $"/circles/{world.CircleId}/find-a-time?Input.Weeks=1&Input.Minutes=60");

        Assert.Contains("fell to Québec", page.Text(".fairness"));
        Assert.Contains("France", page.Document.QuerySelector("table.slots tbody tr td:nth-child(4)")!.TextContent);
        Assert.Contains("their turn", page.Document.QuerySelector("table.slots tbody tr td:nth-child(4)")!.TextContent);
    }

    [Fact]
    public async Task A_proposed_time_opens_the_planning_form_at_that_time()
    {
        var world = await app.CircleAsync();

        var page = await HtmlPage.GetAsync(world.Quebec.Client, $"/circles/{world.CircleId}/sessions/new?at=2026-03-11T13:15:00Z&minutes=45");

        Assert.Equal("09:15", ((AngleSharp.Html.Dom.IHtmlInputElement)page.Document.QuerySelector("[name='Input.Time']")!).Value);
        Assert.Equal("45", ((AngleSharp.Html.Dom.IHtmlInputElement)page.Document.QuerySelector("[name='Input.DurationMinutes']")!).Value);
    }
}
