namespace Passerelles.Web.Features.Privacy.Requests;

/// <summary>The stored files that are a person's own: the CVs of their applications, the identity documents of their
/// placements, and the photos of visits that show them. Erasing the person detaches them from their records (the
/// photos' records are deleted), inside the erasure's transaction, then deletes them from the file store once it is
/// committed.</summary>
public sealed class PersonFiles(AppDbContext db, CvFiles cvs, SensitiveDocuments documents, VisitFiles visitFiles)
{
    /// <summary>The visit photos on which one of <paramref name="personIds"/> was said to be shown.</summary>
    public IQueryable<VisitFile> PhotosShowing(IReadOnlyList<Guid> personIds) =>
        db.VisitFiles.Where(f => db.VisitPhotoPeople.Any(p => p.FileId == f.Id && personIds.Contains(p.PersonMet.PersonId)));

    /// <summary>Clears the records' references to the person's files (saved with the caller's changes) and returns
    /// the deletion to run after the commit.</summary>
    public async Task<Func<Task>> DetachAsync(PersonalData.Subject subject, CancellationToken cancellationToken = default)
    {
        var photos = await PhotosShowing(subject.PersonIds).ToListAsync(cancellationToken);
        db.VisitFiles.RemoveRange(photos);
        var photoNames = photos.Select(p => p.StoredName).ToList();
        var (cvNames, identityNames) = subject.UserId is { } id ? await DetachOwnAsync(id, cancellationToken) : ([], []);
        return async () =>
        {
            foreach (var name in photoNames) await visitFiles.Store.DeleteAsync(name);
            foreach (var name in cvNames) await cvs.Store.DeleteAsync(name);
            foreach (var name in identityNames) await documents.Store.DeleteAsync(name);
        };
    }

    private async Task<(List<string> Cvs, List<string> Identities)> DetachOwnAsync(Guid userId, CancellationToken cancellationToken)
    {
        var applications = await db.MobilityApplications.Where(a => a.ApplicantId == userId && a.CvStoredName != "").ToListAsync(cancellationToken);
        var cvNames = applications.Select(a => a.CvStoredName).ToList();
        foreach (var application in applications) (application.CvStoredName, application.CvFileName, application.CvContentType) = ("", "", "");
        var identities = await db.SensitiveDocuments
            .Where(d => d.Kind == DocumentKind.IdentityDocument && db.Placements.Any(p => p.Id == d.PlacementId && p.StudentId == userId))
            .ToListAsync(cancellationToken);
        db.SensitiveDocuments.RemoveRange(identities);
        return (cvNames, identities.Select(d => d.StoredName).ToList());
    }
}
