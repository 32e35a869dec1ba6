namespace Passerelles.Web.Features.Bridges;

/// <summary>Where the map's tiles come from: Map:TileUrl is a Leaflet pattern ({z}/{x}/{y}, optionally {s});
/// Map:Attribution credits its source.</summary>
public sealed record MapTiles(string Url, string Attribution)
{
    public const string DefaultUrl = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
    public const string DefaultAttribution = "© OpenStreetMap contributors";

    public static MapTiles From(IConfiguration configuration) =>
        new(configuration["Map:TileUrl"] is { Length: > 0 } url ? url : DefaultUrl,
            configuration["Map:Attribution"] is { Length: > 0 } attribution ? attribution : DefaultAttribution);

    /// <summary>The tile server's origin, which the content security policy lets images come from; {s} is a
    /// subdomain chosen per tile (a, b, c…), so any is allowed. Null for a pattern that is not a web address.</summary>
    public string? Origin =>
        Uri.TryCreate(Url.Replace("{s}", "tiles"), UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"
            ? uri.GetLeftPart(UriPartial.Authority).Replace("//tiles.", "//*.")
            : null;
}
