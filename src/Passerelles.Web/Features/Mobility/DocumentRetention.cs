namespace Passerelles.Web.Features.Mobility;

/// <summary>Destroys each personal document once its retention period is over (<see cref="Retention"/>), exactly once
/// even when two app instances run this at the same moment on one database: a document is claimed by deleting its row
/// (or emptying the CV's columns) only while it is still there, in the same transaction as the line that records its
/// destruction. The instance whose statement changed the row records it and deletes the file; the other one changed
/// nothing and leaves it. The record says what kind of document went, when and why, never what it held.</summary>
public sealed class DocumentRetention(AppDbContext db, SensitiveDocuments documents, CvFiles cvs, TimeProvider clock)
{
    /// <summary>Destroys what is due today (in UTC) and returns how many documents this run destroyed.</summary>
    public async Task<int> DestroyExpiredAsync(CancellationToken cancellationToken = default)
    {
        var now = Instant.FromDateTimeOffset(clock.GetUtcNow());
        var today = now.InUtc().Date;
        var destroyed = 0;

        // Every period is at least zero days, so only placements whose last day has passed can hold a document due.
        var placed = await db.SensitiveDocuments.AsNoTracking()
            .Join(db.Placements, d => d.PlacementId, p => p.Id, (d, p) => new { d.Id, d.Kind, d.StoredName, p.ApplicationId, p.EndsOn })
            .Where(d => d.EndsOn < today)
            .ToListAsync(cancellationToken);
        foreach (var document in placed.Where(d => Retention.DestroyedOn(d.Kind, d.EndsOn) <= today))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (!await DestroyAsync(document.Id, document.ApplicationId, document.Kind, DestructionReason.Retention, now, cancellationToken)) continue;
            await transaction.CommitAsync(cancellationToken);
            await documents.Store.DeleteAsync(document.StoredName);
            destroyed++;
        }

        // Six months are never shorter than 180 days: the query keeps a margin, the rule decides below.
        var margin = now - Duration.FromDays(180);
        var declined = await db.MobilityApplications.AsNoTracking()
            .Where(a => a.Status == ApplicationStatus.Declined && a.CvStoredName != "" && a.DecidedAt < margin)
            .Select(a => new { a.Id, a.CvStoredName, DecidedAt = a.DecidedAt!.Value })
            .ToListAsync(cancellationToken);
        foreach (var application in declined.Where(a => Retention.DestroyedOn(DocumentKind.Cv, a.DecidedAt.InUtc().Date) <= today))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (!await DestroyCvAsync(application.Id, application.CvStoredName, DestructionReason.Retention, now, cancellationToken)) continue;
            await transaction.CommitAsync(cancellationToken);
            await cvs.Store.DeleteAsync(application.CvStoredName);
            destroyed++;
        }
        return destroyed;
    }

    /// <summary>Deletes a sensitive document's row if it is still there and records its destruction; false when it was
    /// already gone. The caller holds the transaction and deletes the file once it is committed.</summary>
    public async Task<bool> DestroyAsync(Guid documentId, Guid applicationId, DocumentKind kind, DestructionReason reason, Instant at, CancellationToken cancellationToken)
    {
        if (await db.SensitiveDocuments.Where(d => d.Id == documentId).ExecuteDeleteAsync(cancellationToken) == 0) return false;
        await RecordAsync(applicationId, kind, reason, at, cancellationToken);
        return true;
    }

    /// <summary>Empties an application's CV columns if they still name <paramref name="storedName"/> and records its
    /// destruction; false when it was already gone.</summary>
    public async Task<bool> DestroyCvAsync(Guid applicationId, string storedName, DestructionReason reason, Instant at, CancellationToken cancellationToken)
    {
        var emptied = await db.MobilityApplications
            .Where(a => a.Id == applicationId && a.CvStoredName == storedName)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.CvStoredName, "").SetProperty(a => a.CvFileName, "").SetProperty(a => a.CvContentType, ""), cancellationToken);
        if (emptied == 0) return false;
        await RecordAsync(applicationId, DocumentKind.Cv, reason, at, cancellationToken);
        return true;
    }

    private async Task RecordAsync(Guid applicationId, DocumentKind kind, DestructionReason reason, Instant at, CancellationToken cancellationToken)
    {
        db.DocumentDestructions.Add(new DocumentDestruction { ApplicationId = applicationId, Kind = kind, Reason = reason, At = at });
        await db.SaveChangesAsync(cancellationToken);
    }
}
