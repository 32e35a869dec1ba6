namespace Passerelles.Web.Features.Circles;

/// <summary>The discussions of a circle, most recently active first (or by title), paged.</summary>
public sealed class DiscussionsModel(AppDbContext db, CurrentActor actors) : CircleListPageModel(db, actors, "discussions")
{
    public const int PageSize = 20;

    public sealed record Row(Guid Id, string Title, int Posts, Instant LastPostAt);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await FindCircleAsync(id)) return NotFound();
        var discussions = Db.Discussions.AsNoTracking().Where(d => d.CircleId == id);
        await CountPagesAsync(discussions, PageSize);
        var ordered = Sort == "title"
            ? discussions.OrderBy(d => d.Title).ThenBy(d => d.Id)
            : discussions.OrderByDescending(d => d.LastPostAt).ThenBy(d => d.Id);
        Rows = await ordered.Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(d => new Row(d.Id, d.Title, d.Posts.Count, d.LastPostAt)).ToListAsync();
        return Page();
    }
}
