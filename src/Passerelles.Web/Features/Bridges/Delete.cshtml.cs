namespace Passerelles.Web.Features.Bridges;

/// <summary>Deletes a bridge recorded by mistake, after confirmation, with its evidence document.</summary>
public sealed class DeleteModel(AppDbContext db, CurrentActor actors, EvidenceDocuments documents, IStringLocalizer<Text> t) : PageModel
{
    public BridgeSummary Bridge { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id) => await FindAsync(id) ?? NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await FindAsync(id) is not { } result) return NotFound();
        if (result is ForbidResult) return result;

        var bridge = await db.Bridges.FindAsync(id);
        db.Bridges.Remove(bridge!);
        await db.SaveChangesAsync();
        if (bridge!.EvidenceStoredName.Length > 0) documents.Delete(bridge.EvidenceStoredName);
        TempData["Notice"] = t["The bridge was deleted."].Value;
        return Redirect("/bridges");
    }

    private async Task<IActionResult?> FindAsync(Guid id)
    {
        var actor = await actors.GetAsync();
        if (await BridgeSummary.FindAsync(db, actor, id) is not { } bridge) return null;
        Bridge = bridge;
        return actor.MayRecordBetween(bridge.FromId, bridge.ToId) ? Page() : Forbid();
    }
}
