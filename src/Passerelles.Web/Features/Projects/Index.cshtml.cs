namespace Passerelles.Web.Features.Projects;

/// <summary>The projects the reader may see, searched and filtered, as a sortable table; staff download the same
/// selection as CSV for funders.</summary>
public sealed class IndexModel(AppDbContext db, CurrentActor actors) : ListPageModel
{
    public const int PageSize = 25;

    public sealed record Row(
        Guid Id, string Name, string Incubator, Side Side, string? Cohort, IncubatorStage? Stage, ProjectStatus Status,
        bool Archived, IReadOnlyList<string> Themes);

    public sealed record Choice(Guid Id, string Name);

    public ProjectFilter Filter { get; private set; } = new();
    [BindProperty(SupportsGet = true)] public string Sort { get; set; } = "name";
    [BindProperty(SupportsGet = true)] public bool Descending { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public bool CanExport { get; private set; }
    public IReadOnlyList<Choice> Incubators { get; private set; } = [];
    public IReadOnlyList<Choice> Cohorts { get; private set; } = [];
    public IReadOnlyList<string> Themes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync([FromQuery] ProjectFilter filter, CancellationToken cancellationToken)
    {
        Filter = filter;
        var actor = await actors.GetAsync();
        var visible = db.Projects.AsNoTracking().VisibleTo(actor);
        var projects = filter.Apply(visible);
        CountPages(await projects.CountAsync(cancellationToken), PageSize);
        Rows = await Sorted(projects)
            .Skip((PageNumber - 1) * PageSize)
            .Take(PageSize)
            .Select(p => new Row(
                p.Id, p.Name, p.Incubator.Name, p.Incubator.Side, p.Cohort == null ? null : p.Cohort.Name, p.CurrentStage,
                p.Status, p.ArchivedAt != null, p.Themes.OrderBy(t => t.Name).Select(t => t.Name).ToList()))
            .ToListAsync(cancellationToken);

        return await this.PageOrPartialAsync("_Results", () => LoadFiltersAsync(actor, visible, cancellationToken));
    }

    /// <summary>What only the whole page shows: the filters' choices among the projects the person sees.</summary>
    private async Task LoadFiltersAsync(Actor actor, IQueryable<Project> visible, CancellationToken cancellationToken)
    {
        CanExport = await db.Organisations.StaffedBy(actor).AnyAsync(cancellationToken);
        // Read from the projects, not the directory: the incubators that have projects the person sees, however many
        // organisations there are.
        Incubators = await visible
            .Select(p => new { p.IncubatorId, p.Incubator.Name, p.Incubator.SearchName })
            .Distinct()
            .OrderBy(i => i.SearchName)
            .Select(i => new Choice(i.IncubatorId, i.Name))
            .ToListAsync(cancellationToken);
        Cohorts = await db.Cohorts.AsNoTracking()
            .Where(c => visible.Any(p => p.CohortId == c.Id))
            .OrderByDescending(c => c.StartsOn).ThenBy(c => c.Name)
            .Take(200)
            .Select(c => new Choice(c.Id, c.Programme.Incubator.Name + " — " + c.Name))
            .ToListAsync(cancellationToken);
        var tags = await db.ProjectThemes.AsNoTracking()
            .Where(t => !OrganisationTheme.Priorities.Contains(t.Name))
            .Where(t => visible.Any(p => p.Id == t.ProjectId))
            .GroupBy(t => t.Name)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
            .Take(100)
            .Select(g => g.Key)
            .ToListAsync(cancellationToken);
        Themes = [.. OrganisationTheme.Priorities, .. tags.Order(StringComparer.CurrentCulture)];
    }

    private IQueryable<Project> Sorted(IQueryable<Project> projects) => (CurrentSort, Descending) switch
    {
        ("incubator", false) => projects.OrderBy(p => p.Incubator.SearchName).ThenBy(p => p.SearchName).ThenBy(p => p.Id),
        ("incubator", true) => projects.OrderByDescending(p => p.Incubator.SearchName).ThenBy(p => p.SearchName).ThenBy(p => p.Id),
        ("cohort", false) => projects.OrderBy(p => p.Cohort!.StartsOn).ThenBy(p => p.Cohort!.Name).ThenBy(p => p.SearchName).ThenBy(p => p.Id),
        ("cohort", true) => projects.OrderByDescending(p => p.Cohort!.StartsOn).ThenByDescending(p => p.Cohort!.Name).ThenBy(p => p.SearchName).ThenBy(p => p.Id),
        ("stage", false) => projects.OrderBy(p => p.CurrentStage!.Position).ThenBy(p => p.SearchName).ThenBy(p => p.Id),
        ("stage", true) => projects.OrderByDescending(p => p.CurrentStage!.Position).ThenBy(p => p.SearchName).ThenBy(p => p.Id),
        ("status", false) => projects.OrderBy(p => p.Status).ThenBy(p => p.SearchName).ThenBy(p => p.Id),
        ("status", true) => projects.OrderByDescending(p => p.Status).ThenBy(p => p.SearchName).ThenBy(p => p.Id),
        (_, true) => projects.OrderByDescending(p => p.SearchName).ThenBy(p => p.Id),
        _ => projects.OrderBy(p => p.SearchName).ThenBy(p => p.Id),
    };

    public string CurrentSort => Sort is "incubator" or "cohort" or "stage" or "status" ? Sort : "name";

    public string? AriaSort(string column) => column == CurrentSort ? (Descending ? "descending" : "ascending") : null;

    /// <summary>The address of this list with the current filters, sorted by <paramref name="column"/> from its first
    /// page: a second click on the current column reverses the order.</summary>
    public string SortLink(string column) => QueryLink.With("/projects", Request.Query,
        ("sort", column == "name" ? null : column),
        ("descending", column == CurrentSort && !Descending ? "true" : null),
        (QueryLink.PageKey, null));

    public string PageLink(int page) => QueryLink.ToPage("/projects", Request.Query, page);

    /// <summary>The address of an export with the list's filters, without its sorting and paging.</summary>
    public string ExportLink(string kind) => QueryLink.With($"/projects/export/{kind}", Request.Query,
        ("sort", null), ("descending", null), (QueryLink.PageKey, null));
}
