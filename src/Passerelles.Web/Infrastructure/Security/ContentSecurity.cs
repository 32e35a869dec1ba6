namespace Passerelles.Web.Infrastructure.Security;

/// <summary>What features add to the content security policy: the origins, besides the site's own, that images may
/// come from (the map's tile server, say).</summary>
public sealed class ContentSecurity
{
    public List<string> ImageOrigins { get; } = [];
}
