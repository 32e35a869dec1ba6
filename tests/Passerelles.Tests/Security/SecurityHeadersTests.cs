using System.Net;

namespace Passerelles.Tests.Security;

public sealed class SecurityHeadersTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Pages_forbid_inline_script_framing_and_sniffing()
    {
        var response = await app.CreateClient().GetAsync("/account/login");

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Pages_hold_no_inline_script_or_style()
    {
        var page = await HtmlPage.GetAsync(app.CreateClient(), "/account/login");

        Assert.Empty(page.Document.QuerySelectorAll("script:not([src])"));
        Assert.Empty(page.Document.QuerySelectorAll("[style]"));
        Assert.DoesNotContain(page.Document.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_sign_in_cookie_is_http_only_and_same_site()
    {
        await app.CreateUserAsync("cookie@test.passerelles.org");
        var client = app.CreateBrowserlikeClient();
        var login = await HtmlPage.GetAsync(client, "/account/login");

        var response = await login.SubmitAsync(client, "main form", new Dictionary<string, string>
        {
            ["Input.Email"] = "cookie@test.passerelles.org",
            ["Input.Password"] = AppFactory.Password,
        });

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("passerelles.auth", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_form_post_without_its_antiforgery_token_is_refused()
    {
        var client = app.CreateBrowserlikeClient();

        var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = AppFactory.AdministratorEmail,
            ["Input.Password"] = AppFactory.Password,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(response.Headers, h => h.Key == "Set-Cookie" && h.Value.Any(v => v.StartsWith("passerelles.auth", StringComparison.Ordinal)));
    }
}
