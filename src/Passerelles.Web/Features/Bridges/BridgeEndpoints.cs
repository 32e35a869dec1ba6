namespace Passerelles.Web.Features.Bridges;

/// <summary>The bridges feature's two non-page endpoints: the network data the map and graph draw, and the download
/// of evidence documents.</summary>
public static class BridgeEndpoints
{
    public static void MapBridges(this WebApplication app)
    {
        app.MapGet("/bridges/network.json", async ([AsParameters] BridgeFilter filter, AppDbContext db, CurrentActor actors, IStringLocalizer<Text> t) =>
        {
            var network = await BridgeNetwork.LoadAsync(db, await actors.GetAsync(), filter);
            return Results.Json(network.ToJson(key => t[key]));
        }).AllowAnonymous()
            .WithTags("Bridges")
            .WithName("GetBridgeNetwork")
            .WithSummary("The organisations and bridges that the map and the graph draw")
            .WithDescription("Bridges between public organisations for everyone; with a session, the bridges between organisations the caller may see. Labels are in the caller's language.")
            .ProducesFile("The organisations, with their coordinates, and the bridges between them.", "application/json")
            .Produces(StatusCodes.Status400BadRequest);

        app.MapGet("/bridges/{id:guid}/evidence", async (Guid id, HttpContext http, AppDbContext db, CurrentActor actors, EvidenceDocuments documents) =>
        {
            var evidence = await db.Bridges.AsNoTracking().VisibleTo(await actors.GetAsync())
                .Where(b => b.Id == id && b.EvidenceStoredName != "")
                .Select(b => new { b.EvidenceStoredName, b.EvidenceFileName })
                .SingleOrDefaultAsync();
            if (evidence is null || await documents.OpenAsync(evidence.EvidenceStoredName) is not { } stream) return Results.NotFound();
            http.Response.Headers.XContentTypeOptions = "nosniff";
            // Always a download, never shown inline: the browser must not render what someone uploaded.
            return Results.File(stream, EvidenceDocuments.ContentTypeOf(evidence.EvidenceFileName), evidence.EvidenceFileName);
        })
            .WithTags("Bridges")
            .WithName("DownloadBridgeEvidence")
            .WithSummary("Download the evidence document of a bridge")
            .WithDescription("For whoever may see the bridge; always an attachment.")
            .ProducesFile("The document as it was uploaded.", "*/*")
            .Produces(StatusCodes.Status404NotFound);
    }
}
