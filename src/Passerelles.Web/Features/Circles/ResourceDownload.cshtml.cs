namespace Passerelles.Web.Features.Circles;

/// <summary>A file of a circle's library, for its members only: always a download (Content-Disposition: attachment),
/// with the type recognised at upload and nosniff, so the browser never renders what someone uploaded.</summary>
public sealed class ResourceDownloadModel(AppDbContext db, CurrentActor actors, ResourceFiles files) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var actor = await actors.GetAsync();
        var visible = db.Circles.AsNoTracking().VisibleTo(actor).Select(c => c.Id);
        var resource = await db.CircleResources.AsNoTracking()
            .Where(r => r.Id == id && r.StoredName != null && visible.Contains(r.CircleId))
            .Select(r => new { r.StoredName, r.FileName, r.ContentType })
            .SingleOrDefaultAsync();
        if (resource is null || await files.OpenAsync(resource.StoredName) is not { } stream) return NotFound();
        Response.Headers.XContentTypeOptions = "nosniff";
        return File(stream, resource.ContentType ?? "application/octet-stream", resource.FileName);
    }
}
