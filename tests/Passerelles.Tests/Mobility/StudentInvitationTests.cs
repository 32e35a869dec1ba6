using System.Net;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Tests.Account;
using Passerelles.Tests.Missions;
using Passerelles.Web.Features.Mobility;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Tests.Mobility;

/// <summary>A sending organisation's coordinators invite students to apply: the e-mail in the invitation's language, the
/// single-use link that makes an account (or signs one in), a membership of the organisation and the application form
/// with it chosen; the list of invitations, resending and revoking; used, revoked and expired links.</summary>
public sealed class StudentInvitationTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Password = "a long enough passphrase";

    private async Task<(MobilityWorld World, MissionsTesting.Person Coordinator)> WorldAsync()
    {
        var world = await app.MobilityWorldAsync();
        return (world, await app.PersonAsync(world.College.Id, MemberRole.OrganisationAdministrator));
    }

    private static string Address(MobilityWorld world) => $"/mobility/organisations/{world.College.Id}/invitations";

    private static async Task<HttpResponseMessage> InviteAsync(HttpClient client, MobilityWorld world, string name, string email, string culture = "en",
        string? target = null) =>
        await (await HtmlPage.GetAsync(client, Address(world))).SubmitAsync(client, "main form[method=post]", new Dictionary<string, string>
        {
            ["Input.Name"] = name, ["Input.Email"] = email, ["Input.Culture"] = culture, ["Input.Target"] = target ?? $"offer:{world.Offer.Id}",
        });

    private static string Token(string link) => Uri.UnescapeDataString(link["/mobility/invitation?token=".Length..]);

    private static Dictionary<string, string> NewAccount(string name) =>
        new() { ["Input.DisplayName"] = name, ["Input.Password"] = Password, ["Input.ConfirmPassword"] = Password };

    [Fact]
    public async Task An_invited_student_creates_an_account_and_lands_on_the_application_form_with_their_sending_organisation()
    {
        var (world, coordinator) = await WorldAsync();
        var email = AccountTestKit.UniqueEmail("lea");

        var mobility = await HtmlPage.GetAsync(coordinator.Client, "/mobility");
        Assert.Equal(Address(world), mobility.Document.QuerySelector("#invite-students a")!.GetAttribute("href"));
        var invited = await InviteAsync(coordinator.Client, world, "Léa Tremblay", email, culture: "fr-CA");

        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        var mail = app.Mail.LastTo(email);
        Assert.Equal($"Invitation à postuler à {world.Offer.Title}", MissionsTesting.Plain(mail.Subject));
        Assert.Contains("Bonjour Léa Tremblay,", mail.TextBody);
        Assert.Contains($"vous invite à postuler au stage {world.Offer.Title}, avec {world.College.Name} comme organisation d'envoi.", mail.TextBody);
        Assert.Contains("Si vous n'attendiez pas ce courriel, vous pouvez l'ignorer.", mail.TextBody);
        var link = CapturingMailer.LinkIn(mail);
        Assert.StartsWith("/mobility/invitation?token=", link);

        var student = app.EnglishClient();
        var page = await HtmlPage.GetAsync(student, link);
        Assert.Equal($"Apply to {world.Offer.Title}", page.Text("h1"));
        Assert.Equal("Léa Tremblay", page.Document.QuerySelector("[name='Input.DisplayName']")!.GetAttribute("value"));
        var created = await page.SubmitAsync(student, "main form", NewAccount("Léa Tremblay"));

        Assert.Equal($"/mobility/offers/{world.Offer.Id}/apply?sending={world.College.Id}", created.Headers.Location!.OriginalString);
        var apply = await HtmlPage.GetAsync(student, created.Headers.Location.OriginalString);
        Assert.Equal(HttpStatusCode.OK, apply.Status);
        Assert.Equal(world.College.Id.ToString(), apply.Document.QuerySelector("[name='Input.SendingOrganisationId'] option[selected]")!.GetAttribute("value"));
        Assert.Contains($"{world.College.Name} sends you: you may now apply.", apply.Text("[role=status]"));
        var (culture, role, acceptedAt) = await app.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.NormalizedEmail == email.ToUpperInvariant());
            var membership = await db.Memberships.SingleAsync(m => m.UserId == user.Id && m.OrganisationId == world.College.Id);
            return (user.PreferredCulture, membership.Role, (await db.StudentInvitations.SingleAsync(i => i.Email == email)).AcceptedAt);
        });
        Assert.Equal(("fr-CA", MemberRole.PartnerGuest), (culture, role));
        Assert.NotNull(acceptedAt);
        var list = await HtmlPage.GetAsync(coordinator.Client, Address(world));
        Assert.Equal(["Accepted"], list.Texts("#invitations .invitation-status"));
        Assert.Empty(list.Document.QuerySelectorAll("#invitations form, #invitations a"));
    }

    [Fact]
    public async Task An_existing_account_signs_in_first_then_joins_and_applies_for_the_sending_organisation()
    {
        var (world, coordinator) = await WorldAsync();
        var other = await app.CreateOrganisationAsync();
        var student = await app.PersonAsync(other.Id, MemberRole.PartnerGuest);
        var email = await app.WithDbAsync(db => db.Users.Where(u => u.Id == student.Id).Select(u => u.Email!).SingleAsync());
        await InviteAsync(coordinator.Client, world, "Camille", email, culture: "fr-FR");
        var mail = app.Mail.LastTo(email);
        Assert.Contains("Si vous n'attendiez pas cet e-mail, vous pouvez l'ignorer.", mail.TextBody);
        var link = CapturingMailer.LinkIn(mail);

        var visitor = await HtmlPage.GetAsync(app.EnglishClient(), link);
        Assert.Equal($"An account already exists for {email}. Sign in with it to accept the invitation.", visitor.Text("main .card p:nth-of-type(2)"));
        Assert.Equal("/account/login?returnUrl=" + Uri.EscapeDataString(link), visitor.Document.QuerySelector("#sign-in-first")!.GetAttribute("href"));

        var page = await HtmlPage.GetAsync(student.Client, link);
        var joined = await page.SubmitAsync(student.Client, "main form");

        Assert.Equal($"/mobility/offers/{world.Offer.Id}/apply?sending={world.College.Id}", joined.Headers.Location!.OriginalString);
        var apply = await HtmlPage.GetAsync(student.Client, joined.Headers.Location.OriginalString);
        Assert.Equal(2, apply.Document.QuerySelectorAll("[name='Input.SendingOrganisationId'] option").Length);
        Assert.Equal(world.College.Id.ToString(), apply.Document.QuerySelector("[name='Input.SendingOrganisationId'] option[selected]")!.GetAttribute("value"));
        Assert.Equal(MemberRole.PartnerGuest, await app.WithDbAsync(db => db.Memberships.Where(m => m.UserId == student.Id && m.OrganisationId == world.College.Id)
            .Select(m => m.Role).SingleAsync()));
    }

    [Fact]
    public async Task A_used_revoked_expired_or_unknown_link_gets_a_clear_page()
    {
        var (world, coordinator) = await WorldAsync();
        var (used, revoked, expired) = (AccountTestKit.UniqueEmail("used"), AccountTestKit.UniqueEmail("revoked"), AccountTestKit.UniqueEmail("expired"));
        foreach (var email in new[] { used, revoked, expired }) await InviteAsync(coordinator.Client, world, "Student", email);
        var links = new[] { used, revoked, expired }.Select(e => CapturingMailer.LinkIn(app.Mail.LastTo(e))).ToArray();
        var first = app.EnglishClient();
        await (await HtmlPage.GetAsync(first, links[0])).SubmitAsync(first, "main form", NewAccount("First"));
        var revokedId = await app.WithDbAsync(db => db.StudentInvitations.Where(i => i.Email == revoked).Select(i => i.Id).SingleAsync());
        var confirm = await HtmlPage.GetAsync(coordinator.Client, $"/mobility/invitations/{revokedId}/revoke");
        Assert.Equal($"Revoke the invitation of Student ({revoked}) to apply to {world.Offer.Title}? The link they received will no longer work.", confirm.Text("main .card p"));
        Assert.Equal(HttpStatusCode.Redirect, (await confirm.SubmitAsync(coordinator.Client, "main form")).StatusCode);
        var past = Instant.FromDateTimeOffset(app.Clock.GetUtcNow()) - Duration.FromMinutes(1);
        await app.WithDbAsync(db => db.StudentInvitations.Where(i => i.Email == expired).ExecuteUpdateAsync(s => s.SetProperty(i => i.ExpiresAt, past)));

        var pages = new List<HtmlPage>();
        foreach (var link in links.Append("/mobility/invitation?token=made-up").Append("/mobility/invitation"))
            pages.Add(await HtmlPage.GetAsync(app.EnglishClient(), link));

        Assert.All(pages, p => Assert.Equal(HttpStatusCode.OK, p.Status));
        Assert.All(pages, p => Assert.Null(p.Document.QuerySelector("main form")));
        Assert.Equal(
        [
            "This invitation has already been used. Sign in with your account to apply.",
            "This invitation was withdrawn by the organisation that sent it. Ask it for a new one if you still wish to apply.",
            "This invitation has expired. Ask the organisation that sent it for a new one.",
            "This invitation link is not valid. Check that you copied it whole, or ask for a new invitation.",
            "This invitation link is not valid. Check that you copied it whole, or ask for a new invitation.",
        ], pages.Select(p => p.Text("#problem")));
        var list = await HtmlPage.GetAsync(coordinator.Client, Address(world));
        Assert.Equal(["Accepted", "Expired", "Revoked"], list.Texts("#invitations .invitation-status").Order());
        var again = await HtmlPage.GetAsync(coordinator.Client, $"/mobility/invitations/{revokedId}/revoke");
        Assert.Equal("This invitation is no longer pending: it was used, revoked, or it expired.", again.Text("#not-pending"));
    }

    [Fact]
    public async Task Inviting_an_address_already_invited_to_the_same_offer_is_refused_next_to_the_field()
    {
        var (world, coordinator) = await WorldAsync();
        var email = AccountTestKit.UniqueEmail("twice");
        await InviteAsync(coordinator.Client, world, "Student", email);

        var again = await HtmlPage.FromAsync(await InviteAsync(coordinator.Client, world, "Student", email.ToUpperInvariant()));
        var toTheCall = await InviteAsync(coordinator.Client, world, "Student", email, target: $"call:{world.Call.Id}");

        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Equal("An invitation to apply to this offer is already waiting for this address.", again.FieldError("Input.Email"));
        Assert.Equal("Student", again.Document.QuerySelector("[name='Input.Name']")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.Redirect, toTheCall.StatusCode);
        Assert.Equal(2, app.Mail.Sent.Count(m => m.To == email));
        Assert.Equal(2, await app.WithDbAsync(db => db.StudentInvitations.CountAsync(i => i.Email == email)));
    }

    [Fact]
    public async Task The_invitation_form_refuses_missing_and_unknown_values_next_to_their_fields()
    {
        var (world, coordinator) = await WorldAsync();

        var page = await HtmlPage.FromAsync(await InviteAsync(coordinator.Client, world, "", "not an address", culture: "de", target: $"offer:{Guid.NewGuid()}"));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("This field is required.", page.FieldError("Input.Name"));
        Assert.Equal("This e-mail address is not valid.", page.FieldError("Input.Email"));
        Assert.Equal("Choose one of the values in the list.", page.FieldError("Input.Culture"));
        Assert.Equal("Choose one of the values in the list.", page.FieldError("Input.Target"));
        Assert.Equal(0, await app.WithDbAsync(db => db.StudentInvitations.CountAsync(i => i.SendingOrganisationId == world.College.Id)));
    }

    [Fact]
    public async Task Resending_sends_a_new_link_and_ends_the_old_one()
    {
        var (world, coordinator) = await WorldAsync();
        var email = AccountTestKit.UniqueEmail("resend");
        await InviteAsync(coordinator.Client, world, "Student", email, target: $"call:{world.Call.Id}");
        var firstLink = CapturingMailer.LinkIn(app.Mail.LastTo(email));
        Assert.Contains($"to apply to an internship of the call {world.Call.Title}, sent by {world.College.Name}.", app.Mail.LastTo(email).TextBody);

        var list = await HtmlPage.GetAsync(coordinator.Client, Address(world));
        var resent = await list.SubmitAsync(coordinator.Client, "#invitations form");

        Assert.Equal(HttpStatusCode.Redirect, resent.StatusCode);
        var secondLink = CapturingMailer.LinkIn(app.Mail.LastTo(email));
        Assert.NotEqual(firstLink, secondLink);
        var old = await HtmlPage.GetAsync(app.EnglishClient(), firstLink);
        Assert.Equal("This invitation link is not valid. Check that you copied it whole, or ask for a new invitation.", old.Text("#problem"));
        var student = app.EnglishClient();
        var created = await (await HtmlPage.GetAsync(student, secondLink)).SubmitAsync(student, "main form", NewAccount("Student"));
        Assert.Equal("/mobility", created.Headers.Location!.OriginalString);
        var after = await HtmlPage.GetAsync(coordinator.Client, Address(world) + "?status=Accepted");
        Assert.Equal(["Accepted"], after.Texts("#invitations .invitation-status"));
    }

    [Fact]
    public async Task Only_the_sending_organisations_coordinators_invite_resend_and_revoke()
    {
        var (world, coordinator) = await WorldAsync();
        var email = AccountTestKit.UniqueEmail("guarded");
        await InviteAsync(coordinator.Client, world, "Student", email);
        var invitationId = await app.WithDbAsync(db => db.StudentInvitations.Where(i => i.Email == email).Select(i => i.Id).SingleAsync());
        var coach = await app.PersonAsync(world.College.Id, MemberRole.Coach);

        Assert.Equal(HttpStatusCode.Forbidden, (await coach.Client.GetAsync(Address(world))).StatusCode);
        // The call's coordinator, at another organisation, does not see the college's private profile.
        Assert.Equal(HttpStatusCode.NotFound, (await world.Coordinator.Client.GetAsync(Address(world))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coach.Client.GetAsync($"/mobility/invitations/{invitationId}/revoke")).StatusCode);
        // The coach's own antiforgery token, from a form they may see.
        var apply = await HtmlPage.GetAsync(coach.Client, $"/mobility/offers/{world.Offer.Id}/apply");
        var token = apply.Document.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var invite = await coach.Client.PostAsync(Address(world), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Input.Name"] = "Other", ["Input.Email"] = AccountTestKit.UniqueEmail("other"),
            ["Input.Culture"] = "en", ["Input.Target"] = $"offer:{world.Offer.Id}",
        }));
        var resend = await coach.Client.PostAsync($"{Address(world)}?handler=Resend", new FormUrlEncodedContent(new Dictionary<string, string>
            { ["__RequestVerificationToken"] = token, ["invitationId"] = invitationId.ToString() }));
        var revoke = await coach.Client.PostAsync($"/mobility/invitations/{invitationId}/revoke", new FormUrlEncodedContent(new Dictionary<string, string>
            { ["__RequestVerificationToken"] = token }));

        Assert.Equal(HttpStatusCode.Forbidden, invite.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, resend.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, revoke.StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.StudentInvitations.CountAsync(i => i.SendingOrganisationId == world.College.Id)));
        Assert.Single(app.Mail.Sent, m => m.To == email);
        Assert.Null(await app.WithDbAsync(db => db.StudentInvitations.Where(i => i.Id == invitationId).Select(i => i.RevokedAt).SingleAsync()));
    }
}
