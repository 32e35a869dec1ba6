namespace Passerelles.Web.Features.Circles;

/// <summary>A circle's resource library: practice sheets, tools, readings, as links or files, for its members.</summary>
public sealed class ResourcesModel(AppDbContext db, CurrentActor actors) : ListPageModel
{
    public const int PageSize = 25;

    public sealed record Row(Guid Id, string Title, string Description, ResourceKind Kind, string? Url, string? FileName, long? Size, Instant AddedAt);

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
        var resources = db.CircleResources.AsNoTracking().Where(r => r.CircleId == id);
        await CountPagesAsync(resources, PageSize);
        var ordered = Sort switch
        {
            "title" => resources.OrderBy(r => r.Title).ThenBy(r => r.Id),
            "kind" => resources.OrderBy(r => r.Kind).ThenBy(r => r.Title).ThenBy(r => r.Id),
            _ => resources.OrderByDescending(r => r.AddedAt).ThenBy(r => r.Id),
        };
        Rows = await ordered.Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(r => new Row(r.Id, r.Title, r.Description, r.Kind, r.Url, r.FileName, r.Size, r.AddedAt)).ToListAsync();
        return Page();
    }

    public string SortLink(string sort) => QueryLink.With($"/circles/{Id}/resources", Request.Query,
        ("sort", sort == "recent" ? null : sort), (QueryLink.PageKey, null));

    public string PageLink(int page) => QueryLink.ToPage($"/circles/{Id}/resources", Request.Query, page);

    public static string KindLabel(ResourceKind kind) => kind switch
    {
        ResourceKind.PracticeSheet => "Practice sheet",
        ResourceKind.Tool => "Tool",
        ResourceKind.Reading => "Reading",
        _ => "Other resource",
    };
}
