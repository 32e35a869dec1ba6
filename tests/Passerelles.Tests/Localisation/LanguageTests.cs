using System.Net.Http.Headers;

namespace Passerelles.Tests.Localisation;

public sealed class LanguageTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<HtmlPage> LoginPageIn(string acceptLanguage)
    {
        var client = app.CreateBrowserlikeClient();
        client.DefaultRequestHeaders.AcceptLanguage.Add(StringWithQualityHeaderValue.Parse(acceptLanguage));
        return await HtmlPage.GetAsync(client, "/account/login");
    }

    [Theory]
    [InlineData("fr-CA", "fr-CA", "Courriel")]
    [InlineData("fr-FR", "fr-FR", "Adresse e-mail")]
    [InlineData("fr-BE", "fr-FR", "Adresse e-mail")]
    [InlineData("en-GB", "en", "E-mail address")]
    public async Task A_visitor_gets_the_language_of_their_browser(string acceptLanguage, string expectedCulture, string emailLabel)
    {
        var page = await LoginPageIn(acceptLanguage);

        Assert.Equal(expectedCulture, page.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal(emailLabel, page.Label("Input.Email"));
    }

    [Fact]
    public async Task A_visitor_whose_languages_are_all_unsupported_gets_Quebec_french()
    {
        var page = await LoginPageIn("de-DE");

        Assert.Equal("fr-CA", page.Document.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task The_language_switcher_keeps_a_visitors_choice()
    {
        var client = app.CreateBrowserlikeClient();
        var page = await HtmlPage.GetAsync(client, "/account/login");

        var response = await page.SubmitAsync(client, "form.language-form", new Dictionary<string, string> { ["culture"] = "en" });
        var after = await HtmlPage.GetAsync(client, response.Headers.Location!.OriginalString);

        Assert.Equal("en", after.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Sign in", after.Text("h1"));
    }

    [Fact]
    public async Task A_signed_in_persons_language_follows_them_to_a_new_device()
    {
        await app.CreateUserAsync("voyageuse@test.passerelles.org", "Voyageuse", culture: "fr-FR");
        var client = await app.SignedInClientAsync("voyageuse@test.passerelles.org");
        var page = await HtmlPage.GetAsync(client, "/");
        var switched = await page.SubmitAsync(client, "form.language-form", new Dictionary<string, string> { ["culture"] = "en" });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, switched.StatusCode);

        var otherDevice = await app.SignedInClientAsync("voyageuse@test.passerelles.org");
        var home = await HtmlPage.GetAsync(otherDevice, "/");

        Assert.Equal("en", home.Document.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task An_unknown_language_is_ignored()
    {
        var client = app.CreateBrowserlikeClient();
        var page = await HtmlPage.GetAsync(client, "/account/login");

        var response = await page.SubmitAsync(client, "form.language-form", new Dictionary<string, string> { ["culture"] = "xx-<script>" });
        var after = await HtmlPage.GetAsync(client, response.Headers.Location!.OriginalString);

        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("fr-CA", after.Document.DocumentElement.GetAttribute("lang"));
    }
}
