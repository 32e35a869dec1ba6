
namespace Passerelles.Web.Features.Mobility;

/// <summary>A placement as the pages of its sensitive documents need it, loaded once per request: 404 to whoever does not
/// know the placement, 403 to whoever knows it without seeing its documents (its supervisor, the staff of its two
/// sides), and the placement to its student and its coordinators.</summary>
public sealed record PlacementDocumentsScope(Placement Placement, bool IsStudent, string Student, string Programme, string Host, string Sending, Side SendingSide)
{
    public static async Task<(PlacementDocumentsScope? Scope, IActionResult? Refusal)> LoadAsync(AppDbContext db, Actor actor, Guid id)
    {
        var placement = await db.Placements.AsNoTracking()
            .Include(p => p.Student).Include(p => p.Programme).Include(p => p.HostOrganisation).Include(p => p.SendingOrganisation)
            .SingleOrDefaultAsync(p => p.Id == id);
        if (Refusals.Unless(placement is not null && actor.SeesPlacement(placement), placement is not null && actor.SeesSensitiveDocuments(placement)) is { } refusal)
            return (null, refusal);
        return (new PlacementDocumentsScope(placement!, actor.UserId == placement!.StudentId, placement.Student?.DisplayName ?? Placement.AnonymousStudent, placement.Programme.Name,
            placement.HostOrganisation.Name, placement.SendingOrganisation.Name, placement.SendingOrganisation.Side), null);
    }

    /// <summary>The stored document of this kind, tracked so that the student's page may change it; null when none.</summary>
    public Task<SensitiveDocument?> DocumentAsync(AppDbContext db, DocumentKind kind) =>
        db.SensitiveDocuments.SingleOrDefaultAsync(d => d.PlacementId == Placement.Id && d.Kind == kind);

    /// <summary>Adds the line of the access log that says who opened the document and how.</summary>
    public void Log(AppDbContext db, Guid userId, PersonalDataAccessKind how, DocumentKind kind, Instant at) =>
        db.PersonalDataAccessLog.Add(PersonalDataAccess.OfPlacement(userId, Placement.Id, how, kind.ToString(), at));

    public string DocumentsPath => $"/mobility/placements/{Placement.Id}/documents";
}
