namespace Passerelles.Web.Features.Bridges;

/// <summary>The bridges as a table: filters shared with the map and the graph, sorting and pages.</summary>
public sealed class IndexModel(AppDbContext db, CurrentActor actors, OrganisationPicks picks, IStringLocalizer<Text> t) : ListPageModel
{
    public const int PageSize = 25;

    public sealed record Row(
        Guid Id, Guid FromId, string From, Side FromSide, Guid ToId, string To, Side ToSide,
        BridgeKind Kind, BridgeStatus Status, LocalDate? StartDate, LocalDate? EndDate, string EvidenceUrl, bool HasDocument);

    public BridgeFilter Filter { get; private set; } = new();
    [BindProperty(SupportsGet = true)] public string Sort { get; set; } = "start";
    [BindProperty(SupportsGet = true)] public bool Descending { get; set; }

    public BridgeViews Views { get; private set; } = null!;
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public bool CanRecord { get; private set; }

    public async Task OnGetAsync([FromQuery] BridgeFilter filter)
    {
        Filter = filter;
        var actor = await actors.GetAsync();
        Views = await BridgeViews.LoadAsync(this, BridgeViews.List, filter, picks, actor, t);
        CanRecord = actor.MayRecordBridges();

        var bridges = filter.Apply(db.Bridges.AsNoTracking().VisibleTo(actor));
        await CountPagesAsync(bridges, PageSize);
        Rows = await Sorted(bridges)
            .Skip((PageNumber - 1) * PageSize)
            .Take(PageSize)
            .Select(b => new Row(b.Id, b.FromOrganisationId, b.FromOrganisation.Name, b.FromOrganisation.Side, b.ToOrganisationId,
                b.ToOrganisation.Name, b.ToOrganisation.Side, b.Kind, b.Status, b.StartDate, b.EndDate,
                b.EvidenceUrl, b.EvidenceStoredName != ""))
            .ToListAsync();
    }

    private IQueryable<Bridge> Sorted(IQueryable<Bridge> bridges) => (CurrentSort, Descending) switch
    {
        ("from", false) => bridges.OrderBy(b => b.FromOrganisation.SearchName).ThenBy(b => b.Id),
        ("from", true) => bridges.OrderByDescending(b => b.FromOrganisation.SearchName).ThenBy(b => b.Id),
        ("to", false) => bridges.OrderBy(b => b.ToOrganisation.SearchName).ThenBy(b => b.Id),
        ("to", true) => bridges.OrderByDescending(b => b.ToOrganisation.SearchName).ThenBy(b => b.Id),
        ("kind", false) => bridges.OrderBy(b => b.Kind).ThenBy(b => b.Id),
        ("kind", true) => bridges.OrderByDescending(b => b.Kind).ThenBy(b => b.Id),
        (_, true) => bridges.OrderByDescending(b => b.StartDate).ThenBy(b => b.Id),
        _ => bridges.OrderBy(b => b.StartDate).ThenBy(b => b.Id),
    };

    private string CurrentSort => Sort is "from" or "to" or "kind" ? Sort : "start";

    public string? AriaSort(string column) => column == CurrentSort ? (Descending ? "descending" : "ascending") : null;

    /// <summary>The address of this list with the current filters, sorted by <paramref name="column"/> from its first
    /// page: a second click on the current column reverses the order.</summary>
    public string SortLink(string column) => QueryLink.With(BridgeViews.List, Request.Query,
        ("sort", column == "start" ? null : column),
        ("descending", column == CurrentSort && !Descending ? "true" : null),
        (QueryLink.PageKey, null));

    public string PageLink(int page) => QueryLink.ToPage(BridgeViews.List, Request.Query, page);
}
