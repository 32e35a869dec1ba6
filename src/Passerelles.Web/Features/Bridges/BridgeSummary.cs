namespace Passerelles.Web.Features.Bridges;

/// <summary>A bridge in a sentence, for the pages that confirm an action on it.</summary>
public sealed record BridgeSummary(Guid Id, Guid FromId, string From, Guid ToId, string To, BridgeKind Kind, BridgeStatus Status, LocalDate? StartDate, LocalDate? EndDate)
{
    /// <summary>The bridge, if the <paramref name="actor"/> may see it.</summary>
    public static Task<BridgeSummary?> FindAsync(AppDbContext db, Actor actor, Guid id) =>
        db.Bridges.AsNoTracking().VisibleTo(actor)
            .Where(b => b.Id == id)
            .Select(b => new BridgeSummary(b.Id, b.FromOrganisationId, b.FromOrganisation.Name, b.ToOrganisationId, b.ToOrganisation.Name, b.Kind, b.Status, b.StartDate, b.EndDate))
            .SingleOrDefaultAsync();
}
