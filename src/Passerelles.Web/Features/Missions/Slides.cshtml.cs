namespace Passerelles.Web.Features.Missions;

/// <summary>A presentation's slides, for those who see its event: always a download, with the type recognised at
/// upload and nosniff, so the browser never renders what someone uploaded.</summary>
public sealed class SlidesModel(AppDbContext db, CurrentActor actors, SlideFiles files) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var actor = await actors.GetAsync();
        if (await PresentationAccess.LoadAsync(db, actor, id) is not { Presentation: var p }) return NotFound();
        if (await files.Store.OpenAsync(p.SlidesStoredName) is not { } stream) return NotFound();
        Response.Headers.XContentTypeOptions = "nosniff";
        return File(stream, p.SlidesContentType ?? "application/octet-stream", p.SlidesFileName);
    }
}
