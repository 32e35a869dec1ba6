using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelles.Web.Data;
using Passerelles.Web.Infrastructure.Security;

namespace Passerelles.Web.Features.Bridges;

/// <summary>The bridges as a network graph: organisations coloured by side, bridges by kind, with the same network
/// listed beside it as its text alternative.</summary>
public sealed class GraphModel(AppDbContext db, CurrentActor actors) : PageModel
{
    public BridgeViews Views { get; private set; } = null!;
    public BridgeNetwork Network { get; private set; } = null!;
    public string DataUrl => Views.Filter.Link("/bridges/network.json");

    public async Task OnGetAsync([FromQuery] BridgeFilter filter)
    {
        var actor = await actors.GetAsync();
        Views = await BridgeViews.LoadAsync(BridgeViews.Graph, filter, db, actor);
        Network = await BridgeNetwork.LoadAsync(db, actor, filter);
    }
}
