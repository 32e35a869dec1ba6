namespace Passerelles.Web.Access;

/// <summary>A transfer assessment is seen and kept by those who answer for the privacy of either of its two controllers
/// (<see cref="PrivacyOfficerRules"/>): their officers, their administrators and their carriers' administrators, and the
/// network administrators. Nobody else learns of it.</summary>
public static class PrivacyTransferRules
{
    public static IQueryable<TransferAssessment> VisibleTo(this IQueryable<TransferAssessment> assessments, Actor actor, IReadOnlySet<Guid> duties)
    {
        if (actor.IsNetworkAdministrator) return assessments;
        var ids = duties.ToList();
        return assessments.Where(a => ids.Contains(a.QuebecControllerId) || ids.Contains(a.FranceControllerId));
    }

    /// <summary>The organisations whose transfers the actor answers for: none for a network administrator means all,
    /// so they are asked apart. One query.</summary>
    public static async Task<IReadOnlySet<Guid>> TransferDutiesAsync(this AppDbContext db, Actor actor, CancellationToken cancellationToken = default) =>
        actor.IsNetworkAdministrator ? new HashSet<Guid>() : await db.PrivacyDutiesAsync(actor, cancellationToken);

    public static bool KeepsTransfers(this Actor actor, IReadOnlySet<Guid> duties) => actor.IsNetworkAdministrator || duties.Count > 0;
}
