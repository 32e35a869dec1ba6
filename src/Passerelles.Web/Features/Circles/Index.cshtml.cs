namespace Passerelles.Web.Features.Circles;

/// <summary>The circles the person belongs to (all of them for a network administrator), with their next session.</summary>
public sealed class IndexModel(AppDbContext db, CurrentActor actors, ViewerTime time) : ListPageModel
{
    public const int PageSize = 25;
    private const string Path = "/circles";

    public sealed record Row(Guid Id, string Name, int Members, Instant? NextSession);

    [BindProperty(SupportsGet = true)] public string Sort { get; set; } = "name";
    [BindProperty(SupportsGet = true)] public bool Descending { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public bool CanStart { get; private set; }

    public async Task OnGetAsync()
    {
        var actor = await actors.GetAsync();
        CanStart = actor.MayStartCircle();
        var circles = db.Circles.AsNoTracking().VisibleTo(actor);
        await CountPagesAsync(circles, PageSize);
        var now = time.Now;
        var rows = circles.Select(c => new
        {
            c.Id, c.Name, Members = c.Members.Count,
            Next = db.CircleSessions.Where(s => s.CircleId == c.Id && s.CancelledAt == null && s.StartsAt >= now)
                .OrderBy(s => s.StartsAt).Select(s => (Instant?)s.StartsAt).FirstOrDefault(),
        });
        rows = (CurrentSort, Descending) switch
        {
            ("members", false) => rows.OrderBy(r => r.Members).ThenBy(r => r.Name),
            ("members", true) => rows.OrderByDescending(r => r.Members).ThenBy(r => r.Name),
            (_, true) => rows.OrderByDescending(r => r.Name).ThenBy(r => r.Id),
            _ => rows.OrderBy(r => r.Name).ThenBy(r => r.Id),
        };
        Rows = (await rows.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync())
            .Select(r => new Row(r.Id, r.Name, r.Members, r.Next)).ToList();
    }

    private string CurrentSort => Sort is "members" ? Sort : "name";

    public string? AriaSort(string column) => column == CurrentSort ? (Descending ? "descending" : "ascending") : null;

    public string SortLink(string column) => QueryLink.With(Path, Request.Query,
        ("sort", column == "name" ? null : column),
        ("descending", column == CurrentSort && !Descending ? "true" : null),
        (QueryLink.PageKey, null));

    public string PageLink(int page) => QueryLink.ToPage(Path, Request.Query, page);
}
