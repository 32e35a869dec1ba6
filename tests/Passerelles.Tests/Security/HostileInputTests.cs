using System.Net;
using System.Net.Http.Headers;

namespace Passerelles.Tests.Security;

/// <summary>Malformed or hostile input gets a clear answer, never a crash, and changes nothing.</summary>
public sealed class HostileInputTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<HttpResponseMessage> SignIn(HttpClient client, string email, string password)
    {
        var login = await HtmlPage.GetAsync(client, "/account/login");
        return await login.SubmitAsync(client, "main form", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
    }

    [Theory]
    [InlineData("' OR 1=1 --", "x")]
    [InlineData("admin@test.passerelles.org'; DROP TABLE \"AspNetUsers\"; --", "x")]
    [InlineData("<script>alert(1)</script>", "<script>alert(1)</script>")]
    public async Task Sign_in_with_hostile_input_is_a_field_error_and_the_input_is_shown_encoded(string email, string password)
    {
        var client = app.CreateBrowserlikeClient();

        var page = await HtmlPage.FromAsync(await SignIn(client, email, password));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.DoesNotContain("<script>alert(1)</script>", page.Html);
        Assert.NotNull(page.Document.QuerySelector(".validation-summary-errors li, .field-validation-error"));
        Assert.Null(page.Response.Headers.Location);
        Assert.True(await app.WithDbAsync(db => Task.FromResult(db.Users.Any())));
    }

    [Fact]
    public async Task An_over_long_field_is_a_field_error_not_a_crash()
    {
        var client = app.CreateBrowserlikeClient();

        var page = await HtmlPage.FromAsync(await SignIn(client, new string('a', 5000) + "@exemple.fr", "x"));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotNull(page.FieldError("Input.Email"));
    }

    [Fact]
    public async Task Invalid_utf8_in_a_form_is_refused_cleanly()
    {
        var client = app.CreateBrowserlikeClient();
        var login = await HtmlPage.GetAsync(client, "/account/login");
        var token = login.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var body = new List<byte>();
        body.AddRange("__RequestVerificationToken="u8.ToArray());
        body.AddRange(System.Text.Encoding.ASCII.GetBytes(Uri.EscapeDataString(token)));
        body.AddRange("&Input.Email=%C3%28%FF%FE@exemple.fr&Input.Password=x"u8.ToArray());
        var content = new ByteArrayContent(body.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");

        var response = await client.PostAsync("/account/login", content);

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"Answered {(int)response.StatusCode}");
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("passerelles.auth", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_huge_body_is_refused_with_413()
    {
        var client = app.CreateBrowserlikeClient();
        var login = await HtmlPage.GetAsync(client, "/account/login");

        var response = await login.SubmitAsync(client, "main form", new Dictionary<string, string>
        {
            ["Input.Email"] = "someone@exemple.fr",
            ["Input.Password"] = new string('x', 3 * 1024 * 1024),
        });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task An_open_redirect_through_the_return_url_is_refused()
    {
        await app.CreateUserAsync("redirect@test.passerelles.org");
        var client = app.CreateBrowserlikeClient();
        var login = await HtmlPage.GetAsync(client, "/account/login?ReturnUrl=https%3A%2F%2Fevil.example%2F");

        var response = await login.SubmitAsync(client, "main form", new Dictionary<string, string>
        {
            ["Input.Email"] = "redirect@test.passerelles.org",
            ["Input.Password"] = AppFactory.Password,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }
}
