using System.Net;
using NodaTime;
using Microsoft.EntityFrameworkCore;
using Passerelles.Tests.Coaching;
using Passerelles.Web.Features.Missions;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Tests.Missions;

/// <summary>Building the delegation: invitations by e-mail, answers, roles and travel dates, and who may do what.</summary>
public sealed class DelegationTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task An_invited_member_gets_an_email_in_their_language_finds_the_invitation_at_home_and_accepts_it()
    {
        var world = await app.MissionWorldAsync(inviteeCulture: "fr-FR");
        var id = await world.PlanAsync();

        var response = await app.InviteAsync(world, id, from: "2023-10-20", until: "2023-10-24");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var member = (await app.MissionAsync(id)).Members.Single(m => m.UserId == world.Invitee.User.Id);
        Assert.Equal((world.France.Id, MissionRole.Speaker, MissionInvitationStatus.Invited, new LocalDate(2023, 10, 20)),
            (member.OrganisationId, member.Role, member.Status, member.TravelsFrom!.Value));
        var email = app.Mail.LastTo(world.Invitee.User.Email!);
        Assert.Equal("Invitation à la mission Mission Québec → France 2023", email.Subject);
        Assert.Contains($"Vous voyageriez pour {world.France.Name}. Votre rôle\u00a0: Intervenant·e.", email.TextBody);
        Assert.Equal($"/missions/{id}/invitation", CapturingMailer.LinkIn(email));

        var home = await HtmlPage.GetAsync(world.Invitee.Client, "/");
        Assert.Equal($"/missions/{id}/invitation", home.Document.QuerySelector(".home-mission-invitations a")!.GetAttribute("href"));

        var invitation = await HtmlPage.GetAsync(world.Invitee.Client, $"/missions/{id}/invitation");
        var accepted = await invitation.SubmitAsync(world.Invitee.Client, "form[action*='handler=Accept']");

        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal($"/missions/{id}", accepted.Headers.Location!.OriginalString);
        Assert.Equal(MissionInvitationStatus.Accepted, (await app.MissionAsync(id)).Members.Single(m => m.Id == member.Id).Status);
        Assert.Empty((await HtmlPage.GetAsync(world.Invitee.Client, "/")).Document.QuerySelectorAll(".home-mission-invitations"));
    }

    [Fact]
    public async Task Declining_an_invitation_hides_the_mission_from_the_invitee()
    {
        var world = await app.MissionWorldAsync();
        var id = await world.PlanAsync();
        await app.InviteAsync(world, id);

        var invitation = await HtmlPage.GetAsync(world.Invitee.Client, $"/missions/{id}/invitation");
        Assert.Equal(HttpStatusCode.OK, (await world.Invitee.Client.GetAsync($"/missions/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await invitation.SubmitAsync(world.Invitee.Client, "form[action*='handler=Decline']")).StatusCode);

        Assert.Equal(MissionInvitationStatus.Declined, (await app.MissionAsync(id)).Members.Single(m => m.UserId == world.Invitee.User.Id).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await world.Invitee.Client.GetAsync($"/missions/{id}")).StatusCode);
    }

    [Fact]
    public async Task Travel_dates_outside_the_mission_are_refused_next_to_the_field()
    {
        var world = await app.MissionWorldAsync();
        var id = await world.PlanAsync();

        var refused = await HtmlPage.FromAsync(await app.InviteAsync(world, id, from: "2023-10-10"));
        var backwards = await HtmlPage.FromAsync(await app.InviteAsync(world, id, from: "2023-10-20", until: "2023-10-18"));

        Assert.Equal("Travel dates fall within the mission's dates.", refused.FieldError("Input.TravelsFrom"));
        Assert.Equal("The return cannot come before the departure.", backwards.FieldError("Input.TravelsUntil"));
        Assert.Single((await app.MissionAsync(id)).Members);
        Assert.DoesNotContain(app.Mail.Sent, m => m.To == world.Invitee.User.Email);
    }

    [Fact]
    public async Task The_last_lead_who_accepted_can_be_neither_removed_nor_demoted()
    {
        var world = await app.MissionWorldAsync();
        var id = await world.PlanAsync();
        var lead = Assert.Single((await app.MissionAsync(id)).Members);

        var confirm = await HtmlPage.GetAsync(world.Planner.Client, $"/missions/{id}/delegation/{lead.Id}/remove");
        var removal = await HtmlPage.FromAsync(await confirm.SubmitAsync(world.Planner.Client, "main form"));
        var edit = await HtmlPage.GetAsync(world.Planner.Client, $"/missions/{id}/delegation/{lead.Id}/edit");
        var demotion = await HtmlPage.FromAsync(await edit.SubmitAsync(world.Planner.Client, "main form", new Dictionary<string, string> { ["Input.Role"] = "Member" }));

        Assert.Equal(HttpStatusCode.OK, removal.Status);
        Assert.Equal(Mission.LastLeadRule, removal.Text(".alert"));
        Assert.Equal(Mission.LastLeadRule, demotion.FieldError("Input.Role"));
        Assert.Equal(MissionRole.Lead, Assert.Single((await app.MissionAsync(id)).Members).Role);
    }

    [Fact]
    public async Task A_member_is_removed_after_confirmation_and_a_role_changed()
    {
        var world = await app.MissionWorldAsync();
        var id = await world.PlanAsync();
        await app.InviteAsync(world, id);
        var member = (await app.MissionAsync(id)).Members.Single(m => m.UserId == world.Invitee.User.Id);

        var edit = await HtmlPage.GetAsync(world.Planner.Client, $"/missions/{id}/delegation/{member.Id}/edit");
        Assert.Equal(HttpStatusCode.Redirect, (await edit.SubmitAsync(world.Planner.Client, "main form", new Dictionary<string, string> { ["Input.Role"] = "Guest" })).StatusCode);
        Assert.Equal(MissionRole.Guest, (await app.MissionAsync(id)).Members.Single(m => m.Id == member.Id).Role);

        var confirm = await HtmlPage.GetAsync(world.Planner.Client, $"/missions/{id}/delegation/{member.Id}/remove");
        Assert.Equal($"Pierre Etcheverry will no longer be part of the delegation of Mission Québec → France 2023.", confirm.Text("main form p"));
        Assert.Equal(HttpStatusCode.Redirect, (await confirm.SubmitAsync(world.Planner.Client, "main form")).StatusCode);
        Assert.DoesNotContain((await app.MissionAsync(id)).Members, m => m.Id == member.Id);
    }

    [Fact]
    public async Task A_member_who_does_not_manage_the_mission_sees_it_and_is_refused_its_changes_and_outsiders_learn_nothing()
    {
        var world = await app.MissionWorldAsync();
        var id = await world.PlanAsync();
        await app.InviteAsync(world, id);
        var lead = (await app.MissionAsync(id)).Members.Single(m => m.UserId == world.Planner.User.Id);
        var outsider = await app.PersonAsync(world.France.Id);

        Assert.Equal(HttpStatusCode.OK, (await world.Invitee.Client.GetAsync($"/missions/{id}")).StatusCode);
        foreach (var path in new[] { "edit", "objectives", "delegation/invite", $"delegation/{lead.Id}/edit", $"delegation/{lead.Id}/remove" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await world.Invitee.Client.GetAsync($"/missions/{id}/{path}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.Client.GetAsync($"/missions/{id}/{path}")).StatusCode);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Client.GetAsync($"/missions/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Client.GetAsync($"/missions/{id}/invitation")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await world.Invitee.Client.GetAsync($"/pick/people?mission={id}&pick.Input.MembershipId=ju")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Client.GetAsync($"/pick/people?mission={id}&pick.Input.MembershipId=ju")).StatusCode);
    }

    [Fact]
    public async Task The_people_picker_offers_each_membership_of_people_not_yet_in_the_delegation()
    {
        var world = await app.MissionWorldAsync();
        var id = await world.PlanAsync();
        await app.AddMemberAsync(world.Quebec.Id, world.Invitee.User.Id, MemberRole.PartnerGuest);

        var found = await HtmlPage.GetAsync(world.Planner.Client, $"/pick/people?mission={id}&pick.Input.MembershipId=etche");
        var planner = await HtmlPage.GetAsync(world.Planner.Client, $"/pick/people?mission={id}&pick.Input.MembershipId=julie");

        Assert.Equal(new[] { $"Pierre Etcheverry ({world.France.Name})", $"Pierre Etcheverry ({world.Quebec.Name})" }.Order(), found.Texts("label").Where(l => l.Contains(world.France.Name) || l.Contains(world.Quebec.Name)).Order());
        Assert.DoesNotContain(planner.Texts("label"), l => l.Contains(world.Quebec.Name));
    }
}
