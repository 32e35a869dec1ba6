using System.Net;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Tests.Grids;
using Passerelles.Tests.Projects;
using Passerelles.Web.Features.Assessments;
using Passerelles.Web.Features.Grids;

namespace Passerelles.Tests.Assessments;

/// <summary>Results that mix versions of a grid, and results of a territory.</summary>
public sealed class ComparisonTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static Dictionary<string, string> Answers(string need, string novelty, string participation) =>
        new() { ["need"] = need, ["novelty"] = novelty, ["participation"] = participation };

    /// <summary>Publishes the next version of the grid, a copy of <paramref name="versionId"/>.</summary>
    private Task<GridVersion> NextVersionAsync(Guid versionId) => app.WithDbAsync(async db =>
    {
        var gridId = await db.GridVersions.Where(v => v.Id == versionId).Select(v => v.GridId).SingleAsync();
        var grid = (await GridAccess.LoadGridAsync(db, gridId))!;
        var draft = grid.StartOrContinueDraft();
        draft.Publish(Instant.FromUtc(2026, 3, 10, 15, 0), null);
        await db.SaveChangesAsync();
        return (await GridAccess.LoadVersionAsync(db, draft.Id, tracked: false))!;
    });

    private static async Task<Guid> AssessWithAsync(HttpClient client, Guid projectId, GridVersion version, Dictionary<string, string> choices)
    {
        var id = await client.StartAsync(projectId, version.Id);
        Assert.Equal(HttpStatusCode.Redirect, (await client.AnswerAsync(id, version, choices, "Submit")).StatusCode);
        return id;
    }

    [Fact]
    public async Task Results_on_a_later_version_explain_why_an_unmapped_earlier_version_is_left_out()
    {
        var p = await app.AssessedProjectAsync();
        await p.Coach.AssessAsync(p, Answers("strong", "emerging", "present"));
        var v2 = await NextVersionAsync(p.Version.Id);
        await AssessWithAsync(p.PartnerCoach, p.Project.Id, v2, Answers("absent", "present", "present"));

        var page = await HtmlPage.GetAsync(p.Coach, $"/projects/{p.Project.Id}/assessments/results/{v2.Id}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Assessments with version 1 cannot be compared with this version: nobody has declared how their criteria correspond", page.Text(".not-mapped"));
        Assert.Equal($"/grids/versions/{v2.Id}/mapping?from={p.Version.Id}", page.Document.QuerySelector(".other-versions a")!.GetAttribute("href"));
        Assert.Single(page.Document.QuerySelectorAll("table.over-time tbody tr"));
        Assert.Equal(["Absent", ""], page.Document.QuerySelectorAll("table.calibration tbody tr").First().QuerySelectorAll("td").Select(c => c.TextContent.Trim()));
        Assert.Equal(3, page.Document.QuerySelectorAll("table.calibration thead th").Length);
    }

    [Fact]
    public async Task Once_a_mapping_is_declared_an_earlier_versions_answers_join_the_comparison_and_unmapped_criteria_are_named()
    {
        var p = await app.AssessedProjectAsync();
        await p.Coach.AssessAsync(p, Answers("strong", "emerging", "present"));
        var v2 = await NextVersionAsync(p.Version.Id);
        app.Clock.Advance(TimeSpan.FromHours(1));
        await AssessWithAsync(p.PartnerCoach, p.Project.Id, v2, Answers("absent", "present", "present"));
        var admin = await app.SignedInCoachAsync();
        var mapping = await HtmlPage.GetAsync(admin, $"/grids/versions/{v2.Id}/mapping");
        // Novelty in version 2 is declared new: it does not continue version 1's novelty.
        var saved = await mapping.SubmitAsync(admin, "main form", new Dictionary<string, string> { [$"Links[{v2.Criterion("novelty")}]"] = "" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var page = await HtmlPage.GetAsync(p.Coach, $"/projects/{p.Project.Id}/assessments/results/{v2.Id}");

        Assert.Contains("Assessments with version 1 are included below, carried over through the declared mapping.", page.Text(".other-versions"));
        var calibration = page.Document.QuerySelectorAll("table.calibration tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList()).ToList();
        Assert.Equal(["Strong", "Absent", "Disagreement"], calibration[0]);
        Assert.Equal(["—", "Present", ""], calibration[1]);
        var overTime = page.Document.QuerySelectorAll("table.over-time tbody tr").ToList();
        Assert.Equal(2, overTime.Count);
        Assert.StartsWith("v1", overTime[0].QuerySelector("td.version")!.TextContent.Trim());
        Assert.Contains("Left out, no counterpart in this version: Novelty", overTime[0].QuerySelector(".left-out")!.TextContent);
        Assert.Equal(["Total", "2.5", "1.5"], page.Document.QuerySelectorAll("table.scores tr.total > *").Select(c => c.TextContent.Trim()));
    }

    [Fact]
    public async Task The_heat_map_carries_an_earlier_version_over_only_through_a_mapping_and_says_why_otherwise()
    {
        var p = await app.AssessedProjectAsync();
        await p.Coach.AssessAsync(p, Answers("strong", "emerging", "present"));
        var v2 = await NextVersionAsync(p.Version.Id);
        var heatmap = $"/programmes/cohorts/{p.Project.CohortId}/heatmap?version={v2.Id}";

        var before = await HtmlPage.GetAsync(p.Coach, heatmap);
        await app.WithDbAsync(async db =>
        {
            db.GridVersionMappings.Add(new GridVersionMapping
            {
                FromVersionId = p.Version.Id, ToVersionId = v2.Id, DeclaredAt = Instant.FromUtc(2026, 3, 10, 15, 0),
                Links = [new GridCriterionLink { FromCriterionId = p.Version.Criterion("need"), ToCriterionId = v2.Criterion("need") }],
            });
            await db.SaveChangesAsync();
        });
        var after = await HtmlPage.GetAsync(p.Coach, heatmap);

        Assert.Contains("Assessments with version 1 cannot be compared with this version", before.Text(".not-mapped"));
        Assert.Equal("—", before.Document.QuerySelector("table.heatmap tbody td")!.TextContent.Trim());
        Assert.Null(after.Document.QuerySelector(".not-mapped"));
        Assert.Equal(["Strong", "—", "—"], after.Document.QuerySelectorAll("table.heatmap tbody tr").Select(r => r.QuerySelector("td")!.TextContent.Trim()));
    }

    private static async Task<Guid> AssessTerritoryAsync(HttpClient client, GridVersion version, string territory, Dictionary<string, string> choices)
    {
        var started = await client.SubmitAsync("/assessments/territories", new Dictionary<string, string>
        {
            ["Input.GridVersionId"] = version.Id.ToString(), ["Input.Territory"] = territory, ["Input.Region"] = "Québec",
        });
        var id = Guid.Parse(started.Headers.Location!.OriginalString.Split('/')[2]);
        var submitted = await client.AnswerAsync(id, version, choices, "Submit");
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.Equal(TerritoryResultsModel.Address(version.Id, territory, "Québec"), submitted.Headers.Location!.OriginalString);
        return id;
    }

    [Fact]
    public async Task A_territory_has_results_comparing_its_assessors_and_over_time()
    {
        var version = await app.VersionAsync(await app.CreatePublishedGridAsync(AssessmentsTesting.FourLevelFile(subject: "territory")));
        var espace = await app.StaffClientAsync((await app.CreateOrganisationAsync()).Id);
        var tube = await app.StaffClientAsync((await app.CreateOrganisationAsync()).Id);
        await AssessTerritoryAsync(espace, version, "Lanaudière", Answers("strong", "emerging", "present"));
        app.Clock.Advance(TimeSpan.FromHours(1));
        await AssessTerritoryAsync(tube, version, "Lanaudière", Answers("absent", "emerging", "na"));
        await AssessTerritoryAsync(tube, version, "Seignanx", Answers("present", "present", "present"));

        var list = await HtmlPage.GetAsync(espace, "/assessments/territories");
        var page = await HtmlPage.GetAsync(espace, TerritoryResultsModel.Address(version.Id, "Lanaudière", "Québec"));

        Assert.Contains("Results of Lanaudière (Québec) with Trial grid (v1)", list.Text("main"));
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Results of Lanaudière (Québec) with Trial grid", page.Text("h1"));
        var calibration = page.Document.QuerySelectorAll("table.calibration tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList()).ToList();
        Assert.Equal(["Strong", "Absent", "Disagreement"], calibration[0]);
        Assert.Equal(["Present", "Not applicable", ""], calibration[2]);
        Assert.Equal(2, page.Document.QuerySelectorAll("table.over-time tbody tr").Length);
        Assert.Equal(2, page.Document.QuerySelectorAll("svg.radar polygon.radar-series").Length);
        Assert.Equal(["Total", "2", "0.5"], page.Document.QuerySelectorAll("table.scores tr.total > *").Select(c => c.TextContent.Trim()));
    }

    [Fact]
    public async Task Territory_results_are_for_staff_and_only_for_territory_grids()
    {
        var version = await app.VersionAsync(await app.CreatePublishedGridAsync(AssessmentsTesting.FourLevelFile(subject: "territory")));
        var projectGrid = await app.CreatePublishedGridAsync(AssessmentsTesting.FourLevelFile());
        var incubator = await app.CreateOrganisationAsync();
        var coach = await app.StaffClientAsync(incubator.Id);
        var member = await app.StaffClientAsync(incubator.Id, Web.Features.Organisations.MemberRole.ProjectMember);

        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync(TerritoryResultsModel.Address(version.Id, "Lanaudière", "Québec"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coach.GetAsync(TerritoryResultsModel.Address(projectGrid, "Lanaudière", "Québec"))).StatusCode);
        var empty = await HtmlPage.GetAsync(coach, TerritoryResultsModel.Address(version.Id, "Lanaudière", "Québec"));
        Assert.Contains("No assessment with this grid was submitted yet.", empty.Text("main"));
    }
}
