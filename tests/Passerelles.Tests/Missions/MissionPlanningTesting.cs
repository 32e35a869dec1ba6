using Microsoft.EntityFrameworkCore;
using Passerelles.Tests.Coaching;
using Passerelles.Tests.Privacy.Transfers;
using Passerelles.Web.Features.Missions;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Tests.Missions;

internal static class MissionPlanningTesting
{
    /// <summary>A Québec incubator whose coach plans missions, and a French one whose coach may be invited.</summary>
    public sealed record MissionWorld(Organisation Quebec, Organisation France, CoachingTesting.Person Planner, CoachingTesting.Person Invitee);

    public static async Task<MissionWorld> MissionWorldAsync(this AppFactory app, string inviteeCulture = "en", bool transferAssessed = true)
    {
        var quebec = await app.CreateOrganisationAsync($"CERESO {Guid.NewGuid():N}"[..16], Side.Quebec);
        var france = await app.CreateOrganisationAsync($"PTCE {Guid.NewGuid():N}"[..14], Side.France);
        if (transferAssessed) await app.AssessTransferAsync(quebec.Id, france.Id);
        var planner = await CoachingTesting.PersonAsync(app, quebec.Id, name: "Julie Tremblay");
        var email = $"{Guid.NewGuid():N}@test.passerelles.org";
        var invitee = await app.CreateUserAsync(email, "Pierre Etcheverry", culture: inviteeCulture);
        await app.AddMemberAsync(france.Id, invitee.Id, MemberRole.Coach);
        return new MissionWorld(quebec, france, planner, new CoachingTesting.Person(invitee, await app.SignedInClientAsync(email)));
    }

    public static Dictionary<string, string> MissionFields(Guid leadId, string title = "Mission Québec → France 2023", string starts = "2023-10-16", string ends = "2023-10-24") => new()
    {
        ["Input.Title"] = title, ["Input.Direction"] = "QuebecToFrance", ["Input.StartsOn"] = starts, ["Input.EndsOn"] = ends,
        ["Input.Status"] = "Planning", ["Input.LeadOrganisationId"] = leadId.ToString(), ["Input.FundingProgramme"] = "Parcours numérique Québec-France",
        ["Input.Summary"] = "Visiter le **PTCE Sud Aquitaine**.<script>alert(1)</script>",
    };

    /// <summary>Plans a mission through its page, as the planner; returns its id.</summary>
    public static async Task<Guid> PlanAsync(this MissionWorld world, Dictionary<string, string>? fields = null)
    {
        var page = await HtmlPage.GetAsync(world.Planner.Client, "/missions/new");
        var response = await page.SubmitAsync(world.Planner.Client, "main form", fields ?? MissionFields(world.Quebec.Id));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return Guid.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
    }

    /// <summary>Invites the world's invitee through the invitation page; returns the response.</summary>
    public static async Task<HttpResponseMessage> InviteAsync(this AppFactory app, MissionWorld world, Guid missionId, string role = "Speaker",
        string from = "", string until = "")
    {
        var membership = await app.WithDbAsync(db => db.Memberships.Where(m => m.UserId == world.Invitee.User.Id).Select(m => m.Id).SingleAsync());
        var page = await HtmlPage.GetAsync(world.Planner.Client, $"/missions/{missionId}/delegation/invite");
        return await page.SubmitAsync(world.Planner.Client, "main form", new Dictionary<string, string>
        {
            ["Input.MembershipId"] = membership.ToString(), ["Input.Role"] = role, ["Input.TravelsFrom"] = from, ["Input.TravelsUntil"] = until,
        });
    }

    public static Task<Mission> MissionAsync(this AppFactory app, Guid id) =>
        app.WithDbAsync(db => db.Missions.AsNoTracking().Include(m => m.Members).Include(m => m.Objectives).SingleAsync(m => m.Id == id));
}
