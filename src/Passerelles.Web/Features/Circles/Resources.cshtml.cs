namespace Passerelles.Web.Features.Circles;

/// <summary>A circle's resource library: practice sheets, tools, readings, as links or files, for its members.</summary>
public sealed class ResourcesModel(AppDbContext db, CurrentActor actors) : CircleListPageModel(db, actors, "resources")
{
    public const int PageSize = 25;

    public sealed record Row(Guid Id, string Title, string Description, ResourceKind Kind, string? Url, string? FileName, long? Size, Instant AddedAt);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await FindCircleAsync(id)) return NotFound();
        var resources = Db.CircleResources.AsNoTracking().Where(r => r.CircleId == id);
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

    public static string KindLabel(ResourceKind kind) => kind switch
    {
        ResourceKind.PracticeSheet => "Practice sheet",
        ResourceKind.Tool => "Tool",
        ResourceKind.Reading => "Reading",
        _ => "Other resource",
    };
}
