namespace Passerelles.Web.Features.Mobility.Placements;

/// <summary>The coordinators' board: every placement the person coordinates, one row each, with its departure
/// checklist at a glance and its overdue items marked; filtered by status, programme and sending side, sorted and paged.
/// A placement whose checklist was never opened shows the items it will have.</summary>
public sealed class IndexModel(AppDbContext db, CurrentActor actors, ViewerTime time) : ListPageModel
{
    public const int PageSize = 50;

    public enum SortBy { Start, Student, Host, Overdue }

    public sealed record Cell(LocalDate DueOn, bool Done);

    public sealed record Row(Guid Id, string Student, string Host, string Programme, LocalDate StartsOn, PlacementStatus Status)
    {
        public IReadOnlyDictionary<ChecklistItemKind, Cell> Items { get; init; } = new Dictionary<ChecklistItemKind, Cell>();
    }

    public sealed record Choice(Guid Id, string Name);

    [BindProperty(SupportsGet = true)] public PlacementStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? Programme { get; set; }
    [BindProperty(SupportsGet = true)] public Side? Side { get; set; }
    [BindProperty(SupportsGet = true)] public SortBy Sort { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyList<Choice> Programmes { get; private set; } = [];
    public LocalDate Today { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var actor = await actors.GetAsync();
        if (!actor.IsNetworkAdministrator && actor.Administers.Count == 0) return Forbid();
        Today = time.InViewerZone(time.Now).Date;
        var coordinated = db.Placements.AsNoTracking().CoordinatedBy(actor);
        Programmes = await db.MobilityProgrammes.AsNoTracking().Where(g => coordinated.Any(p => p.ProgrammeId == g.Id))
            .OrderBy(g => g.Name).Select(g => new Choice(g.Id, g.Name)).ToListAsync();
        var placements = coordinated;
        if (Status is { } status) placements = placements.Where(p => p.Status == status);
        if (Programme is { } programme) placements = placements.Where(p => p.ProgrammeId == programme);
        if (Side is { } side) placements = placements.Where(p => p.SendingOrganisation.Side == side);
        await CountPagesAsync(placements, PageSize);
        var today = Today;
        var ordered = Sort switch
        {
            SortBy.Student => placements.OrderBy(p => p.Student!.DisplayName).ThenBy(p => p.StartsOn),
            SortBy.Host => placements.OrderBy(p => p.HostOrganisation.Name).ThenBy(p => p.StartsOn),
            SortBy.Overdue => placements.OrderByDescending(p => db.ChecklistItems.Count(i => i.PlacementId == p.Id && i.DoneAt == null && i.DueOn < today))
                .ThenBy(p => p.StartsOn),
            _ => placements.OrderBy(p => p.StartsOn),
        };
        var rows = await ordered.ThenBy(p => p.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(p => new Row(p.Id, p.Student!.DisplayName ?? Placement.AnonymousStudent, p.HostOrganisation.Name, p.Programme.Name, p.StartsOn, p.Status))
            .ToListAsync();
        var ids = rows.Select(r => r.Id).ToList();
        var items = (await db.ChecklistItems.AsNoTracking().Where(i => ids.Contains(i.PlacementId))
            .Select(i => new { i.PlacementId, i.Kind, i.DueOn, Done = i.DoneAt != null }).ToListAsync())
            .ToLookup(i => i.PlacementId);
        Rows = rows.Select(r => r with
        {
            Items = items[r.Id].Any()
                ? items[r.Id].ToDictionary(i => i.Kind, i => new Cell(i.DueOn, i.Done))
                : DepartureChecklist.Items.ToDictionary(i => i.Kind, i => new Cell(r.StartsOn.PlusDays(-i.DaysBefore), false)),
        }).ToList();
        return Page();
    }

    public string PageLink(int page) => QueryLink.ToPage("/mobility/placements", Request.Query, page);

    public string SortLink(SortBy by) => QueryLink.With("/mobility/placements", Request.Query, ("sort", by.ToString()), (QueryLink.PageKey, null));
}
