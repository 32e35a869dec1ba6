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

    /// <summary>Gets <paramref name="path"/> as <paramref name="client"/>'s user and returns the SQL commands that one
    /// request ran (<see cref="QueryCounter"/>), after checking that the page was served.</summary>
    public static async Task<IReadOnlyList<string>> CommandsToGetAsync(this AppFactory app, HttpClient client, string path)
    {
        var token = Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add(QueryCounter.Header, token);
        using var response = await client.SendAsync(request);
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"{path} answered {(int)response.StatusCode}.");
        return app.Queries.CommandsOf(token);
    }
}
