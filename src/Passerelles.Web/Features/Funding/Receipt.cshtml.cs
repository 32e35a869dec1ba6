namespace Passerelles.Web.Features.Funding;

/// <summary>The receipt of an expense or a contribution, for those who manage the grant: always a download, with the type
/// recognised at upload and nosniff.</summary>
public sealed class ReceiptModel(AppDbContext db, CurrentActor actors, ReceiptFiles files) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, Guid entryId)
    {
        var (grant, refusal) = await GrantAccess.LoadAsync(db, await actors.GetAsync(), id);
        if (grant is null) return refusal!;
        var entry = await db.GrantEntries.AsNoTracking().SingleOrDefaultAsync(e => e.Id == entryId && e.GrantId == id);
        if (entry is null || await files.Store.OpenAsync(entry.ReceiptStoredName) is not { } stream) return NotFound();
        Response.Headers.XContentTypeOptions = "nosniff";
        Response.Headers.CacheControl = "private, no-store";
        return File(stream, entry.ReceiptContentType!, entry.ReceiptFileName);
    }
}
