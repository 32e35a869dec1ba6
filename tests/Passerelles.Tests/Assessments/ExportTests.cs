using System.Net;
using System.Text;
using Passerelles.Tests.Projects;

namespace Passerelles.Tests.Assessments;

public sealed class ExportTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_answers_export_as_csv_one_line_per_criterion_with_formulas_neutralised()
    {
        var p = await app.AssessedProjectAsync(name: "Friperie");
        var need = $"Answers[{p.Version.Criterion("need")}]";
        var id = await p.Coach.StartAsync(p.Project.Id, p.Version.Id);
        await p.Coach.AnswerAsync(id, p.Version, new Dictionary<string, string> { ["need"] = "strong", ["novelty"] = "absent", ["participation"] = "na" }, "Submit",
            new Dictionary<string, string> { [need + ".Evidence"] = "=HYPERLINK(\"http://evil\")", [need + ".Comment"] = "Clear, \"documented\" need" });

        var response = await p.Team.GetAsync($"/assessments/{id}/export.csv");
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("assessment_id,subject,region,grid,version,assessor_kind", lines[0]);
        Assert.Contains(",need,Need,strong,Strong,3,no,\"'=HYPERLINK(\"\"http://evil\"\")\",,\"Clear, \"\"documented\"\" need\"", lines[1]);
        Assert.Contains(",participation,Participation,,,,yes,", lines[3]);
        Assert.Contains("Friperie", lines[1]);
    }

    [Fact]
    public async Task Only_readers_of_the_project_export_and_drafts_stay_with_their_assessor()
    {
        var p = await app.AssessedProjectAsync();
        await p.Coach.AssessAsync(p, new Dictionary<string, string> { ["need"] = "strong", ["novelty"] = "absent", ["participation"] = "na" });
        var draft = await p.Team.StartAsync(p.Project.Id, p.Version.Id);

        var project = await p.PartnerCoach.GetAsync($"/projects/{p.Project.Id}/assessments/results/{p.Version.Id}/export.csv");
        var staffWide = await p.Coach.GetAsync($"/assessments/export.csv?version={p.Version.Id}");

        Assert.Equal(4, (await project.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(4, (await staffWide.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(HttpStatusCode.NotFound, (await p.Outsider.GetAsync($"/projects/{p.Project.Id}/assessments/results/{p.Version.Id}/export.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await p.Coach.GetAsync($"/assessments/{draft}/export.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await p.Team.GetAsync($"/assessments/{draft}/export.csv")).StatusCode);
        Assert.Single((await (await p.Outsider.GetAsync($"/assessments/export.csv?version={p.Version.Id}")).Content.ReadAsStringAsync())
            .Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task The_assessment_page_prints_without_its_links()
    {
        var p = await app.AssessedProjectAsync();
        var id = await p.Coach.AssessAsync(p, new Dictionary<string, string> { ["need"] = "strong", ["novelty"] = "absent", ["participation"] = "na" });

        var page = await HtmlPage.GetAsync(p.Coach, $"/assessments/{id}");

        Assert.NotNull(page.Document.QuerySelector("p.no-print a[href$='/export.csv']"));
        Assert.NotNull(page.Document.QuerySelector("button[data-print][hidden]"));
        Assert.Equal(3, page.Document.QuerySelectorAll(".assessment-answers dt").Length);
    }
}
