namespace Passerelles.Web.Features.Mobility;

/// <summary>An applicant's CV, for them and the application's reviewers: always a download, with the type recognised at
/// upload and nosniff.</summary>
public sealed class CvDownloadModel(AppDbContext db, CurrentActor actors, CvFiles files) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var application = await ApplicationAccess.LoadAsync(db.MobilityApplications.AsNoTracking(), await actors.GetAsync(), id);
        if (application is null || await files.Store.OpenAsync(application.CvStoredName) is not { } stream) return NotFound();
        Response.Headers.XContentTypeOptions = "nosniff";
        Response.Headers.CacheControl = "private, no-store";
        return File(stream, application.CvContentType, application.CvFileName);
    }
}
