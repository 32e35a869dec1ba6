using System.Net;
using Microsoft.EntityFrameworkCore;
using Passerelles.Tests.Projects;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Tests.Assessments;

public sealed class HeatmapTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_cohort_heat_map_writes_each_level_beside_its_colour_for_staff_only()
    {
        var p = await app.AssessedProjectAsync(name: "Atelier vélo");
        var other = await app.CreateActiveProjectAsync(p.Incubator.Id, "Boulangerie coop");
        var cohortId = p.Project.CohortId!.Value;
        await app.WithDbAsync(async db =>
        {
            var cohort = await db.Cohorts.Include(c => c.Programme).SingleAsync(c => c.Id == cohortId);
            (await db.Projects.SingleAsync(x => x.Id == other.Id)).MoveToCohort(cohort);
            await db.SaveChangesAsync();
        });
        await p.Coach.AssessAsync(p, new Dictionary<string, string> { ["need"] = "strong", ["novelty"] = "absent", ["participation"] = "na" });

        var page = await HtmlPage.GetAsync(p.Coach, $"/programmes/cohorts/{cohortId}/heatmap?version={p.Version.Id}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(["Criterion", "Atelier vélo", "Boulangerie coop"], page.Document.QuerySelectorAll("table.heatmap thead th").Select(h => h.TextContent.Trim()));
        var cells = page.Document.QuerySelectorAll("table.heatmap tbody tr").Select(r => r.QuerySelectorAll("td").ToList()).ToList();
        Assert.Equal(("Strong", "level-3"), (cells[0][0].TextContent.Trim(), cells[0][0].ClassName));
        Assert.Equal(("Absent", "level-0"), (cells[1][0].TextContent.Trim(), cells[1][0].ClassName));
        Assert.Equal("Not applicable", cells[2][0].TextContent.Trim());
        Assert.Equal("—", cells[0][1].TextContent.Trim());

        Assert.Equal(HttpStatusCode.NotFound, (await p.PartnerCoach.GetAsync($"/programmes/cohorts/{cohortId}/heatmap")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await p.Team.GetAsync($"/programmes/cohorts/{cohortId}/heatmap")).StatusCode);
    }
}
