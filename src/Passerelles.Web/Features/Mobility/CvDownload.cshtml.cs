namespace Passerelles.Web.Features.Mobility;

/// <summary>An applicant's CV, for them and the application's reviewers: always a download, with the type recognised at
/// upload and nosniff.</summary>
public sealed class CvDownloadModel(AppDbContext db, CurrentActor actors, CvFiles files, ViewerTime time) : PageModel
{
    /// <summary>What the access trail calls this download.</summary>
    public const string TrailName = "mobility-cv";

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var application = await ApplicationAccess.LoadAsync(db.MobilityApplications.AsNoTracking(), await actors.GetAsync(), id);
        if (application is null || await files.Store.OpenAsync(application.CvStoredName) is not { } stream) return NotFound();
        if (application.ApplicantId != User.UserId())
            await db.TraceAsync(User.UserId(), reader => PersonalDataAccess.OfRecord(reader, PersonalDataAccessKind.Download, TrailName, id,
                application.SendingOrganisationId, 1, time.Now));
        Response.Headers.XContentTypeOptions = "nosniff";
        Response.Headers.CacheControl = "private, no-store";
        return File(stream, application.CvContentType, application.CvFileName);
    }
}
