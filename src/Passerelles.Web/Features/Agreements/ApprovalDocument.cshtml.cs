
namespace Passerelles.Web.Features.Agreements;

/// <summary>The copy of a party's board resolution kept with its approval, for those who may read the agreement
/// (<see cref="AgreementRules.VisibleTo"/>). Always a download, never shown inline, with the type recognised
/// at upload and nosniff, so the browser never renders what someone uploaded.</summary>
public sealed class ApprovalDocumentModel(AppDbContext db, CurrentActor actors, EvidenceDocuments documents) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, Guid approvalId)
    {
        if (!await db.Agreements.AsNoTracking().VisibleTo(await actors.GetAsync()).AnyAsync(a => a.Id == id)) return NotFound();
        var document = await db.PartyApprovals.AsNoTracking()
            .Where(a => a.Id == approvalId && a.AgreementId == id && a.DocumentStoredName != null)
            .Select(a => new { a.DocumentStoredName, a.DocumentFileName })
            .SingleOrDefaultAsync();
        if (document is null || await documents.OpenAsync(document.DocumentStoredName!) is not { } stream) return NotFound();
        // Cleaned again on the way out: the header must never carry quotes, line breaks or folders, whatever is stored.
        var name = BridgeForm.SafeFileName(document.DocumentFileName ?? "");
        Response.Headers.XContentTypeOptions = "nosniff";
        return File(stream, EvidenceDocuments.ContentTypeOf(name), name);
    }
}
