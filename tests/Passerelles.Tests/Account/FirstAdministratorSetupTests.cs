using System.Net;
using Microsoft.EntityFrameworkCore;
using static Passerelles.Tests.Account.AccountTestKit;

namespace Passerelles.Tests.Account;

public sealed class FirstAdministratorSetupTests(FirstAdministratorSetupTests.EmptyInstallation app)
    : IClassFixture<FirstAdministratorSetupTests.EmptyInstallation>
{
    /// <summary>A new installation: nobody has an account yet.</summary>
    public sealed class EmptyInstallation : AppFactory
    {
        protected override bool CreateAdministrator => false;
    }

    [Fact]
    public async Task The_first_administrator_is_created_once_then_the_setup_page_is_gone()
    {
        var client = app.EnglishClient();
        var email = UniqueEmail("première", "exemple.fr");

        var redirected = await client.GetAsync("/");
        var setup = await HtmlPage.GetAsync(client, "/account/setup");
        var mistakes = await HtmlPage.FromAsync(await setup.SubmitAsync(client, "main form", Values(
            ("Input.DisplayName", "Camille Tremblay"), ("Input.Email", email), ("Input.Password", "short"), ("Input.ConfirmPassword", "short"), ("Input.Culture", "fr-CA"))));
        var created = await mistakes.SubmitAsync(client, "main form", Values(
            ("Input.DisplayName", "Camille Tremblay"), ("Input.Email", email),
            ("Input.Password", "the very first passphrase"), ("Input.ConfirmPassword", "the very first passphrase"), ("Input.Culture", "fr-CA")));
        var home = await HtmlPage.GetAsync(client, "/");
        var setupAgain = await app.EnglishClient().GetAsync("/account/setup");
        var intruder = app.EnglishClient();
        var login = await HtmlPage.GetAsync(intruder, "/account/login");
        var postAgain = await intruder.PostAsync("/account/setup", new FormUrlEncodedContent(Values(
            ("__RequestVerificationToken", login.Document.QuerySelector("main input[name=__RequestVerificationToken]")!.GetAttribute("value")!),
            ("Input.DisplayName", "Intruder"), ("Input.Email", UniqueEmail("intruder")),
            ("Input.Password", "the very first passphrase"), ("Input.ConfirmPassword", "the very first passphrase"), ("Input.Culture", "en"))));

        Assert.Equal("/account/setup", redirected.Headers.Location!.OriginalString);
        Assert.Equal("The password must have at least 10 characters.", mistakes.FieldError("Input.Password"));
        Assert.Equal("/", created.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, home.Status);
        Assert.Equal("fr-CA", home.Document.DocumentElement.GetAttribute("lang"));
        Assert.NotNull(home.Document.QuerySelector("#network-heading"));
        Assert.Equal(HttpStatusCode.NotFound, setupAgain.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, postAgain.StatusCode);
        var administrators = await app.WithDbAsync(db => db.Users.Select(u => new { u.Email, u.IsNetworkAdministrator }).ToListAsync());
        Assert.Equal(email, Assert.Single(administrators).Email);
        Assert.True(administrators[0].IsNetworkAdministrator);
    }
}
