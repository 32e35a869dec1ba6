using System.Net;
using Microsoft.EntityFrameworkCore;
using Passerelles.Web.Features.Organisations;
using static Passerelles.Tests.Organisations.OrganisationsTesting;

namespace Passerelles.Tests.Organisations;

public sealed class MembersTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static string NewEmail() => $"{Guid.NewGuid():N}@test.passerelles.org";

    private static async Task<HttpResponseMessage> InviteAsync(HttpClient client, Guid organisationId, string email, MemberRole role = MemberRole.ProjectMember)
    {
        var page = await HtmlPage.GetAsync(client, $"/organisations/{organisationId}/members");
        return await page.SubmitAsync(client, "form.invite", new Dictionary<string, string>
        {
            ["Invite.Email"] = email,
            ["Invite.Role"] = role.ToString(),
        });
    }

    [Fact]
    public async Task Members_see_the_list_with_names_addresses_and_roles()
    {
        var organisation = await app.CreateOrganisationAsync(Unique("Listed"));
        var colleague = await app.CreateUserAsync(NewEmail(), "Élodie Lavoie");
        await app.AddMemberAsync(organisation.Id, colleague.Id, MemberRole.Coach);
        var client = await app.SignedInMemberAsync(organisation.Id, MemberRole.ProjectMember);

        var page = await HtmlPage.GetAsync(client, $"/organisations/{organisation.Id}/members");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var row = page.Document.QuerySelectorAll("table.members tbody tr").Single(r => r.TextContent.Contains("Élodie Lavoie"));
        Assert.Contains(colleague.Email!, row.TextContent);
        Assert.Null(page.Document.QuerySelector("form.invite"));
        Assert.Empty(page.Document.QuerySelectorAll("table.members select"));
    }

    [Fact]
    public async Task A_member_of_another_organisation_cannot_see_the_members()
    {
        var organisation = await app.PublicOrganisationAsync(Unique("Public"));
        var hidden = await app.CreateOrganisationAsync(Unique("Private"));
        var other = await app.CreateOrganisationAsync(Unique("Elsewhere"));
        var client = await app.SignedInMemberAsync(other.Id, MemberRole.OrganisationAdministrator);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/organisations/{organisation.Id}/members")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/organisations/{hidden.Id}/members")).StatusCode);
        var details = await HtmlPage.GetAsync(client, $"/organisations/{organisation.Id}");
        Assert.Empty(details.Document.QuerySelectorAll($"a[href='/organisations/{organisation.Id}/members']"));
    }

    [Fact]
    public async Task An_invitation_is_sent_in_the_organisations_language_with_a_working_link()
    {
        var organisation = await app.CreateOrganisationAsync(Unique("Inviting"), Side.France);
        var client = await app.SignedInMemberAsync(organisation.Id, MemberRole.OrganisationAdministrator);
        var email = $"élodie.{Guid.NewGuid():N}@exemple.fr";

        var response = await InviteAsync(client, organisation.Id, email, MemberRole.Coach);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var message = app.Mail.LastTo(email);
        Assert.Contains(organisation.Name, message.Subject);
        Assert.StartsWith("Invitation à rejoindre", message.Subject);
        Assert.Contains("cet e-mail", message.TextBody);
        var link = CapturingMailer.LinkIn(message);
        Assert.StartsWith("/account/invitation?token=", link);
        var token = Uri.UnescapeDataString(link["/account/invitation?token=".Length..]);
        var invitation = await app.WithDbAsync(db => db.Invitations.SingleAsync(i => i.TokenHash == Invitation.Hash(token)));
        Assert.Equal((organisation.Id, email, MemberRole.Coach), (invitation.OrganisationId, invitation.Email, invitation.Role));

        var members = await HtmlPage.GetAsync(client, $"/organisations/{organisation.Id}/members");
        Assert.Contains(email, members.Text("table.invitations"));
    }

    [Fact]
    public async Task A_quebec_organisation_invites_in_quebec_french()
    {
        var organisation = await app.CreateOrganisationAsync(Unique("Québécoise"), Side.Quebec);
        var client = await app.SignedInMemberAsync(organisation.Id, MemberRole.OrganisationAdministrator);
        var email = NewEmail();

        await InviteAsync(client, organisation.Id, email);

        var message = app.Mail.LastTo(email);
        Assert.Contains("ce courriel", message.TextBody);
        Assert.Contains("Promoteur·trice", message.TextBody);
    }

    [Fact]
    public async Task A_second_invitation_to_the_same_address_or_to_a_member_is_refused()
    {
        var organisation = await app.CreateOrganisationAsync(Unique("Twice"));
        var client = await app.SignedInMemberAsync(organisation.Id, MemberRole.OrganisationAdministrator);
        var member = await app.CreateUserAsync(NewEmail());
        await app.AddMemberAsync(organisation.Id, member.Id, MemberRole.Coach);
        var email = NewEmail();
        await InviteAsync(client, organisation.Id, email);

        var again = await HtmlPage.FromAsync(await InviteAsync(client, organisation.Id, email.ToUpperInvariant()));
        var toMember = await HtmlPage.FromAsync(await InviteAsync(client, organisation.Id, member.Email!));

        Assert.NotNull(again.FieldError("Invite.Email"));
        Assert.NotNull(toMember.FieldError("Invite.Email"));
        Assert.Equal(1, await app.WithDbAsync(db => db.Invitations.CountAsync(i => i.OrganisationId == organisation.Id)));
    }

    [Fact]
    public async Task Only_administrators_invite()
    {
        var organisation = await app.CreateOrganisationAsync(Unique("Closed"));
        var client = await app.SignedInMemberAsync(organisation.Id, MemberRole.Coach);

        var page = await HtmlPage.GetAsync(client, $"/organisations/{organisation.Id}/members");
        var token = page.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var response = await client.PostAsync($"/organisations/{organisation.Id}/members?handler=Invite",
            new FormUrlEncodedContent([new("Invite.Email", NewEmail()), new("__RequestVerificationToken", token)]));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.Invitations.CountAsync(i => i.OrganisationId == organisation.Id)));
    }

    [Fact]
    public async Task An_invitation_can_be_revoked()
    {
        var organisation = await app.CreateOrganisationAsync(Unique("Revoking"));
        var client = await app.SignedInMemberAsync(organisation.Id, MemberRole.OrganisationAdministrator);
        var email = NewEmail();
        await InviteAsync(client, organisation.Id, email);
        var page = await HtmlPage.GetAsync(client, $"/organisations/{organisation.Id}/members");

        var response = await page.SubmitAsync(client, "table.invitations form");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.Invitations.CountAsync(i => i.OrganisationId == organisation.Id)));
    }

    [Fact]
    public async Task An_administrator_changes_a_members_role()
    {
        var organisation = await app.CreateOrganisationAsync(Unique("Roles"));
        var client = await app.SignedInMemberAsync(organisation.Id, MemberRole.OrganisationAdministrator);
        var member = await app.CreateUserAsync(NewEmail(), "Zoé Member");
        await app.AddMemberAsync(organisation.Id, member.Id, MemberRole.ProjectMember);
        var page = await HtmlPage.GetAsync(client, $"/organisations/{organisation.Id}/members");
        var membershipId = await app.WithDbAsync(db => db.Memberships.Where(m => m.UserId == member.Id).Select(m => m.Id).SingleAsync());

        var response = await page.SubmitAsync(client, $"form:has(input[value='{membershipId}'])", new Dictionary<string, string> { ["role"] = "Coach" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(MemberRole.Coach, await app.WithDbAsync(db => db.Memberships.Where(m => m.Id == membershipId).Select(m => m.Role).SingleAsync()));
    }

    [Fact]
    public async Task The_last_administrator_can_be_neither_removed_nor_demoted()
    {
        var organisation = await app.CreateOrganisationAsync(Unique("Last"));
        var admin = await app.CreateUserAsync(NewEmail());
        await app.AddMemberAsync(organisation.Id, admin.Id, MemberRole.OrganisationAdministrator);
        var membershipId = await app.WithDbAsync(db => db.Memberships.Where(m => m.UserId == admin.Id).Select(m => m.Id).SingleAsync());
        var client = await app.AdministratorClientAsync();

        var confirmation = await HtmlPage.GetAsync(client, $"/organisations/{organisation.Id}/members/{membershipId}/remove");
        var removal = await HtmlPage.FromAsync(await confirmation.SubmitAsync(client, "main form"));
        var members = await HtmlPage.GetAsync(client, $"/organisations/{organisation.Id}/members");
        var demotion = await HtmlPage.FromAsync(await members.SubmitAsync(client, $"form:has(input[value='{membershipId}'])", new Dictionary<string, string> { ["role"] = "Coach" }));

        Assert.Equal(HttpStatusCode.OK, removal.Status);
        Assert.NotEmpty(removal.Text("[role=alert]"));
        Assert.Equal(HttpStatusCode.OK, demotion.Status);
        Assert.NotEmpty(demotion.Text("[role=alert]"));
        var stored = await app.WithDbAsync(db => db.Memberships.SingleAsync(m => m.Id == membershipId));
        Assert.Equal(MemberRole.OrganisationAdministrator, stored.Role);
    }

    [Fact]
    public async Task A_member_is_removed_after_confirmation()
    {
        var organisation = await app.CreateOrganisationAsync(Unique("Removing"));
        var client = await app.SignedInMemberAsync(organisation.Id, MemberRole.OrganisationAdministrator);
        var member = await app.CreateUserAsync(NewEmail(), "Leaving Member");
        await app.AddMemberAsync(organisation.Id, member.Id, MemberRole.Coach);
        var members = await HtmlPage.GetAsync(client, $"/organisations/{organisation.Id}/members");
        var removeLink = members.Document.QuerySelectorAll("table.members tr").Single(r => r.TextContent.Contains("Leaving Member"))
            .QuerySelector("a[href$='/remove']")!.GetAttribute("href")!;

        var confirmation = await HtmlPage.GetAsync(client, removeLink);
        Assert.True(await app.WithDbAsync(db => db.Memberships.AnyAsync(m => m.UserId == member.Id)));
        var response = await confirmation.SubmitAsync(client, "main form");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Memberships.AnyAsync(m => m.UserId == member.Id)));
    }
}
