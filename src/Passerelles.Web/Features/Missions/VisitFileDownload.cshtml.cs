namespace Passerelles.Web.Features.Missions;

/// <summary>A document or photo of a visit, for those who read the mission's record: always a download, with the type
/// recognised at upload and nosniff, so the browser never renders what someone uploaded. A photo is not served once
/// someone shown on it withdrew their consent.</summary>
public sealed class VisitFileDownloadModel(AppDbContext db, CurrentActor actors, VisitFiles files) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, Guid itemId, Guid fileId)
    {
        var (visit, refusal) = await VisitScope.LoadAsync(db, await actors.GetAsync(), id, itemId, write: false);
        if (visit is null) return refusal!;
        var file = await db.VisitFiles.AsNoTracking().Where(f => f.Id == fileId && f.ItemId == itemId)
            .Select(f => new { f.StoredName, f.FileName, f.ContentType }).SingleOrDefaultAsync();
        if (file is null || await VisitPhotoPerson.Withheld(db).ContainsAsync(fileId) || await files.Store.OpenAsync(file.StoredName) is not { } stream) return NotFound();
        Response.Headers.XContentTypeOptions = "nosniff";
        return File(stream, file.ContentType, file.FileName);
    }
}
