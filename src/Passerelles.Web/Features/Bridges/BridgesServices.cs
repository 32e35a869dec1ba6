namespace Passerelles.Web.Features.Bridges;

public static class BridgesServices
{
    public static void AddBridges(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<EvidenceDocuments>();
        if (MapTiles.From(builder.Configuration).Origin is { } tiles)
            builder.Services.Configure<ContentSecurity>(o => o.ImageOrigins.Add(tiles));
    }
}
