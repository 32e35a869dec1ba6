namespace Passerelles.Web.Infrastructure.Security;

/// <summary>The addresses that accept a body larger than the site's limits, each declared by the feature whose page
/// reads it (the page also sets its own [RequestSizeLimit]). An announced body over the limit is refused before
/// anything reads it.</summary>
public sealed class RequestBodyLimits
{
    private readonly List<(Func<PathString, bool> Matches, long MaxBytes)> _larger = [];

    public void Allow(Func<PathString, bool> matches, long maxBytes) => _larger.Add((matches, maxBytes));

    /// <summary>The largest body the address takes: the one a feature declared for it, else the upload ceiling for
    /// a multipart post, else the form limit.</summary>
    public long For(PathString path, string? contentType)
    {
        foreach (var (matches, maxBytes) in _larger)
            if (matches(path)) return maxBytes;
        return contentType?.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase) == true
            ? WebSecuritySetup.MaxUploadRequestBodyBytes
            : WebSecuritySetup.MaxRequestBodyBytes;
    }
}
