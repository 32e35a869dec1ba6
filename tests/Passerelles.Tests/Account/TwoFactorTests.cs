using System.Net;
using static Passerelles.Tests.Account.AccountTestKit;

namespace Passerelles.Tests.Account;

public sealed class TwoFactorTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Turning_on_two_factor_shows_a_key_a_QR_code_and_ten_recovery_codes_once()
    {
        var email = UniqueEmail("careful");
        await app.CreateUserAsync(email);
        var client = await SignedInEnglishClientAsync(email);

        var enable = await HtmlPage.GetAsync(client, "/account/two-factor/enable");
        var key = enable.Text("#shared-key");
        var done = await HtmlPage.FromAsync(await enable.SubmitAsync(client, "main form", Values(("Input.Code", AuthenticatorApp.Code(key, app.Clock)))));
        var status = await HtmlPage.GetAsync(client, "/account/two-factor");

        Assert.Matches(@"^([A-Z2-7]{4} )+[A-Z2-7]{1,4}$", key);
        Assert.NotNull(enable.Document.QuerySelector("div.qr[role=img][aria-label] svg"));
        Assert.DoesNotContain("style=", enable.Text("div.qr") + enable.Document.QuerySelector("div.qr")!.InnerHtml);
        Assert.Equal(10, done.Texts("#recovery-codes li").Count);
        Assert.Contains("Two-factor authentication is on", status.Text("#status"));
        Assert.Contains("Recovery codes left: 10.", status.Html);
    }

    [Fact]
    public async Task A_wrong_code_does_not_turn_two_factor_on()
    {
        var email = UniqueEmail("clumsy");
        await app.CreateUserAsync(email);
        var client = await SignedInEnglishClientAsync(email);

        var enable = await HtmlPage.GetAsync(client, "/account/two-factor/enable");
        var refused = await HtmlPage.FromAsync(await enable.SubmitAsync(client, "main form", Values(("Input.Code", AuthenticatorApp.WrongCode(enable.Text("#shared-key"), app.Clock)))));

        Assert.NotNull(refused.FieldError("Input.Code"));
        Assert.Equal(enable.Text("#shared-key"), refused.Text("#shared-key"));
        Assert.Equal(HttpStatusCode.Redirect, (await PostSignInAsync(app.EnglishClient(), email, AppFactory.Password)).StatusCode);
    }

    [Fact]
    public async Task Signing_in_then_asks_for_the_code_and_refuses_a_wrong_one()
    {
        var (email, key, _) = await PersonWithTwoFactorAsync("guarded");
        var client = app.EnglishClient();

        var afterPassword = await PostSignInAsync(client, email, AppFactory.Password);
        var codePage = await HtmlPage.GetAsync(client, afterPassword.Headers.Location!.OriginalString);
        var wrong = await HtmlPage.FromAsync(await codePage.SubmitAsync(client, "main form", Values(("Input.Code", AuthenticatorApp.WrongCode(key, app.Clock)))));
        var homeBeforeTheCode = await client.GetAsync("/");
        var right = await wrong.SubmitAsync(client, "main form", Values(("Input.Code", AuthenticatorApp.Code(key, app.Clock))));
        var home = await HtmlPage.GetAsync(client, "/");

        Assert.StartsWith("/account/login/two-factor", afterPassword.Headers.Location!.OriginalString);
        Assert.Equal("This code is not valid. Check the time on your phone and try the next code.", wrong.FieldError("Input.Code"));
        Assert.Equal(HttpStatusCode.Redirect, homeBeforeTheCode.StatusCode);
        Assert.StartsWith("/account/login", homeBeforeTheCode.Headers.Location!.AbsolutePath);
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal(HttpStatusCode.OK, home.Status);
    }

    [Fact]
    public async Task A_code_shown_minutes_ago_is_refused_and_the_code_shown_now_signs_in()
    {
        var (email, key, _) = await PersonWithTwoFactorAsync("slow");
        var client = app.EnglishClient();
        var afterPassword = await PostSignInAsync(client, email, AppFactory.Password);
        var codePage = await HtmlPage.GetAsync(client, afterPassword.Headers.Location!.OriginalString);
        var shownThen = AuthenticatorApp.Code(key, app.Clock);

        app.Clock.Advance(TimeSpan.FromMinutes(3));
        var expired = await HtmlPage.FromAsync(await codePage.SubmitAsync(client, "main form", Values(("Input.Code", shownThen))));
        var current = await expired.SubmitAsync(client, "main form", Values(("Input.Code", AuthenticatorApp.Code(key, app.Clock))));

        Assert.Equal(HttpStatusCode.OK, expired.Status);
        Assert.Equal("This code is not valid. Check the time on your phone and try the next code.", expired.FieldError("Input.Code"));
        Assert.Equal(HttpStatusCode.Redirect, current.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await HtmlPage.GetAsync(client, "/")).Status);
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once()
    {
        var (email, _, codes) = await PersonWithTwoFactorAsync("forgotphone");

        var first = await SignInWithRecoveryCodeAsync(email, codes[0]);
        var reused = await SignInWithRecoveryCodeAsync(email, codes[0]);

        Assert.Equal(HttpStatusCode.Redirect, first.Status);
        Assert.Equal(HttpStatusCode.OK, reused.Status);
        Assert.Equal("This recovery code is not valid.", reused.FieldError("Input.Code"));
    }

    [Fact]
    public async Task New_recovery_codes_replace_the_old_ones()
    {
        var (email, _, oldCodes) = await PersonWithTwoFactorAsync("renewer");
        var client = await SignedInWithRecoveryCodeClientAsync(email, oldCodes[0]);

        var confirm = await HtmlPage.GetAsync(client, "/account/two-factor/recovery-codes");
        var renewed = await HtmlPage.FromAsync(await confirm.SubmitAsync(client, "main form"));
        var newCodes = renewed.Texts("#recovery-codes li");

        Assert.Equal(10, newCodes.Count);
        Assert.Empty(newCodes.Intersect(oldCodes));
        Assert.Equal(HttpStatusCode.OK, (await SignInWithRecoveryCodeAsync(email, oldCodes[1])).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInWithRecoveryCodeAsync(email, newCodes[0])).Status);
    }

    [Fact]
    public async Task Turning_two_factor_off_asks_for_confirmation_then_signing_in_needs_only_the_password()
    {
        var (email, _, codes) = await PersonWithTwoFactorAsync("relaxed");
        var client = await SignedInWithRecoveryCodeClientAsync(email, codes[0]);

        var confirm = await HtmlPage.GetAsync(client, "/account/two-factor/disable");
        var off = await confirm.SubmitAsync(client, "main form");
        var status = await HtmlPage.GetAsync(client, "/account/two-factor");

        Assert.Equal(HttpStatusCode.OK, confirm.Status);
        Assert.Equal("/account/two-factor", off.Headers.Location!.OriginalString);
        Assert.Contains("Two-factor authentication is off", status.Text("#status"));
        Assert.Equal("/", (await PostSignInAsync(app.EnglishClient(), email, AppFactory.Password)).Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_remembered_device_is_not_asked_for_the_code_again()
    {
        var (email, key, _) = await PersonWithTwoFactorAsync("trusting");
        var client = app.CreateBrowserlikeClientOnAppClock();
        var afterPassword = await PostSignInAsync(client, email, AppFactory.Password);
        var codePage = await HtmlPage.GetAsync(client, afterPassword.Headers.Location!.OriginalString);
        await codePage.SubmitAsync(client, "main form", Values(("Input.Code", AuthenticatorApp.Code(key, app.Clock)), ("Input.RememberMachine", "true")));
        var home = await HtmlPage.GetAsync(client, "/");
        await home.SubmitAsync(client, "form[action='/account/logout']");

        var again = await PostSignInAsync(client, email, AppFactory.Password);

        Assert.Equal("/", again.Headers.Location!.OriginalString);
    }

    private async Task<HttpClient> SignedInEnglishClientAsync(string email)
    {
        var client = app.EnglishClient();
        var response = await PostSignInAsync(client, email, AppFactory.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    private async Task<(string Email, string Key, IReadOnlyList<string> RecoveryCodes)> PersonWithTwoFactorAsync(string name)
    {
        var email = UniqueEmail(name);
        await app.CreateUserAsync(email);
        var client = await SignedInEnglishClientAsync(email);
        var enable = await HtmlPage.GetAsync(client, "/account/two-factor/enable");
        var key = enable.Text("#shared-key");
        var done = await HtmlPage.FromAsync(await enable.SubmitAsync(client, "main form", Values(("Input.Code", AuthenticatorApp.Code(key, app.Clock)))));
        return (email, key, done.Texts("#recovery-codes li"));
    }

    private async Task<HtmlPage> SignInWithRecoveryCodeAsync(string email, string code) =>
        await HtmlPage.FromAsync(await SubmitRecoveryCodeAsync(app.EnglishClient(), email, code));

    private async Task<HttpClient> SignedInWithRecoveryCodeClientAsync(string email, string code)
    {
        var client = app.EnglishClient();
        Assert.Equal(HttpStatusCode.Redirect, (await SubmitRecoveryCodeAsync(client, email, code)).StatusCode);
        return client;
    }

    private static async Task<HttpResponseMessage> SubmitRecoveryCodeAsync(HttpClient client, string email, string code)
    {
        await PostSignInAsync(client, email, AppFactory.Password);
        var page = await HtmlPage.GetAsync(client, "/account/login/recovery-code");
        return await page.SubmitAsync(client, "main form", Values(("Input.Code", code)));
    }
}
