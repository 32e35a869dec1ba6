namespace Passerelles.Web.Features.Circles;

/// <summary>The discussions of a circle, most recently active first (or by title), paged.</summary>
public sealed class DiscussionsModel(AppDbContext db, CurrentActor actors) : ListPageModel
{
    public const int PageSize = 20;

    public sealed record Row(Guid Id, string Title, int Posts, Instant LastPostAt);

    [BindProperty(SupportsGet = true)] public string Sort { get; set; } = "recent";

    public Guid Id { get; private set; }
    public string Circle { get; private set; } = "";
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var actor = await actors.GetAsync();
        var circle = await db.Circles.AsNoTracking().VisibleTo(actor).Where(c => c.Id == id).Select(c => c.Name).SingleOrDefaultAsync();
        if (circle is null) return NotFound();
        (Id, Circle) = (id, circle);
        var discussions = db.Discussions.AsNoTracking().Where(d => d.CircleId == id);
        await CountPagesAsync(discussions, PageSize);
        var ordered = Sort == "title"
            ? discussions.OrderBy(d => d.Title).ThenBy(d => d.Id)
            : discussions.OrderByDescending(d => d.LastPostAt).ThenBy(d => d.Id);
        Rows = await ordered.Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(d => new Row(d.Id, d.Title, d.Posts.Count, d.LastPostAt)).ToListAsync();
        return Page();
    }

    public string SortLink(string sort) => QueryLink.With($"/circles/{Id}/discussions", Request.Query,
        ("sort", sort == "recent" ? null : sort), (QueryLink.PageKey, null));

    public string PageLink(int page) => QueryLink.ToPage($"/circles/{Id}/discussions", Request.Query, page);
}
