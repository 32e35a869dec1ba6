using System.Net;
using static Passerelles.Tests.Account.AccountTestKit;

namespace Passerelles.Tests.Account;

public sealed class LockoutTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_for_fifteen_minutes()
    {
        var email = UniqueEmail("guessed");
        await app.CreateUserAsync(email);

        for (var attempt = 0; attempt < 4; attempt++) await PostSignInAsync(app.EnglishClient(), email, "wrong password here");
        var fifth = await HtmlPage.FromAsync(await PostSignInAsync(app.EnglishClient(), email, "wrong password here"));
        var rightPasswordWhileLocked = await HtmlPage.FromAsync(await PostSignInAsync(app.EnglishClient(), email, AppFactory.Password));
        app.Clock.Advance(TimeSpan.FromMinutes(16));
        var afterTheLockout = await PostSignInAsync(app.EnglishClient(), email, AppFactory.Password);

        Assert.Contains("this account is locked for 15 minutes", fifth.Text(".validation-summary-errors"));
        Assert.Contains("this account is locked for 15 minutes", rightPasswordWhileLocked.Text(".validation-summary-errors"));
        Assert.Equal(HttpStatusCode.Redirect, afterTheLockout.StatusCode);
    }

    [Fact]
    public async Task A_wrong_password_says_so_without_telling_whether_the_account_exists()
    {
        var email = UniqueEmail("exists");
        await app.CreateUserAsync(email);

        var wrongPassword = await HtmlPage.FromAsync(await PostSignInAsync(app.EnglishClient(), email, "wrong password here"));
        var noAccount = await HtmlPage.FromAsync(await PostSignInAsync(app.EnglishClient(), UniqueEmail("ghost"), "wrong password here"));

        Assert.Equal("The e-mail address or the password is incorrect.", wrongPassword.Text(".validation-summary-errors"));
        Assert.Equal(wrongPassword.Text(".validation-summary-errors"), noAccount.Text(".validation-summary-errors"));
    }

    [Fact]
    public async Task Over_long_sign_in_input_gets_field_errors()
    {
        var page = await HtmlPage.FromAsync(await PostSignInAsync(app.EnglishClient(), new string('é', 10_000) + "@exemple.fr", new string('x', 10_000)));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("This field is too long.", page.FieldError("Input.Email"));
        Assert.Equal("This field is too long.", page.FieldError("Input.Password"));
    }

    [Fact]
    public async Task Someone_with_an_accented_address_signs_in()
    {
        var email = UniqueEmail("élodie", "exemple.fr");
        await app.CreateUserAsync(email, "Élodie Lavoie");

        var client = await app.SignedInClientAsync(email);
        var home = await HtmlPage.GetAsync(client, "/");

        Assert.Contains("Élodie Lavoie", home.Text("h1"));
    }
}

public sealed class SignInRateLimitTests(SignInRateLimitTests.ThreeSignInsPerMinute app) : IClassFixture<SignInRateLimitTests.ThreeSignInsPerMinute>
{
    public sealed class ThreeSignInsPerMinute : AppFactory
    {
        public ThreeSignInsPerMinute() => WithSetting("RateLimits:SignInPermitsPerMinute", "3");
    }

    [Fact]
    public async Task The_fourth_sign_in_attempt_within_a_minute_is_refused()
    {
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 4; attempt++)
            statuses.Add((await PostSignInAsync(app.EnglishClient(), "someone@exemple.fr", "not the password")).StatusCode);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }
}
