namespace Passerelles.Web.Features.Bridges;

/// <summary>The bridges on a map of both sides of the ocean. The map is drawn by script from the network data; the
/// same organisations and bridges are listed on the page for anyone without script, tiles or sight.</summary>
[AllowAnonymous]
public sealed class MapModel(AppDbContext db, CurrentActor actors, IConfiguration configuration, OrganisationPicks picks, IStringLocalizer<Text> t) : PageModel
{
    public BridgeViews Views { get; private set; } = null!;
    public BridgeNetwork Network { get; private set; } = null!;
    public string TileUrl { get; private set; } = "";
    public string Attribution { get; private set; } = "";
    public string DataUrl => Views.Filter.Link("/bridges/network.json");

    public async Task OnGetAsync([FromQuery] BridgeFilter filter)
    {
        var actor = await actors.GetAsync();
        Views = await BridgeViews.LoadAsync(this, BridgeViews.Map, filter, picks, actor, t);
        Network = await BridgeNetwork.LoadAsync(db, actor, filter);
        (TileUrl, Attribution) = MapTiles.From(configuration);
    }
}
