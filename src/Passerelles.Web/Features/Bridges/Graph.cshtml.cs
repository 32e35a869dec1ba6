using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelles.Web.Data;

namespace Passerelles.Web.Features.Bridges;

/// <summary>The bridges as a network graph: organisations coloured by side, bridges by kind, with the same network
/// listed beside it as its text alternative.</summary>
public sealed class GraphModel(AppDbContext db) : PageModel
{
    public BridgeViews Views { get; private set; } = null!;
    public BridgeNetwork Network { get; private set; } = null!;
    public string DataUrl => Views.Filter.Link("/bridges/network.json");

    public async Task OnGetAsync([FromQuery] BridgeFilter filter)
    {
        Views = await BridgeViews.LoadAsync(BridgeViews.Graph, filter, db, User);
        Network = await BridgeNetwork.LoadAsync(db, User, filter);
    }
}
