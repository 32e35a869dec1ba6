using Microsoft.AspNetCore.Http.HttpResults;

namespace Passerelles.Web.Features.Grids;

/// <summary>The grids' HTTP API, version 1 (published grids only, for any signed-in caller), and the file export of a
/// version from the grid pages (drafts too, for those who edit grids).</summary>
public static class GridEndpoints
{
    public sealed record GridVersionItem(int Number, DateTimeOffset PublishedAt, string Url);

    public sealed record GridItem(Guid Id, string Key, string Subject, bool Scored, GridText Title, IReadOnlyList<GridVersionItem> Versions);

    public sealed record GridList(IReadOnlyList<GridItem> Items);

    public static void MapGrids(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Grids");
        api.MapGet("/grids", ListGridsAsync)
            .WithName("ListGrids")
            .WithSummary("List the published characterisation grids with their published versions")
            .WithDescription("Each grid has a stable key, a subject (project or territory) and its published versions, newest first; title and scoring are those of the latest published version. Drafts are never listed.");
        api.MapGet("/grids/{id}/versions/{v}", GetVersionAsync)
            .WithName("GetGridVersion")
            .WithSummary("The JSON definition of a published grid version")
            .WithDescription("The grid is named by its id or its key, the version by its number. The answer is the grid file format (format passerelles-grid/1), the same that the grid import reads; its JSON Schema is served at /schemas/grid-v1.json. Guidance, and the value of a level on a qualitative scale, are left out when there are none.");
        app.MapGet("/grids/versions/{id:guid}/export", ExportAsync).ExcludeFromDescription();
    }

    private static async Task<Ok<GridList>> ListGridsAsync(HttpContext context, AppDbContext db, CancellationToken cancellationToken)
    {
        var versions = await db.GridVersions.AsNoTracking()
            .Where(v => v.Status == GridStatus.Published)
            .Select(v => new { v.GridId, v.Grid.Key, v.Grid.Subject, v.Number, v.PublishedAt, v.IsScored, v.Title })
            .ToListAsync(cancellationToken);
        var origin = $"{context.Request.Scheme}://{context.Request.Host}";
        var items = versions.GroupBy(v => v.GridId)
            .Select(g =>
            {
                var ordered = g.OrderByDescending(v => v.Number).ToList();
                var latest = ordered[0];
                return new GridItem(g.Key, latest.Key, Subject(latest.Subject), latest.IsScored, GridText.From(latest.Title),
                    ordered.Select(v => new GridVersionItem(v.Number, v.PublishedAt!.Value.ToDateTimeOffset(),
                        $"{origin}/api/v1/grids/{g.Key}/versions/{v.Number}")).ToList());
            })
            .OrderBy(i => i.Key, StringComparer.Ordinal)
            .ToList();
        return TypedResults.Ok(new GridList(items));
    }

    private static async Task<Results<Ok<GridDefinition>, NotFound>> GetVersionAsync(
        string id, string v, AppDbContext db, CancellationToken cancellationToken)
    {
        if (!int.TryParse(v, out var number)) return TypedResults.NotFound();
        var versions = db.GridVersions.AsNoTracking().Where(x => x.Number == number && x.Status == GridStatus.Published);
        versions = Guid.TryParse(id, out var gridId) ? versions.Where(x => x.GridId == gridId) : versions.Where(x => x.Grid.Key == id);
        var versionId = await versions.Select(x => (Guid?)x.Id).SingleOrDefaultAsync(cancellationToken);
        if (versionId is null || await GridLoader.LoadVersionAsync(db, versionId.Value, tracked: false) is not { } version)
            return TypedResults.NotFound();
        return TypedResults.Ok(GridFile.Describe(version.Grid, version));
    }

    private static async Task<IResult> ExportAsync(Guid id, AppDbContext db, CurrentActor actors)
    {
        if (await GridLoader.LoadVersionAsync(db, id, tracked: false) is not { } version) return Results.NotFound();
        if (version.Status == GridStatus.Draft && !(await actors.GetAsync()).MayEditGrids()) return Results.NotFound();
        return Results.File(GridFile.Write(GridFile.Describe(version.Grid, version)), GridFile.ContentType, GridFile.FileName(version.Grid, version));
    }

    private static string Subject(GridSubject subject) => subject == GridSubject.Territory ? "territory" : "project";
}
