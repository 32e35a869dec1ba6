using Microsoft.Net.Http.Headers;

namespace Passerelles.Testing;

/// <summary>
/// A browser's cookie jar whose clock is the app's: a persistent cookie lasts until its expiry on the app's clock, as
/// in a browser whose clock agrees with the server's. (The jar of <c>HandleCookies</c> expires cookies on the real
/// clock, which drops at once a cookie meant to last days from the app's earlier date.)
/// </summary>
public sealed class AppClockCookies(TimeProvider clock) : DelegatingHandler
{
    private readonly Dictionary<(string Name, string Path), (string Value, DateTimeOffset? Expires)> _cookies = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri!.AbsolutePath;
        var sent = _cookies
            .Where(c => PathMatches(path, c.Key.Path) && !(c.Value.Expires <= clock.GetUtcNow()))
            .Select(c => $"{c.Key.Name}={c.Value.Value}")
            .ToList();
        if (sent.Count > 0) request.Headers.Add(HeaderNames.Cookie, string.Join("; ", sent));

        var response = await base.SendAsync(request, cancellationToken);
        if (response.Headers.TryGetValues(HeaderNames.SetCookie, out var setCookies))
            foreach (var cookie in SetCookieHeaderValue.ParseList(setCookies.ToList()))
                Keep(cookie);
        return response;
    }

    private void Keep(SetCookieHeaderValue cookie)
    {
        var key = (cookie.Name.ToString(), cookie.Path.HasValue ? cookie.Path.ToString() : "/");
        var expires = cookie.MaxAge is { } maxAge ? clock.GetUtcNow() + maxAge : cookie.Expires;
        if (expires <= clock.GetUtcNow()) _cookies.Remove(key);
        else _cookies[key] = (cookie.Value.ToString(), expires);
    }

    private static bool PathMatches(string requestPath, string cookiePath) =>
        requestPath == cookiePath
        || (requestPath.StartsWith(cookiePath, StringComparison.Ordinal) && (cookiePath.EndsWith('/') || requestPath[cookiePath.Length] == '/'));
}
