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
        var grid = (await GridLoader.LoadGridAsync(db, gridId))!;
        var draft = grid.StartOrContinueDraft();
        draft.Publish(Instant.FromUtc(2026, 3, 10, 15, 0), null);
        await db.SaveChangesAsync();
        return (await GridLoader.LoadVersionAsync(db, draft.Id, tracked: false))!;
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

    /// <summary>Starts (or carries on with) the study of the territory for the sponsor, and submits the person's assessment.</summary>
    private static async Task<Guid> AssessTerritoryAsync(HttpClient client, GridVersion version, string territory, Guid sponsor, Dictionary<string, string> choices)
    {
        var id = await client.StartStudyAsync(version.Id, territory, "Québec", sponsor);
        var submitted = await client.AnswerAsync(id, version, choices, "Submit");
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.StartsWith("/assessments/territories/", submitted.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.EndsWith($"/results/{version.Id}", submitted.Headers.Location!.OriginalString, StringComparison.Ordinal);
        return id;
    }

    [Fact]
    public async Task A_territory_has_results_comparing_its_assessors_and_over_time()
    {
        var version = await app.VersionAsync(await app.CreatePublishedGridAsync(AssessmentsTesting.FourLevelFile(subject: "territory")));
        var cereso = await app.CreateOrganisationAsync();
        var ptce = await app.CreateOrganisationAsync();
        var ceresoAdmin = await app.StaffClientAsync(cereso.Id, Web.Features.Organisations.MemberRole.OrganisationAdministrator);
        var ptceAdmin = await app.StaffClientAsync(ptce.Id, Web.Features.Organisations.MemberRole.OrganisationAdministrator);
        var lanaudiere = AssessmentsTesting.Territory();
        var studyId = await app.CreateStudyAsync(lanaudiere, cereso.Id, ptce.Id);
        await AssessTerritoryAsync(ceresoAdmin, version, lanaudiere, cereso.Id, Answers("strong", "emerging", "present"));
        app.Clock.Advance(TimeSpan.FromHours(1));
        await AssessTerritoryAsync(ptceAdmin, version, lanaudiere, ptce.Id, Answers("absent", "emerging", "na"));
        await AssessTerritoryAsync(ptceAdmin, version, AssessmentsTesting.Territory("Seignanx"), ptce.Id, Answers("present", "present", "present"));

        var study = await HtmlPage.GetAsync(ceresoAdmin, $"/assessments/territories/{studyId}");
        var page = await HtmlPage.GetAsync(ceresoAdmin, TerritoryResultsModel.Address(studyId, version.Id));

        Assert.Equal($"Results of {lanaudiere} (Québec) with Trial grid (v1)", study.Text("ul.results a"));
        Assert.Equal(TerritoryResultsModel.Address(studyId, version.Id), study.Document.QuerySelector("ul.results a")!.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal($"Results of {lanaudiere} (Québec) with Trial grid", page.Text("h1"));
        var calibration = page.Document.QuerySelectorAll("table.calibration tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList()).ToList();
        Assert.Equal(["Strong", "Absent", "Disagreement"], calibration[0]);
        Assert.Equal(["Present", "Not applicable", ""], calibration[2]);
        Assert.Equal(2, page.Document.QuerySelectorAll("table.over-time tbody tr").Length);
        Assert.Equal(2, page.Document.QuerySelectorAll("svg.radar polygon.radar-series").Length);
        Assert.Equal(["Total", "2", "0.5"], page.Document.QuerySelectorAll("table.scores tr.total > *").Select(c => c.TextContent.Trim()));
    }

    [Fact]
    public async Task Territory_results_are_for_those_who_see_the_study_and_only_for_territory_grids()
    {
        var version = await app.VersionAsync(await app.CreatePublishedGridAsync(AssessmentsTesting.FourLevelFile(subject: "territory")));
        var projectGrid = await app.CreatePublishedGridAsync(AssessmentsTesting.FourLevelFile());
        var sponsor = await app.CreateOrganisationAsync();
        var administrator = await app.StaffClientAsync(sponsor.Id, Web.Features.Organisations.MemberRole.OrganisationAdministrator);
        var coach = await app.StaffClientAsync(sponsor.Id);
        var studyId = await app.CreateStudyAsync(AssessmentsTesting.Territory(), sponsor.Id);

        Assert.Equal(HttpStatusCode.NotFound, (await coach.GetAsync(TerritoryResultsModel.Address(studyId, version.Id))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await administrator.GetAsync(TerritoryResultsModel.Address(studyId, projectGrid))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await administrator.GetAsync(TerritoryResultsModel.Address(Guid.NewGuid(), version.Id))).StatusCode);
        var empty = await HtmlPage.GetAsync(administrator, TerritoryResultsModel.Address(studyId, version.Id));
        Assert.Contains("No assessment with this grid was submitted yet.", empty.Text("main"));
    }
}
