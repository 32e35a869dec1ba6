namespace Passerelles.Web.Features.Organisations;

/// <summary>The directory of the network's organisations: search, filters, sorting and pages, over the organisations
/// the person may see (<see cref="OrganisationRules"/>).</summary>
public sealed class IndexModel(AppDbContext db, CurrentActor actors) : ListPageModel
{
    public const int PageSize = 25;

    public sealed record Row(Guid Id, string Name, OrganisationKind Kind, Side Side, string CountryCode, string Region, Guid? CarrierId, string? Carrier, bool CarrierIsPublic);

    [BindProperty(SupportsGet = true, Name = "q")] public string? Query { get; set; }
    [BindProperty(SupportsGet = true)] public Side? Side { get; set; }
    [BindProperty(SupportsGet = true)] public OrganisationKind? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public string Sort { get; set; } = "name";
    [BindProperty(SupportsGet = true)] public bool Descending { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public bool CanCreate { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var actor = await actors.GetAsync();
        CanCreate = actor.IsNetworkAdministrator;

        var organisations = db.Organisations.AsNoTracking().VisibleTo(actor);
        if (!string.IsNullOrWhiteSpace(Query))
        {
            var key = Organisation.SearchKey(Query);
            organisations = organisations.Where(o => o.SearchName.Contains(key));
        }
        if (Side is { } side) organisations = organisations.Where(o => o.Side == side);
        if (Kind is { } kind) organisations = organisations.Where(o => o.Kind == kind);

        await CountPagesAsync(organisations, PageSize);

        Rows = await Sorted(organisations)
            .Skip((PageNumber - 1) * PageSize)
            .Take(PageSize)
            .Select(o => new Row(o.Id, o.Name, o.Kind, o.Side, o.CountryCode, o.Region, o.ParentId, o.Parent != null ? o.Parent.Name : null,
                o.Parent != null && o.Parent.IsPublic))
            .ToListAsync();
        // A carrier the person may not see is not named.
        Rows = Rows.Select(r => r.CarrierId is { } carrier && !actor.MaySee(carrier, r.CarrierIsPublic) ? r with { CarrierId = null, Carrier = null } : r).ToList();

        return this.PageOrPartial("_Results");
    }

    private IQueryable<Organisation> Sorted(IQueryable<Organisation> organisations) => (Sort, Descending) switch
    {
        ("kind", false) => organisations.OrderBy(o => o.Kind).ThenBy(o => o.SearchName),
        ("kind", true) => organisations.OrderByDescending(o => o.Kind).ThenBy(o => o.SearchName),
        ("side", false) => organisations.OrderBy(o => o.Side).ThenBy(o => o.SearchName),
        ("side", true) => organisations.OrderByDescending(o => o.Side).ThenBy(o => o.SearchName),
        (_, true) => organisations.OrderByDescending(o => o.SearchName).ThenByDescending(o => o.Name),
        _ => organisations.OrderBy(o => o.SearchName).ThenBy(o => o.Name),
    };

    /// <summary>aria-sort of a column header: set only on the column the table is sorted by.</summary>
    public string? AriaSort(string column) => column == CurrentSort ? (Descending ? "descending" : "ascending") : null;

    private string CurrentSort => Sort is "kind" or "side" ? Sort : "name";

    /// <summary>The address of this list with the current search and filters, sorted by <paramref name="column"/>
    /// from its first page: a second click on the current column reverses the order.</summary>
    public string SortLink(string column) => QueryLink.With("/organisations", Request.Query,
        ("sort", column == "name" ? null : column),
        ("descending", column == CurrentSort && !Descending ? "true" : null),
        (QueryLink.PageKey, null));

    public string PageLink(int page) => QueryLink.ToPage("/organisations", Request.Query, page);
}
