using Passerelles.Web.Infrastructure;

namespace Passerelles.Web.Features.Circles;

/// <summary>The discussions of a circle, most recently active first (or by title), paged.</summary>
public sealed class DiscussionsModel(AppDbContext db, CurrentActor actors) : PageModel
{
    public const int PageSize = 20;

    public sealed record Row(Guid Id, string Title, int Posts, Instant LastPostAt);

    [BindProperty(SupportsGet = true)] public string Sort { get; set; } = "recent";
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public Guid Id { get; private set; }
    public string Circle { get; private set; } = "";
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int PageCount { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var actor = await actors.GetAsync();
        var circle = await db.Circles.AsNoTracking().VisibleTo(actor).Where(c => c.Id == id).Select(c => c.Name).SingleOrDefaultAsync();
        if (circle is null) return NotFound();
        (Id, Circle) = (id, circle);
        var discussions = db.Discussions.AsNoTracking().Where(d => d.CircleId == id);
        Total = await discussions.CountAsync();
        PageCount = Math.Max(1, (Total + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
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
