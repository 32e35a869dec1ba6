using System.Net;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Tests.Coaching;
using Passerelles.Web.Data;
using Passerelles.Web.Features.Missions;

namespace Passerelles.Tests.Missions;

/// <summary>Planning a mission: its set-up, its objectives and the list of missions.</summary>
public sealed class PlanningTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Planning_a_mission_makes_the_planner_its_first_lead_who_accepted()
    {
        var world = await app.MissionWorldAsync();

        var id = await world.PlanAsync();

        var mission = await app.MissionAsync(id);
        Assert.Equal(("Mission Québec → France 2023", MissionDirection.QuebecToFrance, new LocalDate(2023, 10, 16), new LocalDate(2023, 10, 24), world.Quebec.Id),
            (mission.Title, mission.Direction, mission.StartsOn, mission.EndsOn, mission.LeadOrganisationId));
        var member = Assert.Single(mission.Members);
        Assert.Equal((world.Planner.User.Id, world.Quebec.Id, MissionRole.Lead, MissionInvitationStatus.Accepted), (member.UserId, member.OrganisationId, member.Role, member.Status));

        var page = await HtmlPage.GetAsync(world.Planner.Client, $"/missions/{id}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("PTCE Sud Aquitaine", page.Text(".profile strong"));
        Assert.DoesNotContain("<script>", page.Html);
        Assert.Equal("Québec → France", page.Texts("dd")[0]);
        Assert.Contains(page.Document.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/missions/{id}/itinerary");
        Assert.Equal(["Julie Tremblay", world.Quebec.Name, "Lead", "Accepted", "The mission's dates"], page.Texts($"#member-{member.Id} td").Take(5));
    }

    [Fact]
    public async Task A_mission_that_ends_before_it_starts_is_refused_next_to_the_end_date_in_the_planner_s_language()
    {
        var world = await app.MissionWorldAsync();
        var email = $"{Guid.NewGuid():N}@test.passerelles.org";
        var french = await app.CreateUserAsync(email, culture: "fr-FR");
        await app.AddMemberAsync(world.France.Id, french.Id, Passerelles.Web.Features.Organisations.MemberRole.Coach);
        var client = await app.SignedInClientAsync(email);
        var count = await app.WithDbAsync(db => db.Missions.CountAsync());

        var page = await HtmlPage.GetAsync(client, "/missions/new");
        var response = await HtmlPage.FromAsync(await page.SubmitAsync(client, "main form",
            MissionPlanningTesting.MissionFields(world.France.Id, starts: "2023-10-24", ends: "2023-10-16")));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("La mission ne peut pas se terminer avant de commencer.", response.FieldError("Input.EndsOn"));
        Assert.Equal(count, await app.WithDbAsync(db => db.Missions.CountAsync()));
    }

    [Fact]
    public async Task The_lead_must_be_an_organisation_the_planner_is_on_the_staff_of()
    {
        var world = await app.MissionWorldAsync();

        var page = await HtmlPage.GetAsync(world.Planner.Client, "/missions/new");
        var response = await HtmlPage.FromAsync(await page.SubmitAsync(world.Planner.Client, "main form", MissionPlanningTesting.MissionFields(world.France.Id)));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("Choose an organisation you are on the staff of.", response.FieldError("Input.LeadOrganisationId"));
    }

    [Fact]
    public async Task Someone_without_a_staff_role_may_not_plan_a_mission()
    {
        var guest = await app.PersonAsync((await app.CreateOrganisationAsync()).Id, Passerelles.Web.Features.Organisations.MemberRole.PartnerGuest);

        Assert.Equal(HttpStatusCode.Forbidden, (await guest.Client.GetAsync("/missions/new")).StatusCode);
        var list = await HtmlPage.GetAsync(guest.Client, "/missions");
        Assert.Equal("No mission yet.", list.Text(".empty"));
        Assert.DoesNotContain(list.Document.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/missions/new");
    }

    [Fact]
    public async Task An_edit_made_on_a_mission_changed_meanwhile_is_refused_and_the_other_change_kept()
    {
        var world = await app.MissionWorldAsync();
        var id = await world.PlanAsync();
        var first = await HtmlPage.GetAsync(world.Planner.Client, $"/missions/{id}/edit");
        var second = await HtmlPage.GetAsync(world.Planner.Client, $"/missions/{id}/edit");

        Assert.Equal(HttpStatusCode.Redirect, (await first.SubmitAsync(world.Planner.Client, "main form", new Dictionary<string, string> { ["Input.Title"] = "Mission d'automne" })).StatusCode);
        var refused = await HtmlPage.FromAsync(await second.SubmitAsync(world.Planner.Client, "main form", new Dictionary<string, string> { ["Input.Title"] = "Mission de printemps" }));

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Equal(VersionedSave.ChangedMeanwhile, refused.Text(".alert"));
        Assert.Equal("Mission d'automne", (await app.MissionAsync(id)).Title);
    }

    [Fact]
    public async Task An_objective_needs_a_theme_and_is_shown_with_the_partnership_objective_it_serves_then_removed_after_confirmation()
    {
        var world = await app.MissionWorldAsync();
        var id = await world.PlanAsync();

        var form = await HtmlPage.GetAsync(world.Planner.Client, $"/missions/{id}/objectives");
        var refused = await HtmlPage.FromAsync(await form.SubmitAsync(world.Planner.Client, "main form",
            new Dictionary<string, string> { ["Input.Text"] = "Rencontrer les acteurs du PTCE", ["Input.PartnershipObjective"] = "4" }));
        Assert.Equal("Choose at least one theme.", refused.FieldError("Input.Themes"));

        var saved = await refused.SubmitAsync(world.Planner.Client, "main form", new Dictionary<string, string> { ["Input.Themes"] = "Innovation" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var objective = Assert.Single((await app.MissionAsync(id)).Objectives);
        Assert.Equal((4, MissionThemes.Innovation), (objective.PartnershipObjective, objective.Themes));
        var page = await HtmlPage.GetAsync(world.Planner.Client, $"/missions/{id}");
        Assert.Contains("Serves: Build bridges between the two ecosystems", page.Text($"#objective-{objective.Id}"));
        Assert.Equal(["Innovation"], page.Texts($"#objective-{objective.Id} .badge"));

        var confirm = await HtmlPage.GetAsync(world.Planner.Client, $"/missions/{id}/objectives/{objective.Id}/remove");
        Assert.Equal("The objective “Rencontrer les acteurs du PTCE” will be removed from the mission.", confirm.Text("main form p"));
        Assert.Equal(HttpStatusCode.Redirect, (await confirm.SubmitAsync(world.Planner.Client, "main form")).StatusCode);
        Assert.Empty((await app.MissionAsync(id)).Objectives);
    }

    [Fact]
    public async Task The_list_shows_the_missions_the_person_may_see_the_latest_first()
    {
        var world = await app.MissionWorldAsync();
        var older = await world.PlanAsync(MissionPlanningTesting.MissionFields(world.Quebec.Id, "Mission du PTCE au Québec", "2022-11-07", "2022-11-12"));
        var newer = await world.PlanAsync(MissionPlanningTesting.MissionFields(world.Quebec.Id, "Mission 2027", "2027-03-20", "2027-03-28"));
        var outsider = await app.PersonAsync((await app.CreateOrganisationAsync()).Id);

        var list = await HtmlPage.GetAsync(world.Planner.Client, "/missions");
        var theirs = await HtmlPage.GetAsync(outsider.Client, "/missions");

        Assert.Equal(["Mission 2027", "Mission du PTCE au Québec"], list.Texts("tbody td:first-child"));
        Assert.Equal(["Mission 2027", "Québec → France", "From 3/20/2027 to 3/28/2027", "Being planned", world.Quebec.Name, "1"], list.Texts("tbody tr:first-child td"));
        Assert.Contains(list.Document.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/missions/new");
        Assert.Equal("No mission yet.", theirs.Text(".empty"));
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Client.GetAsync($"/missions/{newer}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Client.GetAsync($"/missions/{older}/edit")).StatusCode);
    }
}
