using System.Net;
using static Passerelles.Tests.Account.AccountTestKit;

namespace Passerelles.Tests.Account;

public sealed class LockoutTests(NetworkAppFactory app) : IClassFixture<NetworkAppFactory>
{
    private const string Paused =
        "Too many failed attempts: signing in with this address from here is paused for 15 minutes. You can reset your password meanwhile.";

    [Fact]
    public async Task Five_wrong_passwords_pause_that_address_from_that_client_only_for_fifteen_minutes()
    {
        var email = UniqueEmail("guessed");
        await app.CreateUserAsync(email);

        for (var attempt = 0; attempt < 4; attempt++) await PostSignInAsync(app.ClientFrom("203.0.113.5"), email, "wrong password here");
        var fifth = await HtmlPage.FromAsync(await PostSignInAsync(app.ClientFrom("203.0.113.5"), email, "wrong password here"));
        var rightPasswordWhilePaused = await HtmlPage.FromAsync(await PostSignInAsync(app.ClientFrom("203.0.113.5"), email, AppFactory.Password));
        var ownerElsewhere = await PostSignInAsync(app.ClientFrom("198.51.100.7"), email, AppFactory.Password);
        app.Clock.Advance(TimeSpan.FromMinutes(16));
        var afterThePause = await PostSignInAsync(app.ClientFrom("203.0.113.5"), email, AppFactory.Password);

        Assert.Equal(Paused, fifth.Text(".validation-summary-errors"));
        Assert.Equal(Paused, rightPasswordWhilePaused.Text(".validation-summary-errors"));
        Assert.Equal(HttpStatusCode.Redirect, ownerElsewhere.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, afterThePause.StatusCode);
    }

    [Fact]
    public async Task An_address_without_an_account_is_paused_with_the_same_words_so_nothing_tells_which_accounts_exist()
    {
        var email = UniqueEmail("exists");
        await app.CreateUserAsync(email);
        var ghost = UniqueEmail("ghost");

        var answers = new Dictionary<string, List<string>> { [email] = [], [ghost] = [] };
        foreach (var address in answers.Keys)
            for (var attempt = 0; attempt < 6; attempt++)
                answers[address].Add((await HtmlPage.FromAsync(await PostSignInAsync(app.ClientFrom("192.0.2.10"), address, "wrong password here"))).Text(".validation-summary-errors"));

        Assert.Equal(answers[email], answers[ghost]);
        Assert.Equal(Paused, answers[ghost][^1]);
    }

    [Fact]
    public async Task A_wrong_password_says_so_without_telling_whether_the_account_exists()
    {
        var email = UniqueEmail("exists");
        await app.CreateUserAsync(email);

        var wrongPassword = await HtmlPage.FromAsync(await PostSignInAsync(app.ClientFrom("192.0.2.20"), email, "wrong password here"));
        var noAccount = await HtmlPage.FromAsync(await PostSignInAsync(app.ClientFrom("192.0.2.20"), UniqueEmail("ghost"), "wrong password here"));

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
    public sealed class ThreeSignInsPerMinute : NetworkAppFactory
    {
        public ThreeSignInsPerMinute() => WithSetting("RateLimits:SignInPermitsPerMinute", "3");
    }

    [Fact]
    public async Task The_fourth_sign_in_attempt_within_a_minute_is_refused()
    {
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 4; attempt++)
            statuses.Add((await PostSignInAsync(app.ClientFrom("203.0.113.50"), "someone@exemple.fr", "not the password")).StatusCode);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task A_forwarded_address_from_a_proxy_not_named_in_configuration_is_not_believed_even_on_this_host()
    {
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 4; attempt++)
            statuses.Add((await PostSignInAsync(app.ClientFrom("127.0.0.1", forwardedFor: $"198.51.100.{attempt + 1}"), "someone@exemple.fr", "not the password")).StatusCode);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }
}

public sealed class KnownProxyTests(KnownProxyTests.BehindAProxy app) : IClassFixture<KnownProxyTests.BehindAProxy>
{
    public sealed class BehindAProxy : NetworkAppFactory
    {
        public BehindAProxy()
        {
            WithSetting("RateLimits:SignInPermitsPerMinute", "3");
            WithSetting("ForwardedHeaders:KnownProxies:0", "127.0.0.1");
        }
    }

    [Fact]
    public async Task Behind_a_proxy_named_in_configuration_each_client_address_has_its_own_sign_in_limit()
    {
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 4; attempt++)
            statuses.Add((await PostSignInAsync(app.ClientFrom("127.0.0.1", forwardedFor: $"198.51.100.{attempt + 1}"), "someone@exemple.fr", "not the password")).StatusCode);
        for (var attempt = 0; attempt < 4; attempt++)
            statuses.Add((await PostSignInAsync(app.ClientFrom("127.0.0.1", forwardedFor: "203.0.113.9"), "someone@exemple.fr", "not the password")).StatusCode);

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.OK, 7), HttpStatusCode.TooManyRequests], statuses);
    }
}
