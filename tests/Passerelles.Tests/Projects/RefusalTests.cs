using System.Net;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Features.Projects;

namespace Passerelles.Tests.Projects;

/// <summary>A refusal says no more than it must: not found to whoever may not know the project exists, forbidden to
/// whoever sees it but may not do this to it; and nothing changes.</summary>
public sealed class RefusalTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task An_unrelated_coach_is_not_told_a_project_exists_and_its_team_sees_it_without_managing_it()
    {
        var espace = await app.CreateOrganisationAsync();
        var other = await app.CreateOrganisationAsync();
        var project = await app.CreateActiveProjectAsync(espace.Id);
        var (member, memberUserId, _) = await app.PersonClientAsync(null);
        var teamMember = await app.AddTeamMemberAsync(project.Id, memberUserId);
        var milestone = await app.WithDbAsync(async db =>
        {
            var m = new Milestone { ProjectId = project.Id, Kind = MilestoneKind.JobsCreated, On = new LocalDate(2026, 2, 1), Fte = 1 };
            db.Milestones.Add(m);
            await db.SaveChangesAsync();
            return m;
        });
        var otherCoach = await app.StaffClientAsync(other.Id);
        var id = project.Id;

        foreach (var url in new[] { $"/projects/{id}", $"/projects/{id}/timeline", $"/projects/{id}/coaching", $"/projects/{id}/sharing" })
        {
            Assert.Equal(HttpStatusCode.OK, (await member.GetAsync(url)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await otherCoach.GetAsync(url)).StatusCode);
        }
        foreach (var url in new[]
                 {
                     $"/projects/{id}/stage", $"/projects/{id}/delete", $"/projects/{id}/erase", $"/projects/{id}/decide",
                     $"/projects/{id}/team/new", $"/projects/{id}/team/{teamMember.Id}/edit", $"/projects/{id}/team/{teamMember.Id}/remove",
                     $"/projects/{id}/milestones/new", $"/projects/{id}/milestones/{milestone.Id}/edit", $"/projects/{id}/milestones/{milestone.Id}/delete",
                     $"/projects/{id}/documents/new", $"/coaching/new?project={id}",
                 })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync(url)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await otherCoach.GetAsync(url)).StatusCode);
        }

        var stage = await app.WithDbAsync(db => db.IncubatorStages.Where(s => s.IncubatorId == espace.Id).OrderByDescending(s => s.Position).Select(s => s.Id).FirstAsync());
        var move = new Dictionary<string, string> { ["Input.StageId"] = stage.ToString(), ["Input.Reason"] = "Forged" };
        Assert.Equal(HttpStatusCode.Forbidden, (await member.PostFormAsync($"/projects/{id}/stage", move)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherCoach.PostFormAsync($"/projects/{id}/stage", move)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.PostFormAsync($"/projects/{id}/delete")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherCoach.PostFormAsync($"/projects/{id}/milestones/{milestone.Id}/delete")).StatusCode);
        var unchanged = await app.ProjectAsync(id);
        Assert.Equal((project.CurrentStageId, (Instant?)null), (unchanged.CurrentStageId, unchanged.ArchivedAt));
        Assert.True(await app.WithDbAsync(db => db.Milestones.AnyAsync(m => m.Id == milestone.Id)));
    }

    [Fact]
    public async Task A_coach_sees_the_erase_page_refused_which_is_for_administrators()
    {
        var espace = await app.CreateOrganisationAsync();
        var project = await app.CreateActiveProjectAsync(espace.Id);
        var coach = await app.StaffClientAsync(espace.Id);

        Assert.Equal(HttpStatusCode.Forbidden, (await coach.GetAsync($"/projects/{project.Id}/erase")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await coach.PostFormAsync($"/projects/{project.Id}/erase",
            new Dictionary<string, string> { ["Confirmation"] = project.Name })).StatusCode);
        Assert.Null((await app.ProjectAsync(project.Id)).ErasedAt);
    }
}
