namespace Passerelles.Web.Features.Projects.Applications;

/// <summary>The applications, and the waiting list, of the incubators the viewer staffs, for them to decide.</summary>
public sealed class IndexModel(AppDbContext db, CurrentActor actors) : ListPageModel
{
    public const int PageSize = 25;

    public sealed record Row(Guid Id, string Name, string Incubator, ProjectStatus Status, Instant AppliedAt, string Territory);

    [BindProperty(SupportsGet = true, Name = "sort")] public string? Sort { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var incubators = db.Organisations.StaffedBy(await actors.GetAsync()).Select(o => o.Id);
        if (!await incubators.AnyAsync()) return Forbid();
        var applications = db.Projects.AsNoTracking()
            .Where(p => incubators.Contains(p.IncubatorId) && p.ArchivedAt == null &&
                        (p.Status == ProjectStatus.Applied || p.Status == ProjectStatus.WaitingList));

        await CountPagesAsync(applications, PageSize);
        var sorted = Sort switch
        {
            "name" => applications.OrderBy(p => p.SearchName),
            "incubator" => applications.OrderBy(p => p.Incubator.SearchName).ThenBy(p => p.CreatedAt),
            "status" => applications.OrderBy(p => p.Status).ThenBy(p => p.CreatedAt),
            "-date" => applications.OrderByDescending(p => p.CreatedAt),
            _ => applications.OrderBy(p => p.CreatedAt),
        };
        Rows = await sorted.ThenBy(p => p.Id)
            .Skip((PageNumber - 1) * PageSize)
            .Take(PageSize)
            .Select(p => new Row(p.Id, p.Name, p.Incubator.Name, p.Status, p.CreatedAt, p.Territory))
            .ToListAsync();
        return Page();
    }

    public string SortLink(string key) =>
        QueryLink.With("/projects/applications", Request.Query, ("sort", key == "date" && (Sort ?? "date") == "date" ? "-date" : key), (QueryLink.PageKey, null));

    public string AriaSort(string key) =>
        (Sort ?? "date") == key ? "ascending" : Sort == "-" + key ? "descending" : "none";

    public string PageLink(int page) => QueryLink.ToPage("/projects/applications", Request.Query, page);
}
