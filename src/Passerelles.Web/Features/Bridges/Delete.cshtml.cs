namespace Passerelles.Web.Features.Bridges;

/// <summary>Deletes a bridge recorded by mistake, after confirmation, with its evidence document.</summary>
public sealed class DeleteModel(AppDbContext db, CurrentActor actors, EvidenceDocuments documents, IStringLocalizer<Text> t) : BridgeChangePageModel(db, actors)
{
    public async Task<IActionResult> OnGetAsync(Guid id) => await FindAsync(id) ?? NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await FindAsync(id) is not { } result) return NotFound();
        if (result is ForbidResult) return result;

        var bridge = await Db.Bridges.FindAsync(id);
        Db.Bridges.Remove(bridge!);
        await Db.SaveChangesAsync();
        if (bridge!.EvidenceStoredName.Length > 0) await documents.DeleteAsync(bridge.EvidenceStoredName);
        TempData["Notice"] = t["The bridge was deleted."].Value;
        return Redirect("/bridges");
    }

}
