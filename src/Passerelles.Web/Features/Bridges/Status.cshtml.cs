namespace Passerelles.Web.Features.Bridges;

/// <summary>Moves an introduction forward: proposed, introduced, active, ended. Each move is stamped with who made it
/// and when, like every change.</summary>
public sealed class StatusModel(AppDbContext db, CurrentActor actors, IStringLocalizer<Text> t) : BridgeChangePageModel(db, actors)
{
    public IEnumerable<BridgeStatus> Next => Enum.GetValues<BridgeStatus>().Where(s => s > Bridge.Status);

    public async Task<IActionResult> OnGetAsync(Guid id) => await FindAsync(id) ?? NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, BridgeStatus to)
    {
        if (await FindAsync(id) is not { } result) return NotFound();
        if (result is ForbidResult) return result;

        var bridge = (await Db.Bridges.FindAsync(id))!;
        if (!bridge.CanMoveTo(to))
        {
            ModelState.AddModelError("", t["An introduction only moves forward: proposed, introduced, active, ended."]);
            return Page();
        }
        bridge.MoveTo(to);
        await Db.SaveChangesAsync();
        TempData["Notice"] = t["The bridge is now: {0}.", t["BridgeStatus." + to]].Value;
        return Redirect($"/bridges?organisation={bridge.FromOrganisationId}");
    }

}
