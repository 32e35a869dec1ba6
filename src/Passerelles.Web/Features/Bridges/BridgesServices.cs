namespace Passerelles.Web.Features.Bridges;

public static class BridgesServices
{
    public static void AddBridges(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(new EvidenceDocuments(Path.Combine(DataPath.Of(builder), "documents")));
        if (MapTiles.From(builder.Configuration).Origin is { } tiles)
            builder.Services.Configure<ContentSecurity>(o => o.ImageOrigins.Add(tiles));
    }
}
