using System.Net;

namespace Passerelles.Tests.Infrastructure;

/// <summary>What browsers and proxies may keep: public pages a little while, nothing a signed-in person reads.</summary>
public sealed class PublicCachingTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.NonValidated.TryGetValues(name, out var values) ? string.Join(", ", values) : "";

    private static IReadOnlyList<string> Cookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values.Select(v => v.Split('=')[0]).ToList() : [];

    [Fact]
    public async Task A_public_page_read_by_a_visitor_may_be_kept_for_thirty_seconds_and_sets_no_cookie()
    {
        var page = await HtmlPage.GetAsync(app.CreateBrowserlikeClient(), "/directory");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("public, max-age=30", Header(page.Response, "Cache-Control"));
        Assert.Equal("HX-Request, Accept, Accept-Language, Cookie, HX-History-Restore-Request", Header(page.Response, "Vary"));
        Assert.Empty(Cookies(page.Response));
        Assert.Empty(page.Document.QuerySelectorAll("input[name='__RequestVerificationToken']"));
        Assert.Equal("get", page.Document.QuerySelector("form.language-form")!.GetAttribute("method"));
    }

    [Fact]
    public async Task The_sign_in_page_keeps_its_antiforgery_token_and_is_never_kept()
    {
        var page = await HtmlPage.GetAsync(app.CreateBrowserlikeClient(), "/account/login");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("no-cache, no-store", Header(page.Response, "Cache-Control"));
        Assert.Equal("no-cache", Header(page.Response, "Pragma"));
        Assert.Equal(["passerelles.af"], Cookies(page.Response));
        Assert.Single(page.Document.QuerySelectorAll("form:not(.language-form) input[name='__RequestVerificationToken']"));
    }

    [Fact]
    public async Task What_a_signed_in_person_reads_is_never_kept()
    {
        await app.CreateUserAsync("lectrice.cache@test.passerelles.org", "Lectrice");
        var client = await app.SignedInClientAsync("lectrice.cache@test.passerelles.org");

        var home = await client.GetAsync("/");
        var directory = await client.GetAsync("/directory");

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal("no-cache, no-store", Header(home, "Cache-Control"));
        Assert.Equal(HttpStatusCode.OK, directory.StatusCode);
        Assert.Equal("no-cache, no-store", Header(directory, "Cache-Control"));
    }

    [Fact]
    public async Task A_visitor_switches_language_by_a_plain_request_and_comes_back_to_the_same_page()
    {
        var client = app.CreateBrowserlikeClient();
        var page = await HtmlPage.GetAsync(client, "/directory?q=tiers-lieu");

        var switched = await page.SubmitAsync(client, "form.language-form", new Dictionary<string, string> { ["culture"] = "en" });
        var after = await HtmlPage.GetAsync(client, switched.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/directory?q=tiers-lieu", switched.Headers.Location!.OriginalString);
        Assert.Equal([".AspNetCore.Culture"], Cookies(switched));
        Assert.Equal("en", after.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("public, max-age=30", Header(after.Response, "Cache-Control"));
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("http:evil.example")]
    public async Task The_language_switch_sends_back_to_this_site_only(string returnUrl)
    {
        var response = await app.CreateBrowserlikeClient().GetAsync("/account/language?culture=en&returnUrl=" + Uri.EscapeDataString(returnUrl));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_signed_in_persons_language_switch_is_a_form_with_its_antiforgery_token()
    {
        await app.CreateUserAsync("choix.langue@test.passerelles.org", "Choix");
        var client = await app.SignedInClientAsync("choix.langue@test.passerelles.org");

        var page = await HtmlPage.GetAsync(client, "/");

        Assert.Equal("post", page.Document.QuerySelector("form.language-form")!.GetAttribute("method"));
        Assert.Single(page.Document.QuerySelectorAll("form.language-form input[name='__RequestVerificationToken']"));
    }
}
