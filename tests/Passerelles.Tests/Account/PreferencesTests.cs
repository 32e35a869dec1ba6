using System.Net;
using Microsoft.EntityFrameworkCore;
using static Passerelles.Tests.Account.AccountTestKit;

namespace Passerelles.Tests.Account;

public sealed class PreferencesTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_page_shows_the_current_choices_and_the_time_on_both_sides()
    {
        var email = UniqueEmail("settled");
        await app.CreateUserAsync(email, culture: "fr-FR", timeZone: "Europe/Paris");

        var page = await HtmlPage.GetAsync(await app.SignedInClientAsync(email), "/account/preferences");

        Assert.Equal("fr-FR", page.Document.QuerySelector("select[name='Input.Culture'] option[selected]")!.GetAttribute("value"));
        Assert.Equal("Europe/Paris", page.Document.QuerySelector("select[name='Input.TimeZoneId'] option[selected]")!.GetAttribute("value"));
        Assert.Equal(2, page.Document.QuerySelectorAll("#preview .both-sides-time time").Length);
    }

    [Fact]
    public async Task An_unknown_time_zone_is_refused_next_to_the_field()
    {
        var email = UniqueEmail("traveller");
        await app.CreateUserAsync(email, timeZone: "America/Toronto");
        var client = await SignedInEnglishClientAsync(email);

        var page = await HtmlPage.GetAsync(client, "/account/preferences");
        var refused = await HtmlPage.FromAsync(await page.SubmitAsync(client, "main form", Values(("Input.TimeZoneId", "Mars/Olympus_Mons"))));

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Equal("Choose one of the time zones in the list.", refused.FieldError("Input.TimeZoneId"));
        Assert.Equal("America/Toronto", await ZoneOfAsync(email));
    }

    [Fact]
    public async Task The_Montreal_alias_is_accepted_and_kept_under_its_canonical_name()
    {
        var email = UniqueEmail("montrealer");
        await app.CreateUserAsync(email, timeZone: "Europe/Paris");
        var client = await SignedInEnglishClientAsync(email);

        var page = await HtmlPage.GetAsync(client, "/account/preferences");
        var saved = await page.SubmitAsync(client, "main form", Values(("Input.TimeZoneId", "America/Montreal")));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("America/Toronto", await ZoneOfAsync(email));
    }

    [Fact]
    public async Task A_hostile_display_name_is_stored_as_typed_and_shown_as_text()
    {
        var email = UniqueEmail("mallory");
        await app.CreateUserAsync(email);
        var client = await SignedInEnglishClientAsync(email);
        const string hostile = "<script>alert('pwned')</script>";

        var page = await HtmlPage.GetAsync(client, "/account/preferences");
        await page.SubmitAsync(client, "main form", Values(("Input.DisplayName", hostile)));
        var home = await HtmlPage.GetAsync(client, "/");

        Assert.Equal(hostile, await app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.DisplayName).SingleAsync()));
        Assert.DoesNotContain("<script>alert", home.Html);
        Assert.Contains("&lt;script&gt;", home.Html);
        Assert.Contains(hostile, home.Text("h1"));
    }

    [Fact]
    public async Task The_chosen_language_follows_the_person_to_their_next_sign_in()
    {
        var email = UniqueEmail("anglophone");
        await app.CreateUserAsync(email, culture: "fr-CA");
        var client = await app.SignedInClientAsync(email);

        var page = await HtmlPage.GetAsync(client, "/account/preferences");
        await page.SubmitAsync(client, "main form", Values(("Input.Culture", "en")));
        var sameSession = await HtmlPage.GetAsync(client, "/");
        var nextSession = await HtmlPage.GetAsync(await app.SignedInClientAsync(email), "/");
        var visitor = await HtmlPage.GetAsync(app.CreateBrowserlikeClient(), "/account/login");

        Assert.Equal("fr-CA", page.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("en", sameSession.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("en", nextSession.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("fr-CA", visitor.Document.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task Quebec_and_France_read_their_own_word_for_e_mail()
    {
        var quebec = UniqueEmail("quebecois");
        await app.CreateUserAsync(quebec, culture: "fr-CA");
        var france = UniqueEmail("francaise");
        await app.CreateUserAsync(france, culture: "fr-FR");

        var quebecPage = await HtmlPage.GetAsync(await app.SignedInClientAsync(quebec), "/account/forgot-password");
        var francePage = await HtmlPage.GetAsync(await app.SignedInClientAsync(france), "/account/forgot-password");

        Assert.Equal("Courriel", quebecPage.Label("Input.Email"));
        Assert.Equal("Adresse e-mail", francePage.Label("Input.Email"));
    }

    [Fact]
    public async Task The_password_is_changed_with_the_current_one()
    {
        var email = UniqueEmail("rotating");
        await app.CreateUserAsync(email);
        var client = await SignedInEnglishClientAsync(email);

        var page = await HtmlPage.GetAsync(client, "/account/change-password");
        var wrongCurrent = await HtmlPage.FromAsync(await page.SubmitAsync(client, "main form", Values(
            ("Input.CurrentPassword", "not my password"), ("Input.NewPassword", "a fresh passphrase"), ("Input.ConfirmPassword", "a fresh passphrase"))));
        var changed = await wrongCurrent.SubmitAsync(client, "main form", Values(
            ("Input.CurrentPassword", AppFactory.Password), ("Input.NewPassword", "a fresh passphrase"), ("Input.ConfirmPassword", "a fresh passphrase")));
        var stillSignedIn = await client.GetAsync("/account/preferences");

        Assert.Equal("The password is incorrect.", wrongCurrent.FieldError("Input.CurrentPassword"));
        Assert.Equal("/account/preferences", changed.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, stillSignedIn.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostSignInAsync(app.EnglishClient(), email, "a fresh passphrase")).StatusCode);
    }

    [Fact]
    public async Task The_preferences_need_a_signed_in_person()
    {
        var response = await app.CreateBrowserlikeClient().GetAsync("/account/preferences");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login", response.Headers.Location!.AbsolutePath);
    }

    private async Task<HttpClient> SignedInEnglishClientAsync(string email)
    {
        var client = app.EnglishClient();
        Assert.Equal(HttpStatusCode.Redirect, (await PostSignInAsync(client, email, AppFactory.Password)).StatusCode);
        return client;
    }

    private Task<string> ZoneOfAsync(string email) =>
        app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.TimeZoneId).SingleAsync());
}
