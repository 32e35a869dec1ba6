namespace Passerelles.Web.Features.Mobility.Placements;

/// <summary>A placement from acceptance to closing: who, where, when, its departure checklist, its stay and its
/// closing. The coordinators tick any checklist item; the student ticks their own (travel, emergency contact). The
/// coordinators draft the tripartite agreement here (<see cref="TripartiteAgreement"/>); once it exists, its item is
/// ticked by the agreements engine only.</summary>
public sealed class DetailsModel(AppDbContext db, CurrentActor actors, ViewerTime time, IStringLocalizer<Text> t) : PageModel
{
    public sealed record ItemRow(Guid Id, ChecklistItemKind Kind, LocalDate DueOn, Instant? DoneAt, string? DoneBy);

    public sealed record IncidentRow(Guid Id, LocalDate OccurredOn, string Summary, string? ConfidentialNote);

    public PlacementScope Scope { get; private set; } = null!;
    public IReadOnlyList<ItemRow> Items { get; private set; } = [];
    public PlacementStay? Stay { get; private set; }
    public IReadOnlyList<IncidentRow> Incidents { get; private set; } = [];
    public LocalDate Today { get; private set; }

    /// <summary>The status of the placement's tripartite agreement, once drafted.</summary>
    public Agreements.AgreementStatus? AgreementStatus { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var scope = await PlacementScope.LoadAsync(db, await actors.GetAsync(), id);
        if (scope is null) return NotFound();
        await LoadAsync(scope);
        return Page();
    }

    /// <summary>A coordinator drafts the tripartite agreement; the student and the supervisor get 403, anyone else 404, and
    /// a second draft is refused with the reason.</summary>
    public async Task<IActionResult> OnPostDraftAgreementAsync(Guid id)
    {
        var (scope, refusal) = await PlacementScope.ForCoordinatingAsync(db, await actors.GetAsync(), id);
        if (refusal is not null) return refusal;
        var problem = scope!.Placement.Status == PlacementStatus.Preparing
            ? await TripartiteAgreement.DraftAsync(db, scope.Placement, User.UserId()!.Value, time.Now)
            : "The tripartite agreement is drafted while the placement is in preparation.";
        if (problem is null)
        {
            try
            {
                await db.SaveChangesAsync();
                TempData["Notice"] = t["The tripartite agreement was drafted: the sending and host organisations approve it, then the three parties sign it."].Value;
                return Redirect($"/mobility/placements/{id}#agreement");
            }
            catch (DbUpdateConcurrencyException)
            {
                problem = "Someone else changed this placement at the same moment. Check it and try again.";
            }
        }
        db.ChangeTracker.Clear();
        ModelState.AddModelError("", t[problem]);
        await LoadAsync((await PlacementScope.LoadAsync(db, await actors.GetAsync(), id))!);
        return Page();
    }

    private async Task LoadAsync(PlacementScope scope)
    {
        var id = scope.Id;
        Scope = scope;
        Today = time.InViewerZone(time.Now).Date;
        await DepartureChecklist.EnsureAsync(db, scope.Placement);
        var items = await db.ChecklistItems.AsNoTracking().Where(i => i.PlacementId == id)
            .Select(i => new ItemRow(i.Id, i.Kind, i.DueOn, i.DoneAt, i.DoneBy == null ? null : i.DoneBy.DisplayName)).ToListAsync();
        Items = items.OrderBy(i => i.DueOn).ThenBy(i => i.Kind).ToList();
        Stay = await db.PlacementStays.AsNoTracking().SingleOrDefaultAsync(s => s.PlacementId == id);
        var incidents = await db.PlacementIncidents.AsNoTracking().Where(i => i.PlacementId == id).OrderBy(i => i.OccurredOn).ThenBy(i => i.CreatedAt)
            .Select(i => new IncidentRow(i.Id, i.OccurredOn, i.Summary, i.ConfidentialNote)).ToListAsync();
        Incidents = scope.IsCoordinator ? incidents : incidents.Select(i => i with { ConfidentialNote = null }).ToList();
        AgreementStatus = await db.Agreements.Where(a => a.Id == scope.Placement.AgreementId)
            .Select(a => (Agreements.AgreementStatus?)a.Status).SingleOrDefaultAsync();
    }

    public Task<IActionResult> OnPostTickAsync(Guid id, Guid itemId) =>
        ChangeAsync(id, itemId, (item, by) => item.Tick(by, time.Now), "The item is ticked.");

    public Task<IActionResult> OnPostUntickAsync(Guid id, Guid itemId) =>
        ChangeAsync(id, itemId, (item, _) => item.Untick(), "The item is open again.");

    public bool MayTick(ChecklistItemKind kind) =>
        Scope.Placement.Status == PlacementStatus.Preparing && !(kind == ChecklistItemKind.Agreement && Scope.Placement.AgreementId is not null)
        && (Scope.IsCoordinator || Scope.IsStudent && DepartureChecklist.StudentTicks(kind));

    /// <summary>Coordinators change any item; the student their own; the supervisor gets 403, anyone else 404.</summary>
    private async Task<IActionResult> ChangeAsync(Guid id, Guid itemId, Action<ChecklistItem, Guid> change, string notice)
    {
        var scope = await PlacementScope.LoadAsync(db, await actors.GetAsync(), id);
        if (scope is null) return NotFound();
        Scope = scope;
        var item = await db.ChecklistItems.SingleOrDefaultAsync(i => i.Id == itemId && i.PlacementId == id);
        if (item is null) return NotFound();
        if (!MayTick(item.Kind)) return Forbid();
        change(item, User.UserId()!.Value);
        await db.SaveChangesAsync();
        TempData["Notice"] = t[notice].Value;
        return Redirect($"/mobility/placements/{id}#checklist");
    }
}
