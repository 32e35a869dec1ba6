namespace Passerelles.Web.Features.Privacy.Requests;

/// <summary>The single-use link to a package of personal data. Opening the link checks it without spending it; the
/// download button spends it (one download wins even when two run at once), logs the download in the access log and
/// gives the ZIP file. Anyone holding the link may use it: it is the person's, sent to their address.</summary>
[AllowAnonymous]
public sealed class PackageModel(AppDbContext db, PersonalDataPackage package, ViewerTime time, IStringLocalizer<Text> t) : PageModel
{
    public bool Valid { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token)
    {
        Valid = await FindAsync(token) is not null;
        return Valid ? Page() : Refused();
    }

    public async Task<IActionResult> OnPostAsync(string token)
    {
        if (await FindAsync(token) is not { } found) return Refused();
        var now = time.Now;
        var hash = PackageLink.Hash(token);
        var spent = await db.PrivacyRequests.Where(r => r.Id == found.Id && r.PackageTokenHash == hash && r.PackageDownloadedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.PackageDownloadedAt, now));
        if (spent == 0) return Refused();
        db.PersonalDataAccessLog.Add(new PersonalDataAccess
        {
            UserId = User.UserId() ?? found.UserId ?? Guid.Empty, PersonId = found.PersonId, Kind = PersonalDataAccessKind.Download,
            Export = "privacy-package", At = now,
        });
        await db.SaveChangesAsync();
        var document = await package.BuildAsync(found.PersonId);
        Response.Headers.CacheControl = "private, no-store";
        return File(PersonalDataPackage.Zip(document, t), "application/zip", "personal-data.zip");
    }

    private sealed record Found(Guid Id, Guid PersonId, Guid? UserId);

    private async Task<Found?> FindAsync(string token)
    {
        if (token.Length is < 20 or > 100) return null;
        var hash = PackageLink.Hash(token);
        var now = time.Now;
        return await db.PrivacyRequests.AsNoTracking()
            .Where(r => r.PackageTokenHash == hash && r.PackageDownloadedAt == null && r.PackageExpiresAt > now)
            .Select(r => new Found(r.Id, r.PersonId, r.Person.UserId)).SingleOrDefaultAsync();
    }

    private IActionResult Refused()
    {
        Valid = false;
        Response.StatusCode = StatusCodes.Status410Gone;
        return Page();
    }
}
