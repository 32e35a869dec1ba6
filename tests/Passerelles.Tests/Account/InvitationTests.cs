using System.Net;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Web.Features.Organisations;
using static Passerelles.Tests.Account.AccountTestKit;

namespace Passerelles.Tests.Account;

public sealed class InvitationTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task An_invited_newcomer_creates_an_account_and_joins_the_organisation()
    {
        var organisation = await app.CreateOrganisationAsync(side: Side.France);
        var email = UniqueEmail("newcomer");
        var token = await InviteAsync(organisation.Id, email, MemberRole.Coach);
        var client = app.EnglishClient();

        var page = await HtmlPage.GetAsync(client, $"/account/invitation?token={token}");
        var accepted = await page.SubmitAsync(client, "main form", Values(
            ("Input.DisplayName", "Julien Etcheverry"), ("Input.Password", "a long enough passphrase"), ("Input.ConfirmPassword", "a long enough passphrase")));
        var home = await HtmlPage.GetAsync(client, "/");

        Assert.Contains(organisation.Name, page.Text("h1"));
        Assert.Equal("/", accepted.Headers.Location!.OriginalString);
        Assert.Contains("Julien Etcheverry", home.Text("h1"));
        Assert.Contains(organisation.Name, home.Text("[role=status]"));
        var (culture, role, acceptedAt) = await app.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.NormalizedEmail == email.ToUpperInvariant());
            var membership = await db.Memberships.SingleAsync(m => m.UserId == user.Id && m.OrganisationId == organisation.Id);
            var invitation = await db.Invitations.SingleAsync(i => i.Email == email);
            return (user.PreferredCulture, membership.Role, invitation.AcceptedAt);
        });
        Assert.Equal("fr-FR", culture);
        Assert.Equal(MemberRole.Coach, role);
        Assert.NotNull(acceptedAt);
    }

    [Fact]
    public async Task An_invitation_works_only_once()
    {
        var organisation = await app.CreateOrganisationAsync();
        var email = UniqueEmail("once");
        var token = await InviteAsync(organisation.Id, email, MemberRole.ProjectMember);
        var client = app.EnglishClient();
        var page = await HtmlPage.GetAsync(client, $"/account/invitation?token={token}");
        await page.SubmitAsync(client, "main form", Values(
            ("Input.DisplayName", "First"), ("Input.Password", "a long enough passphrase"), ("Input.ConfirmPassword", "a long enough passphrase")));

        var latecomer = app.EnglishClient();
        var again = await HtmlPage.GetAsync(latecomer, $"/account/invitation?token={token}");
        // The used invitation's page holds no form: a token for this client is taken from the sign-in form.
        var signIn = await HtmlPage.GetAsync(latecomer, "/account/login");
        var antiforgery = signIn.Document.QuerySelector("main input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var replayed = await HtmlPage.FromAsync(await latecomer.PostAsync($"/account/invitation?handler=Create&token={token}", new FormUrlEncodedContent(Values(
            ("__RequestVerificationToken", antiforgery), ("Input.DisplayName", "Second"),
            ("Input.Password", "a long enough passphrase"), ("Input.ConfirmPassword", "a long enough passphrase")))));

        Assert.Contains("This invitation has already been used.", again.Text("#problem"));
        Assert.Null(again.Document.QuerySelector("main form"));
        Assert.Equal(HttpStatusCode.OK, replayed.Status);
        Assert.Contains("This invitation has already been used.", replayed.Text("#problem"));
        Assert.Equal(1, await app.WithDbAsync(db => db.Users.CountAsync(u => u.NormalizedEmail == email.ToUpperInvariant())));
    }

    [Fact]
    public async Task An_expired_or_unknown_invitation_is_refused()
    {
        var organisation = await app.CreateOrganisationAsync();
        var fifteenDaysAgo = Instant.FromDateTimeOffset(app.Clock.GetUtcNow()) - Duration.FromDays(15);
        var token = await InviteAsync(organisation.Id, UniqueEmail("late"), MemberRole.Coach, fifteenDaysAgo);

        var expired = await HtmlPage.GetAsync(app.EnglishClient(), $"/account/invitation?token={token}");
        var unknown = await HtmlPage.GetAsync(app.EnglishClient(), "/account/invitation?token=made-up");
        var missing = await HtmlPage.GetAsync(app.EnglishClient(), "/account/invitation");

        foreach (var page in new[] { expired, unknown, missing })
        {
            Assert.Contains("This invitation link is invalid or has expired.", page.Text("#problem"));
            Assert.Null(page.Document.QuerySelector("main form"));
        }
    }

    [Fact]
    public async Task Someone_with_an_account_signs_in_then_accepts()
    {
        var organisation = await app.CreateOrganisationAsync();
        var email = UniqueEmail("member");
        var user = await app.CreateUserAsync(email);
        var token = await InviteAsync(organisation.Id, email, MemberRole.OrganisationAdministrator);
        var invitationUrl = $"/account/invitation?token={token}";

        var anonymous = await HtmlPage.GetAsync(app.EnglishClient(), invitationUrl);
        var signInLink = anonymous.Document.QuerySelector("#sign-in-first")!.GetAttribute("href")!;
        var client = app.EnglishClient();
        var login = await HtmlPage.GetAsync(client, signInLink);
        var signedIn = await login.SubmitAsync(client, "main form", Values(("Input.Email", email), ("Input.Password", AppFactory.Password)));
        var page = await HtmlPage.GetAsync(client, signedIn.Headers.Location!.OriginalString);
        var accepted = await page.SubmitAsync(client, "main form");

        Assert.Null(anonymous.Document.QuerySelector("main form"));
        Assert.Equal(invitationUrl, signedIn.Headers.Location!.OriginalString);
        Assert.Equal("/", accepted.Headers.Location!.OriginalString);
        Assert.Equal(MemberRole.OrganisationAdministrator, await app.WithDbAsync(db =>
            db.Memberships.Where(m => m.UserId == user.Id && m.OrganisationId == organisation.Id).Select(m => m.Role).SingleAsync()));
    }

    [Fact]
    public async Task Someone_signed_in_as_another_person_is_asked_to_sign_in_as_the_invited_one()
    {
        var organisation = await app.CreateOrganisationAsync();
        var invited = UniqueEmail("invited");
        await app.CreateUserAsync(invited);
        var other = UniqueEmail("other");
        await app.CreateUserAsync(other);
        var token = await InviteAsync(organisation.Id, invited, MemberRole.Coach);

        var page = await HtmlPage.GetAsync(await app.SignedInClientAsync(other), $"/account/invitation?token={token}");

        Assert.NotNull(page.Document.QuerySelector("#sign-in-first"));
        Assert.Null(page.Document.QuerySelector("main form"));
    }

    [Fact]
    public async Task An_accented_address_is_invited_signs_up_and_signs_in()
    {
        var organisation = await app.CreateOrganisationAsync();
        var email = UniqueEmail("éloïse", "exemple.fr");
        var token = await InviteAsync(organisation.Id, email, MemberRole.ProjectMember);
        var client = app.EnglishClient();

        var page = await HtmlPage.GetAsync(client, $"/account/invitation?token={token}");
        await page.SubmitAsync(client, "main form", Values(
            ("Input.DisplayName", "Éloïse Gagné"), ("Input.Password", "a long enough passphrase"), ("Input.ConfirmPassword", "a long enough passphrase")));
        var signIn = await PostSignInAsync(app.EnglishClient(), email, "a long enough passphrase");

        Assert.Equal(email, page.Document.QuerySelector("#invited-email")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }

    [Fact]
    public async Task Mistakes_in_the_new_account_form_are_shown_next_to_the_fields()
    {
        var organisation = await app.CreateOrganisationAsync();
        var token = await InviteAsync(organisation.Id, UniqueEmail("hasty"), MemberRole.Coach);
        var client = app.EnglishClient();
        var page = await HtmlPage.GetAsync(client, $"/account/invitation?token={token}");

        var refused = await HtmlPage.FromAsync(await page.SubmitAsync(client, "main form", Values(
            ("Input.DisplayName", new string('n', 10_000)), ("Input.Password", "short"), ("Input.ConfirmPassword", "different"))));

        Assert.Equal("This field is too long.", refused.FieldError("Input.DisplayName"));
        Assert.Equal("The two passwords are not the same.", refused.FieldError("Input.ConfirmPassword"));
    }

    private async Task<string> InviteAsync(Guid organisationId, string email, MemberRole role, Instant? at = null)
    {
        var (invitation, token) = Invitation.Create(organisationId, email, role, at ?? Instant.FromDateTimeOffset(app.Clock.GetUtcNow()));
        await app.WithDbAsync(async db =>
        {
            db.Invitations.Add(invitation);
            await db.SaveChangesAsync();
        });
        return token;
    }
}
