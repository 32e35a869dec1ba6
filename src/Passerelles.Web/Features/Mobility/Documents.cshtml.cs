namespace Passerelles.Web.Features.Mobility;

/// <summary>The sensitive documents of a placement: which are there, how long each is kept, and who answers for them
/// (the sending organisation, their controller). Opening a document is logged on its own page; this page shows none of
/// their content.</summary>
public sealed class DocumentsModel(AppDbContext db, CurrentActor actors, ViewerTime time) : PageModel
{
    public sealed record Row(DocumentKind Kind, string Path, Instant? SavedAt, Instant? DestroyedAt, DestructionReason? Reason, LocalDate DestroyedOn, bool Collected);

    public PlacementDocumentsScope Scope { get; private set; } = null!;
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public bool MayWithdraw { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var (scope, refusal) = await PlacementDocumentsScope.LoadAsync(db, await actors.GetAsync(), id);
        if (scope is null) return refusal!;
        Scope = scope;
        var saved = await db.SensitiveDocuments.AsNoTracking().Where(d => d.PlacementId == id).ToDictionaryAsync(d => d.Kind, d => d.SavedAt);
        var destroyed = await db.DocumentDestructions.AsNoTracking().Where(d => d.ApplicationId == scope.Placement.ApplicationId).ToDictionaryAsync(d => d.Kind);
        var today = time.Now.InUtc().Date;
        Rows = PlacementDocuments.Kinds.Select(kind => new Row(kind, $"{scope.DocumentsPath}/{PlacementDocuments.Segment(kind)}",
                saved.TryGetValue(kind, out var at) ? at : null, destroyed.GetValueOrDefault(kind)?.At, destroyed.GetValueOrDefault(kind)?.Reason,
                Retention.DestroyedOn(kind, scope.Placement.EndsOn), Retention.IsCollected(kind, scope.Placement, today)))
            .ToList();
        var application = await db.MobilityApplications.AsNoTracking().SingleAsync(a => a.Id == scope.Placement.ApplicationId);
        MayWithdraw = scope.IsStudent && Withdrawal.IsOpen(application, scope.Placement, today);
        return Page();
    }

    public string When(Instant instant) => time.DateTime(instant);
}

/// <summary>The documents a placement holds, in the order its pages show them, and the address of each one's page.</summary>
public static class PlacementDocuments
{
    public static readonly IReadOnlyList<DocumentKind> Kinds = [DocumentKind.IdentityDocument, DocumentKind.HealthInformation, DocumentKind.EmergencyContact];

    public static string Segment(DocumentKind kind) => kind switch
    {
        DocumentKind.IdentityDocument => "identity",
        DocumentKind.HealthInformation => "health",
        _ => "emergency-contact",
    };
}
