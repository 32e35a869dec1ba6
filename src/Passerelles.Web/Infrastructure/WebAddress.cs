namespace Passerelles.Web.Infrastructure;

/// <summary>Addresses typed by people, shown as links only when they are plain web addresses.</summary>
public static class WebAddress
{
    /// <summary>The address as an absolute http or https URI, or null for anything else (javascript:, data:, relative…).</summary>
    public static Uri? Safe(string? text) =>
        Uri.TryCreate(text?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : null;
}
