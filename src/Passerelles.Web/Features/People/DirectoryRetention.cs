using Passerelles.Web.Features.Privacy.Register;

namespace Passerelles.Web.Features.People;

/// <summary>Directory listing (<see cref="ProcessingPurposes.DirectoryListing"/>): a person without an account whose
/// consent to the listing was withdrawn (and not given again) is due once the period, counted from the withdrawal, is
/// over. Anonymising empties their name, contact and roles; destroying deletes them, unless an agreement names them as a
/// signatory, in which case they are anonymised (the agreement's evidence stays whole).</summary>
public sealed class DirectoryRetention(AppDbContext db) : RetentionRule(RetainedRecord.DirectoryListing, ProcessingPurposes.DirectoryListing)
{
    public override async Task<List<Guid>> DueAsync(IReadOnlyList<Guid> controllers, RetentionCutoff cutoff, RetentionAction action, CancellationToken cancellationToken) =>
        await db.People.AsNoTracking()
            .Where(p => controllers.Contains(p.ControllerOrganisationId) && p.UserId == null
                        && p.Consents.Any(c => c.Purpose == Consent.DirectoryListing)
                        && !p.Consents.Any(c => c.Purpose == Consent.DirectoryListing && (c.WithdrawnAt == null || c.WithdrawnAt >= cutoff.At))
                        && (p.DisplayName != AnonymousName || p.Email != "" || p.Phone != "" || p.Roles.Any()))
            .Select(p => p.Id).ToListAsync(cancellationToken);

    public override async Task<Func<Task>?> ApplyAsync(IReadOnlyList<Guid> ids, RetentionAction action, CancellationToken cancellationToken)
    {
        if (action == RetentionAction.Destroy)
            await db.People.Where(p => ids.Contains(p.Id) && !db.AgreementParties.Any(a => a.PersonId == p.Id)).ExecuteDeleteAsync(cancellationToken);
        await db.PersonRoles.Where(r => ids.Contains(r.PersonId)).ExecuteDeleteAsync(cancellationToken);
        await db.People.Where(p => ids.Contains(p.Id)).ExecuteUpdateAsync(s => s
            .SetProperty(p => p.DisplayName, AnonymousName).SetProperty(p => p.SearchName, "")
            .SetProperty(p => p.Email, "").SetProperty(p => p.Phone, "").SetProperty(p => p.Languages, "").SetProperty(p => p.TimeZoneId, ""), cancellationToken);
        return null;
    }

    public override string Describe(RetentionAction action) => action == RetentionAction.Destroy
        ? "{0}: {1} directory listings destroyed" : "{0}: {1} directory listings anonymised";
}
