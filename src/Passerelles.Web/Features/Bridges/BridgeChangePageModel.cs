namespace Passerelles.Web.Features.Bridges;

/// <summary>What the pages changing one bridge share: the bridge, read as the person may see it, and changed only by
/// those who may record a bridge between its two organisations.</summary>
public abstract class BridgeChangePageModel(AppDbContext db, CurrentActor actors) : PageModel
{
    public BridgeSummary Bridge { get; private set; } = null!;

    protected AppDbContext Db { get; } = db;

    /// <summary>Reads the bridge: null when the person cannot see it, a refusal when they may not change it, the page
    /// otherwise.</summary>
    protected async Task<IActionResult?> FindAsync(Guid id)
    {
        var actor = await actors.GetAsync();
        if (await BridgeSummary.FindAsync(Db, actor, id) is not { } bridge) return null;
        Bridge = bridge;
        return actor.MayRecordBetween(bridge.FromId, bridge.ToId) ? Page() : Forbid();
    }
}
