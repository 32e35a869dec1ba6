
namespace Passerelles.Web.Features.Projects.Documents;

/// <summary>A project's document, for those who may see the project: always a download, never shown inline, so the
/// browser does not render what someone uploaded.</summary>
public sealed class DownloadModel(AppDbContext db, CurrentActor actors, EvidenceDocuments documents) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, Guid documentId)
    {
        var visible = db.Projects.VisibleTo(await actors.GetAsync()).Select(p => p.Id);
        var document = await db.ProjectDocuments.AsNoTracking()
            .Where(d => d.Id == documentId && d.ProjectId == id && visible.Contains(d.ProjectId))
            .Select(d => new { d.StoredName, d.OriginalFileName })
            .SingleOrDefaultAsync();
        if (document is null || await documents.OpenAsync(document.StoredName) is not { } stream) return NotFound();
        Response.Headers.XContentTypeOptions = "nosniff";
        return File(stream, EvidenceDocuments.ContentTypeOf(document.OriginalFileName), document.OriginalFileName);
    }
}
