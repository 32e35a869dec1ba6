using System.Net;
using Passerelles.Tests.Home;
using Passerelles.Tests.Infrastructure;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Tests.Security;

/// <summary>The sent-mail page shows password-reset links: even in Development it is for network administrators only.
/// Visitors are asked to sign in; to anyone else signed in the page does not exist, as outside Development.</summary>
public sealed class DevelopmentMailTests(DevelopmentMailTests.MailInFolder app) : IClassFixture<DevelopmentMailTests.MailInFolder>
{
    /// <summary>Development writing its e-mail to a folder, as it does by default.</summary>
    public sealed class MailInFolder : AppFactory
    {
        public MailInFolder() => WithSetting("Email:Delivery", "PickupDirectory");

        protected override string Environment => "Development";
    }

    [Fact]
    public async Task A_visitor_is_sent_to_sign_in()
    {
        var response = await app.CreateBrowserlikeClient().GetAsync("/dev/mail");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login", response.Headers.Location!.AbsolutePath);
    }

    [Theory]
    [InlineData(MemberRole.OrganisationAdministrator)]
    [InlineData(MemberRole.Coach)]
    [InlineData(MemberRole.PartnerGuest)]
    public async Task Anyone_signed_in_but_a_network_administrator_gets_not_found_and_no_link(MemberRole role)
    {
        var organisation = await app.CreateOrganisationAsync();
        var (_, client) = await app.MemberAsync(organisation.Id, role, "en");

        var list = await client.GetAsync("/dev/mail");
        var message = await client.GetAsync("/dev/mail/some-message");
        var home = await HtmlPage.GetAsync(client, "/");

        Assert.Equal(HttpStatusCode.NotFound, list.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, message.StatusCode);
        Assert.DoesNotContain("/dev/mail", home.Menu());
    }

    [Fact]
    public async Task A_network_administrator_reads_the_sent_mail_from_the_menu()
    {
        var client = await app.AdministratorClientAsync();

        var home = await HtmlPage.GetAsync(client, "/");
        var mail = await HtmlPage.GetAsync(client, "/dev/mail");

        Assert.Equal("/dev/mail", home.Menu()[^1]);
        Assert.Equal(HttpStatusCode.OK, mail.Status);
    }
}
