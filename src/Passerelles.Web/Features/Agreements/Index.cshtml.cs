namespace Passerelles.Web.Features.Agreements;

/// <summary>The agreements the person may read (<see cref="AgreementRules.VisibleTo"/>): those of their organisations, of
/// the organisations they act for through a carrier, and of the carriers of the organisations they work for.</summary>
public sealed class IndexModel(AppDbContext db, CurrentActor actors, TimeProvider clock) : ListPageModel
{
    public const int PageSize = 25;
    private const string Path = "/agreements";

    public sealed record Row(Guid Id, string Title, AgreementStatus Status, int Version, Instant UpdatedAt, IReadOnlyList<string> Parties);

    [BindProperty(SupportsGet = true)] public string Sort { get; set; } = "title";
    [BindProperty(SupportsGet = true)] public bool Descending { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public bool CanDraft { get; private set; }

    public async Task OnGetAsync()
    {
        var actor = await actors.GetAsync();
        CanDraft = actor.MayStartAgreement();
        var agreements = db.Agreements.AsNoTracking().VisibleTo(actor);
        await CountPagesAsync(agreements, PageSize);
        agreements = (CurrentSort, Descending) switch
        {
            ("status", false) => agreements.OrderBy(a => a.Status).ThenBy(a => a.Title).ThenBy(a => a.Id),
            ("status", true) => agreements.OrderByDescending(a => a.Status).ThenBy(a => a.Title).ThenBy(a => a.Id),
            ("updated", false) => agreements.OrderBy(a => a.UpdatedAt).ThenBy(a => a.Id),
            ("updated", true) => agreements.OrderByDescending(a => a.UpdatedAt).ThenBy(a => a.Id),
            (_, true) => agreements.OrderByDescending(a => a.Title).ThenBy(a => a.Id),
            _ => agreements.OrderBy(a => a.Title).ThenBy(a => a.Id),
        };
        var rows = await agreements.Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(a => new { a.Id, a.Title, a.Status, a.ExpiresOn, a.Renewal, a.CurrentVersion, a.UpdatedAt, Parties = a.Parties.OrderBy(p => p.SigningRank).Select(p => p.Organisation.Name).ToList() })
            .ToListAsync();
        var today = CommitmentContext.Today(clock);
        Rows = rows.Select(r => new Row(r.Id, r.Title, Agreement.StatusOn(r.Status, r.ExpiresOn, r.Renewal, today), r.CurrentVersion, r.UpdatedAt, r.Parties)).ToList();
    }

    private string CurrentSort => Sort is "status" or "updated" ? Sort : "title";

    public string? AriaSort(string column) => column == CurrentSort ? (Descending ? "descending" : "ascending") : null;

    public string SortLink(string column) => QueryLink.With(Path, Request.Query,
        ("sort", column == "title" ? null : column),
        ("descending", column == CurrentSort && !Descending ? "true" : null),
        (QueryLink.PageKey, null));

    public string PageLink(int page) => QueryLink.ToPage(Path, Request.Query, page);
}
