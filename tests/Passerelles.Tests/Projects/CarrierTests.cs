using System.Net;
using Microsoft.EntityFrameworkCore;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Features.Projects;

namespace Passerelles.Tests.Projects;

/// <summary>The administrators of a carrier act as staff of the incubators it carries, as far down as the chain goes
/// (a Cégep carries a CERESO, which carries an incubator); the carrier's coaches do not.</summary>
public sealed class CarrierTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_administrators_of_a_carrier_see_the_carried_incubators_projects_and_decide_its_applications()
    {
        var (cegep, cereso, espace) = await ChainAsync();
        var project = await app.CreateActiveProjectAsync(espace.Id, "Cantine portée");
        var cohort = await app.CreateCohortAsync(espace.Id);
        var application = await app.CreateApplicationAsync(espace.Id, "Ressourcerie portée");
        var ceresoAdministrator = await app.StaffClientAsync(cereso.Id, MemberRole.OrganisationAdministrator);
        var cegepAdministrator = await app.StaffClientAsync(cegep.Id, MemberRole.OrganisationAdministrator);
        var ceresoCoach = await app.StaffClientAsync(cereso.Id, MemberRole.Coach);

        foreach (var administrator in new[] { ceresoAdministrator, cegepAdministrator })
        {
            Assert.Equal(HttpStatusCode.OK, (await administrator.GetAsync($"/projects/{project.Id}")).StatusCode);
            Assert.Contains("Cantine portée", (await HtmlPage.GetAsync(administrator, "/projects")).Text("main"));
            Assert.Contains("Ressourcerie portée", (await HtmlPage.GetAsync(administrator, "/projects/applications")).Text("table.applications"));
            Assert.Equal(HttpStatusCode.OK, (await administrator.GetAsync($"/projects/{project.Id}/stage")).StatusCode);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await ceresoCoach.GetAsync($"/projects/{project.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ceresoCoach.GetAsync($"/projects/{application.Id}/decide")).StatusCode);

        var decided = await ceresoAdministrator.SubmitAsync($"/projects/{application.Id}/decide", new Dictionary<string, string>
        {
            ["Input.Decision"] = "Accept", ["Input.CohortId"] = cohort.Id.ToString(),
        });

        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        Assert.Equal(ProjectStatus.Active, (await app.ProjectAsync(application.Id)).Status);
    }

    [Fact]
    public async Task The_administrator_of_a_carrier_sets_up_the_programmes_cohorts_and_stages_of_the_incubators_it_carries()
    {
        var (cegep, _, espace) = await ChainAsync();
        var project = await app.CreateActiveProjectAsync(espace.Id);
        var cohortId = project.CohortId!.Value;
        var programmeId = await app.WithDbAsync(db => db.Cohorts.Where(c => c.Id == cohortId).Select(c => c.ProgrammeId).SingleAsync());
        var administrator = await app.StaffClientAsync(cegep.Id, MemberRole.OrganisationAdministrator);

        var programme = await administrator.SubmitAsync($"/programmes/{programmeId}/edit", new Dictionary<string, string> { ["Input.Name"] = "Parcours porté" });
        var cohort = await administrator.SubmitAsync($"/programmes/cohorts/{cohortId}/edit", new Dictionary<string, string> { ["Input.Capacity"] = "8" });
        var stage = await administrator.SubmitAsync($"/programmes/stages/{project.CurrentStageId}/edit",
            new Dictionary<string, string> { ["Input.QuebecLabel"] = "Idéation portée" });
        var created = await administrator.SubmitAsync($"/programmes/new?incubator={espace.Id}", new Dictionary<string, string> { ["Input.Name"] = "Parcours neuf" });

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect],
            [programme.StatusCode, cohort.StatusCode, stage.StatusCode, created.StatusCode]);
        Assert.Equal("Parcours porté", await app.WithDbAsync(db => db.Programmes.Where(p => p.Id == programmeId).Select(p => p.Name).SingleAsync()));
        Assert.Equal(8, await app.WithDbAsync(db => db.Cohorts.Where(c => c.Id == cohortId).Select(c => c.Capacity).SingleAsync()));
        Assert.Equal("Idéation portée", await app.WithDbAsync(db => db.IncubatorStages.Where(s => s.Id == project.CurrentStageId).Select(s => s.QuebecLabel).SingleAsync()));
        Assert.True(await app.WithDbAsync(db => db.Programmes.AnyAsync(p => p.IncubatorId == espace.Id && p.Name == "Parcours neuf")));
        var setUp = await HtmlPage.GetAsync(administrator, "/programmes");
        Assert.Contains("Parcours porté", setUp.Text("table.programmes"));
        Assert.Equal(HttpStatusCode.OK, (await administrator.GetAsync($"/programmes/stages/{espace.Id}")).StatusCode);
    }

    /// <summary>A Cégep carrying a CERESO, which carries an incubator.</summary>
    private async Task<(Organisation Cegep, Organisation Cereso, Organisation Espace)> ChainAsync()
    {
        var cegep = await app.CreateOrganisationAsync(side: Side.Quebec);
        var cereso = await app.CreateOrganisationAsync(side: Side.Quebec);
        var espace = await app.CreateOrganisationAsync(side: Side.Quebec);
        await app.CarryAsync(cegep.Id, cereso.Id);
        await app.CarryAsync(cereso.Id, espace.Id);
        return (cegep, cereso, espace);
    }
}
