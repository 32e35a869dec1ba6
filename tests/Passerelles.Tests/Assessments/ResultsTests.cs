using System.Net;
using Passerelles.Web.Features.Assessments;

namespace Passerelles.Tests.Assessments;

public sealed class ResultsTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static Dictionary<string, string> Answers(string need, string novelty, string participation) =>
        new() { ["need"] = need, ["novelty"] = novelty, ["participation"] = participation };

    [Fact]
    public async Task Results_show_each_assessors_scores_by_dimension_with_a_radar_and_the_same_numbers_in_a_table()
    {
        var p = await app.AssessedProjectAsync();
        await p.Team.AssessAsync(p, Answers("strong", "emerging", "na"));
        await p.Coach.AssessAsync(p, Answers("absent", "emerging", "present"));
        await p.PartnerCoach.AssessAsync(p, Answers("present", "present", "present"));

        var page = await HtmlPage.GetAsync(p.Team, $"/projects/{p.Project.Id}/assessments/results/{p.Version.Id}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var rows = page.Document.QuerySelectorAll("table.scores tbody tr").Select(r => r.Children.Select(c => c.TextContent.Trim()).ToList()).ToList();
        Assert.Equal(["Nature", "2", "0.5", "2"], rows[0]);
        Assert.Equal(["Process", "—", "2", "2"], rows[1]);
        Assert.Equal(["Total", "2", "1.25", "2"], rows[2]);
        var radar = page.Document.QuerySelector("svg.radar")!;
        Assert.Equal("img", radar.GetAttribute("role"));
        Assert.Equal("radar-title radar-desc", radar.GetAttribute("aria-labelledby"));
        Assert.Equal(3, radar.QuerySelectorAll("polygon.radar-series").Length);
    }

    [Fact]
    public async Task Calibration_marks_answers_two_or_more_levels_apart_as_a_disagreement_in_words()
    {
        var p = await app.AssessedProjectAsync();
        await p.Team.AssessAsync(p, Answers("strong", "emerging", "na"));
        await p.Coach.AssessAsync(p, Answers("absent", "emerging", "present"));
        await p.PartnerCoach.AssessAsync(p, Answers("present", "present", "present"));

        var page = await HtmlPage.GetAsync(p.Coach, $"/projects/{p.Project.Id}/assessments/results/{p.Version.Id}");

        var rows = page.Document.QuerySelectorAll("table.calibration tbody tr").ToList();
        Assert.Equal(["Strong", "Absent", "Present", "Disagreement"], rows[0].QuerySelectorAll("td").Select(c => c.TextContent.Trim()));
        Assert.Contains("disagreement", rows[0].ClassList);
        Assert.DoesNotContain("disagreement", rows[1].ClassList);
        Assert.Equal(["Not applicable", "Present", "Present", ""], rows[2].QuerySelectorAll("td").Select(c => c.TextContent.Trim()));
    }

    [Fact]
    public async Task Successive_assessments_show_over_time_and_the_latest_of_each_kind_is_compared()
    {
        var p = await app.AssessedProjectAsync();
        await p.Coach.AssessAsync(p, Answers("absent", "absent", "absent"));
        app.Clock.Advance(TimeSpan.FromHours(1));
        await p.Coach.AssessAsync(p, Answers("strong", "strong", "strong"));

        var page = await HtmlPage.GetAsync(p.Coach, $"/projects/{p.Project.Id}/assessments/results/{p.Version.Id}");

        var overTime = page.Document.QuerySelectorAll("table.over-time tbody tr").Select(r => r.QuerySelectorAll("td").Last().TextContent.Trim()).ToList();
        Assert.Equal(["0", "3"], overTime);
        Assert.Equal(["Total", "3"], page.Document.QuerySelectorAll("table.scores tr.total > *").Select(c => c.TextContent.Trim()));
    }

    [Fact]
    public async Task An_unscored_grid_never_shows_a_score_a_total_or_a_radar()
    {
        var p = await app.AssessedProjectAsync(scored: false);
        await p.Coach.AssessAsync(p, Answers("strong", "emerging", "present"));

        var page = await HtmlPage.GetAsync(p.Coach, $"/projects/{p.Project.Id}/assessments/results/{p.Version.Id}");

        Assert.Null(page.Document.QuerySelector("svg.radar"));
        Assert.Null(page.Document.QuerySelector("table.scores"));
        Assert.DoesNotContain("Total", page.Text("main"));
        Assert.Contains("deliberately unscored", page.Text("main"));
        Assert.Equal(3, page.Document.QuerySelectorAll("table.calibration tbody tr").Length);
    }

    [Fact]
    public void The_radar_is_an_image_with_a_title_and_encodes_every_label()
    {
        var svg = RadarChart.Render("r", "Scores <b>", "Same as the table", ["Need & aspiration", "Process", "Results"],
            [new RadarChart.Series("Coach", [3m, null, 1.5m])], 0, 3).ToString()!;

        Assert.Contains("role=\"img\"", svg);
        Assert.Contains("<title id=\"r-title\">Scores &lt;b&gt;</title>", svg);
        Assert.Contains("Need &amp; aspiration", svg);
        // The first axis points up: a full value sits at the top of the chart; a missing one at the centre.
        Assert.Contains("points=\"180,60 180,180 ", svg);
    }
}
