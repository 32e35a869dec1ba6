
namespace Passerelles.Web.Features.Programmes;

/// <summary>The set-up of the incubators the person is staff of: their programmes, and a link to each stage model.</summary>
public sealed class IndexModel(AppDbContext db, CurrentActor actors) : ListPageModel
{
    public const int PageSize = 25;

    public sealed record Row(Guid Id, string Name, Guid IncubatorId, string Incubator, Side Side, int Cohorts);
    public sealed record Incubator(Guid Id, string Name, int Stages);

    [BindProperty(SupportsGet = true)] public string Sort { get; set; } = "name";
    [BindProperty(SupportsGet = true)] public bool Descending { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyList<Incubator> Incubators { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var staffed = db.Organisations.StaffedBy(await actors.GetAsync());
        Incubators = await staffed.AsNoTracking()
            .OrderBy(o => o.SearchName)
            .Select(o => new Incubator(o.Id, o.Name, db.IncubatorStages.Count(s => s.IncubatorId == o.Id)))
            .ToListAsync();
        if (Incubators.Count == 0) return Forbid();

        var programmes = db.Programmes.AsNoTracking().Where(p => staffed.Any(o => o.Id == p.IncubatorId));
        await CountPagesAsync(programmes, PageSize);
        Rows = await Sorted(programmes)
            .Skip((PageNumber - 1) * PageSize)
            .Take(PageSize)
            .Select(p => new Row(p.Id, p.Name, p.IncubatorId, p.Incubator.Name, p.Incubator.Side, p.Cohorts.Count))
            .ToListAsync();
        return Page();
    }

    private IQueryable<Programme> Sorted(IQueryable<Programme> programmes) => (CurrentSort, Descending) switch
    {
        ("incubator", false) => programmes.OrderBy(p => p.Incubator.SearchName).ThenBy(p => p.Name),
        ("incubator", true) => programmes.OrderByDescending(p => p.Incubator.SearchName).ThenBy(p => p.Name),
        (_, true) => programmes.OrderByDescending(p => p.Name).ThenBy(p => p.Id),
        _ => programmes.OrderBy(p => p.Name).ThenBy(p => p.Id),
    };

    private string CurrentSort => Sort == "incubator" ? Sort : "name";

    public string? AriaSort(string column) => column == CurrentSort ? (Descending ? "descending" : "ascending") : null;

    public string SortLink(string column) => Link(column, column == CurrentSort && !Descending, 1);

    public string PageLink(int page) => Link(CurrentSort, Descending, page);

    private static string Link(string sort, bool descending, int page)
    {
        var query = new List<string>();
        if (sort != "name") query.Add($"sort={sort}");
        if (descending) query.Add("descending=true");
        if (page > 1) query.Add("p=" + page.ToString(CultureInfo.InvariantCulture));
        return query.Count == 0 ? "/programmes" : "/programmes?" + string.Join("&", query);
    }
}
