using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using static Passerelles.Tests.Account.AccountTestKit;

namespace Passerelles.Tests.Account;

public sealed class PasswordResetTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string NewPassword = "a brand new passphrase";

    [Fact]
    public async Task A_forgotten_password_is_reset_through_the_emailed_link()
    {
        var email = UniqueEmail("forgetful");
        await app.CreateUserAsync(email, culture: "fr-FR");
        var client = app.EnglishClient();

        var confirmation = await RequestResetAsync(client, email);
        var mail = app.Mail.LastTo(email);
        var reset = await HtmlPage.GetAsync(client, CapturingMailer.LinkIn(mail));
        var done = await HtmlPage.FromAsync(await reset.SubmitAsync(client, "main form", Values(
            ("Input.NewPassword", NewPassword), ("Input.ConfirmPassword", NewPassword))));

        Assert.NotNull(confirmation.Document.QuerySelector("#sent"));
        Assert.Equal("Réinitialisez votre mot de passe Passerelles", mail.Subject);
        Assert.NotNull(done.Document.QuerySelector("#done"));
        Assert.Equal(HttpStatusCode.Redirect, (await PostSignInAsync(app.EnglishClient(), email, NewPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PostSignInAsync(app.EnglishClient(), email, AppFactory.Password)).StatusCode);
    }

    [Fact]
    public async Task An_unknown_address_gets_the_same_answer_and_no_mail()
    {
        var known = UniqueEmail("known");
        await app.CreateUserAsync(known);
        var unknown = UniqueEmail("nobody");

        var forKnown = await RequestResetAsync(app.EnglishClient(), known);
        var forUnknown = await RequestResetAsync(app.EnglishClient(), unknown);

        Assert.Equal(forKnown.Text("main"), forUnknown.Text("main"));
        Assert.DoesNotContain(app.Mail.Sent, m => m.To == unknown);
    }

    [Fact]
    public async Task A_tampered_reset_link_is_refused()
    {
        var email = UniqueEmail("tampered");
        await app.CreateUserAsync(email);
        var client = app.EnglishClient();

        var page = await HtmlPage.GetAsync(client, $"/account/reset-password?email={Uri.EscapeDataString(email)}&code=bm90LWEtdG9rZW4");
        var refused = await HtmlPage.FromAsync(await page.SubmitAsync(client, "main form", Values(
            ("Input.NewPassword", NewPassword), ("Input.ConfirmPassword", NewPassword))));
        var garbled = await HtmlPage.FromAsync(await page.SubmitAsync(client, "main form", Values(
            ("Code", "%%%"), ("Input.NewPassword", NewPassword), ("Input.ConfirmPassword", NewPassword))));

        Assert.Contains("This link is invalid or has expired.", refused.Text(".validation-summary-errors"));
        Assert.Contains("This link is invalid or has expired.", garbled.Text(".validation-summary-errors"));
        Assert.Equal(HttpStatusCode.Redirect, (await PostSignInAsync(app.EnglishClient(), email, AppFactory.Password)).StatusCode);
    }

    [Fact]
    public async Task A_reset_link_works_only_once()
    {
        var email = UniqueEmail("twice");
        await app.CreateUserAsync(email);
        var client = app.EnglishClient();
        await RequestResetAsync(client, email);
        var link = CapturingMailer.LinkIn(app.Mail.LastTo(email));

        var first = await HtmlPage.GetAsync(client, link);
        await first.SubmitAsync(client, "main form", Values(("Input.NewPassword", NewPassword), ("Input.ConfirmPassword", NewPassword)));
        var second = await HtmlPage.GetAsync(client, link);
        var refused = await HtmlPage.FromAsync(await second.SubmitAsync(client, "main form", Values(
            ("Input.NewPassword", "yet another passphrase"), ("Input.ConfirmPassword", "yet another passphrase"))));

        Assert.Contains("This link is invalid or has expired.", refused.Text(".validation-summary-errors"));
    }

    [Fact]
    public async Task Resetting_the_password_lifts_a_lockout()
    {
        var email = UniqueEmail("locked");
        await app.CreateUserAsync(email);
        for (var attempt = 0; attempt < 5; attempt++) await PostSignInAsync(app.EnglishClient(), email, "not the password at all");
        var client = app.EnglishClient();

        await RequestResetAsync(client, email);
        var reset = await HtmlPage.GetAsync(client, CapturingMailer.LinkIn(app.Mail.LastTo(email)));
        await reset.SubmitAsync(client, "main form", Values(("Input.NewPassword", NewPassword), ("Input.ConfirmPassword", NewPassword)));

        Assert.Equal(HttpStatusCode.Redirect, (await PostSignInAsync(app.EnglishClient(), email, NewPassword)).StatusCode);
    }

    [Fact]
    public async Task Mismatched_or_short_new_passwords_are_shown_next_to_the_fields()
    {
        var email = UniqueEmail("short");
        await app.CreateUserAsync(email);
        var client = app.EnglishClient();
        await RequestResetAsync(client, email);
        var reset = await HtmlPage.GetAsync(client, CapturingMailer.LinkIn(app.Mail.LastTo(email)));

        var mismatch = await HtmlPage.FromAsync(await reset.SubmitAsync(client, "main form", Values(
            ("Input.NewPassword", NewPassword), ("Input.ConfirmPassword", "something else entirely"))));
        var tooShort = await HtmlPage.FromAsync(await reset.SubmitAsync(client, "main form", Values(
            ("Input.NewPassword", "short"), ("Input.ConfirmPassword", "short"))));

        Assert.Equal("The two passwords are not the same.", mismatch.FieldError("Input.ConfirmPassword"));
        Assert.Equal("The password must have at least 10 characters.", tooShort.FieldError("Input.NewPassword"));
    }

    [Fact]
    public async Task An_over_long_address_gets_a_field_error()
    {
        var page = await RequestResetAsync(app.EnglishClient(), new string('a', 10_000) + "@exemple.fr");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("This field is too long.", page.FieldError("Input.Email"));
    }

    private static async Task<HtmlPage> RequestResetAsync(HttpClient client, string email)
    {
        var form = await HtmlPage.GetAsync(client, "/account/forgot-password");
        return await HtmlPage.FromAsync(await form.SubmitAsync(client, "main form", Values(("Input.Email", email))));
    }
}

/// <summary>Identity stamps reset tokens with the system clock, not the injected one, so expiry is shown with
/// links that live no time at all.</summary>
public sealed class ExpiredResetLinkTests(ExpiredResetLinkTests.InstantlyExpiringLinks app) : IClassFixture<ExpiredResetLinkTests.InstantlyExpiringLinks>
{
    public sealed class InstantlyExpiringLinks : AppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
                services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.Zero));
        }
    }

    [Fact]
    public async Task An_expired_reset_link_is_refused()
    {
        var email = UniqueEmail("late");
        await app.CreateUserAsync(email);
        var client = app.EnglishClient();
        var form = await HtmlPage.GetAsync(client, "/account/forgot-password");
        await form.SubmitAsync(client, "main form", Values(("Input.Email", email)));

        var reset = await HtmlPage.GetAsync(client, CapturingMailer.LinkIn(app.Mail.LastTo(email)));
        var refused = await HtmlPage.FromAsync(await reset.SubmitAsync(client, "main form", Values(
            ("Input.NewPassword", "too late for this one"), ("Input.ConfirmPassword", "too late for this one"))));

        Assert.Contains("This link is invalid or has expired.", refused.Text(".validation-summary-errors"));
    }
}
