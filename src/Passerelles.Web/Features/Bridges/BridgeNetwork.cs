namespace Passerelles.Web.Features.Bridges;

/// <summary>The bridges a viewer may see under a filter (visitors: the published ones), with the organisations they join: what the map and the graph
/// draw, and what their text alternative lists.</summary>
public sealed record BridgeNetwork(IReadOnlyList<BridgeNetwork.Node> Nodes, IReadOnlyList<BridgeNetwork.Edge> Edges)
{
    public sealed record Node(Guid Id, string Name, OrganisationKind Kind, Side Side, string Region, double? Latitude, double? Longitude);

    public sealed record Edge(Guid Id, Guid From, Guid To, BridgeKind Kind, BridgeStatus Status, LocalDate? StartDate, LocalDate? EndDate);

    /// <summary>More than this and the drawing stops being readable; the list view pages through the rest.</summary>
    public const int MaxEdges = 500;

    public Node? Find(Guid id) => Nodes.FirstOrDefault(n => n.Id == id);

    public static async Task<BridgeNetwork> LoadAsync(AppDbContext db, Actor viewer, BridgeFilter filter)
    {
        var edges = await filter.Apply(db.Bridges.AsNoTracking().ShownOnTheNetworkTo(viewer))
            .OrderBy(b => b.StartDate).ThenBy(b => b.Id)
            .Take(MaxEdges)
            .Select(b => new Edge(b.Id, b.FromOrganisationId, b.ToOrganisationId, b.Kind, b.Status, b.StartDate, b.EndDate))
            .ToListAsync();
        var ids = edges.SelectMany(e => new[] { e.From, e.To }).Distinct().ToList();
        var nodes = await db.Organisations.AsNoTracking()
            .Where(o => ids.Contains(o.Id))
            .OrderBy(o => o.SearchName)
            .Select(o => new Node(o.Id, o.Name, o.Kind, o.Side, o.Region, o.Latitude, o.Longitude))
            .ToListAsync();
        return new BridgeNetwork(nodes, edges);
    }

    /// <summary>The JSON the map and graph scripts read; labels come already in the viewer's language.</summary>
    public object ToJson(Func<string, string> label) => new
    {
        organisations = Nodes.Select(n => new
        {
            id = n.Id, name = n.Name, side = n.Side.ToString(), sideLabel = label("Side." + n.Side), kindLabel = label("Kind." + n.Kind),
            region = n.Region, latitude = n.Latitude, longitude = n.Longitude,
        }),
        bridges = Edges.Select(e => new
        {
            id = e.Id, from = e.From, to = e.To, kind = e.Kind.ToString(), kindLabel = label("BridgeKind." + e.Kind),
            status = e.Status.ToString(), statusLabel = label("BridgeStatus." + e.Status),
            start = e.StartDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), end = e.EndDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        }),
    };
}
