namespace Passerelles.Web.Features.Grids;

/// <summary>The characterisation grids with their versions: published ones for everyone signed in, drafts as well for
/// those who edit grids.</summary>
public sealed class IndexModel(AppDbContext db, CurrentActor actors) : ListPageModel
{
    public const int PageSize = 25;

    public sealed record VersionCell(Guid Id, int Number, GridStatus Status);
    /// <summary>A grid, shown by its latest published version (or its draft when nothing is published yet).</summary>
    public sealed record Row(Guid Id, Guid ShownVersionId, string Key, string Title, GridSubject Subject, bool Scored, IReadOnlyList<VersionCell> Versions);

    [BindProperty(SupportsGet = true)] public string Sort { get; set; } = "title";
    [BindProperty(SupportsGet = true)] public bool Descending { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public bool MayEdit { get; private set; }

    public async Task OnGetAsync()
    {
        MayEdit = (await actors.GetAsync()).MayEditGrids();
        var versions = db.GridVersions.AsNoTracking();
        if (!MayEdit) versions = versions.Where(v => v.Status == GridStatus.Published);
        var all = await versions
            .Select(v => new { v.Id, v.GridId, v.Grid.Key, v.Grid.Subject, v.Number, v.Status, v.Title, v.IsScored })
            .ToListAsync();
        // Grids are few (a handful per network): they are sorted and paged here, by their title in the reader's language.
        var rows = all.GroupBy(v => v.GridId).Select(g =>
        {
            var ordered = g.OrderByDescending(v => v.Number).ToList();
            var shown = ordered.FirstOrDefault(v => v.Status == GridStatus.Published) ?? ordered[0];
            return new Row(g.Key, shown.Id, shown.Key, shown.Title.ForCurrentCulture(), shown.Subject, shown.IsScored,
                ordered.Select(v => new VersionCell(v.Id, v.Number, v.Status)).ToList());
        });
        var comparer = StringComparer.Create(CultureInfo.CurrentCulture, CompareOptions.IgnoreCase);
        var sorted = CurrentSort == "key"
            ? (Descending ? rows.OrderByDescending(r => r.Key, StringComparer.Ordinal) : rows.OrderBy(r => r.Key, StringComparer.Ordinal))
            : (Descending ? rows.OrderByDescending(r => r.Title, comparer) : rows.OrderBy(r => r.Title, comparer));
        var list = sorted.ToList();
        CountPages(list.Count, PageSize);
        Rows = list.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToList();
    }

    private string CurrentSort => Sort == "key" ? Sort : "title";

    public string? AriaSort(string column) => column == CurrentSort ? (Descending ? "descending" : "ascending") : null;

    public string SortLink(string column) => Link(column, column == CurrentSort && !Descending, 1);

    public string PageLink(int page) => Link(CurrentSort, Descending, page);

    private static string Link(string sort, bool descending, int page)
    {
        var query = new List<string>();
        if (sort != "title") query.Add($"sort={sort}");
        if (descending) query.Add("descending=true");
        if (page > 1) query.Add("p=" + page.ToString(CultureInfo.InvariantCulture));
        return query.Count == 0 ? "/grids" : "/grids?" + string.Join("&", query);
    }
}
