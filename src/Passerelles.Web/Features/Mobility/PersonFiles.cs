namespace Passerelles.Web.Features.Mobility;

/// <summary>The stored files that are a person's own: the CVs of their applications and the identity documents of
/// their placements. Erasing the person detaches them from their records, inside the erasure's transaction, then
/// deletes them from the file store once it is committed.</summary>
public sealed class PersonFiles(AppDbContext db, CvFiles cvs, SensitiveDocuments documents)
{
    /// <summary>Clears the records' references to the person's files (saved with the caller's changes) and returns
    /// the deletion to run after the commit.</summary>
    public async Task<Func<Task>> DetachAsync(Guid? userId, CancellationToken cancellationToken = default)
    {
        if (userId is not { } id) return () => Task.CompletedTask;
        var applications = await db.MobilityApplications.Where(a => a.ApplicantId == id && a.CvStoredName != "").ToListAsync(cancellationToken);
        var cvNames = applications.Select(a => a.CvStoredName).ToList();
        foreach (var application in applications) (application.CvStoredName, application.CvFileName, application.CvContentType) = ("", "", "");
        var identities = await db.SensitiveDocuments
            .Where(d => d.Kind == DocumentKind.IdentityDocument && db.Placements.Any(p => p.Id == d.PlacementId && p.StudentId == id))
            .ToListAsync(cancellationToken);
        db.SensitiveDocuments.RemoveRange(identities);
        var identityNames = identities.Select(d => d.StoredName).ToList();
        return async () =>
        {
            foreach (var name in cvNames) await cvs.Store.DeleteAsync(name);
            foreach (var name in identityNames) await documents.Store.DeleteAsync(name);
        };
    }
}
