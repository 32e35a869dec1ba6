namespace Passerelles.Web.Features.Bridges;

/// <summary>The bridges as a network graph, drawn on the server as SVG across the page's width: organisations coloured
/// by side, bridges by kind, laid out so that no two names overlap (<see cref="GraphLayout"/>), with the same network
/// listed below it as its text alternative.</summary>
[AllowAnonymous]
public sealed class GraphModel(AppDbContext db, CurrentActor actors, OrganisationPicks picks, IStringLocalizer<Text> t) : PageModel
{
    public BridgeViews Views { get; private set; } = null!;
    public BridgeNetwork Network { get; private set; } = null!;
    public GraphLayout.Drawing Drawing { get; private set; } = null!;

    public async Task OnGetAsync([FromQuery] BridgeFilter filter)
    {
        var actor = await actors.GetAsync();
        Views = await BridgeViews.LoadAsync(this, BridgeViews.Graph, filter, picks, actor, t);
        Network = await BridgeNetwork.LoadAsync(db, actor, filter);
        Drawing = GraphLayout.Lay(Network.Nodes.Select(n => (n.Id, n.Name)).ToList(), Network.Edges.Select(e => (e.From, e.To)).ToList());
    }
}
