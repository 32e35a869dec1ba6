using System.Net;

namespace Passerelles.Testing;

public static class Sessions
{
    /// <summary>Signs in through the real sign-in page and returns the client, now carrying the cookie.</summary>
    public static async Task<HttpClient> SignedInClientAsync(this AppFactory app, string email, string password = AppFactory.Password)
    {
        var client = app.CreateBrowserlikeClient();
        var login = await HtmlPage.GetAsync(client, "/account/login");
        var response = await login.SubmitAsync(client, "main form", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Sign-in as {email} failed with {(int)response.StatusCode}.");
        return client;
    }

    public static Task<HttpClient> AdministratorClientAsync(this AppFactory app) =>
        app.SignedInClientAsync(AppFactory.AdministratorEmail);
}
