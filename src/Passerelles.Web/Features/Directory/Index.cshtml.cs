using Microsoft.Extensions.Caching.Memory;

namespace Passerelles.Web.Features.Directory;

/// <summary>The ecosystem directory: full-text search with filters, open to visitors. Everyone finds the public
/// organisations, and the private ones they may see (<see cref="OrganisationRules"/>).</summary>
[AllowAnonymous]
public sealed class IndexModel(AppDbContext db, IMemoryCache cache, DirectoryIndex index, CurrentActor actors) : PageModel
{
    public sealed record Choices(IReadOnlyList<string> Regions, IReadOnlyList<string> LegalForms, IReadOnlyList<string> Tags);

    [BindProperty(SupportsGet = true, Name = "q")] public string? Query { get; set; }
    [BindProperty(SupportsGet = true)] public Side? Side { get; set; }
    [BindProperty(SupportsGet = true)] public OrganisationKind? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public string? Region { get; set; }
    [BindProperty(SupportsGet = true)] public string? LegalForm { get; set; }
    [BindProperty(SupportsGet = true, Name = "theme")] public List<string> Themes { get; set; } = [];
    [BindProperty(SupportsGet = true)] public string? Tag { get; set; }
    [BindProperty(SupportsGet = true)] public bool Bridged { get; set; }
    [BindProperty(SupportsGet = true)] public DirectorySort? Sort { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    /// <summary>Importing is for network administrators (the import pages' policy).</summary>
    public bool CanImport { get; private set; }

    public DirectoryQuery.Results Results { get; private set; } = new([], 0, false, 1, 1);
    public Choices Options { get; private set; } = new([], [], []);

    /// <summary>Relevance when words were typed, the name otherwise.</summary>
    public DirectorySort EffectiveSort => Sort ?? (SearchTerms.Parse(Query).IsEmpty ? DirectorySort.Name : DirectorySort.Relevance);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var actor = await actors.GetAsync();
        var reader = DirectoryReader.Of(actor);
        CanImport = actor.IsNetworkAdministrator;
        var themes = Themes.Where(OrganisationTheme.IsPriority).ToList();
        if (!string.IsNullOrWhiteSpace(Tag)) themes.Add(Tag);
        Results = await new DirectoryQuery(Query, Side, Kind, Region, LegalForm, themes, Bridged, EffectiveSort, PageNumber)
            .RunAsync(db, reader, index, cancellationToken);
        PageNumber = Results.Page;

        return await this.PageOrPartialAsync("_Results", async () => Options = await ChoicesAsync(reader, cancellationToken));
    }

    /// <summary>The regions, legal forms and free tags in use, for the filter lists: those of the public organisations
    /// (or of all, for network administrators), with those of the few private ones the reader sees. They change
    /// rarely, so the shared part is kept a few minutes rather than counted on every keystroke.</summary>
    private async Task<Choices> ChoicesAsync(DirectoryReader reader, CancellationToken cancellationToken)
    {
        var shared = await SharedChoicesAsync(reader.SeesAll, cancellationToken);
        if (reader.SeesAll || reader.Sees.Count == 0) return shared;
        // The few private organisations the reader sees, looked up by id: filtering the whole directory by who may see
        // each organisation took seconds at 250,000 organisations, on every page.
        var sees = reader.Sees.ToList();
        var own = await ChoicesOfAsync(db.Organisations.AsNoTracking().Where(o => !o.IsPublic && sees.Contains(o.Id)),
            db.OrganisationThemes.Where(t => sees.Contains(t.OrganisationId)), int.MaxValue, cancellationToken);
        return new Choices(Merge(shared.Regions, own.Regions), Merge(shared.LegalForms, own.LegalForms), Merge(shared.Tags, own.Tags));

        static List<string> Merge(IEnumerable<string> first, IEnumerable<string> second) =>
            first.Union(second).Order(StringComparer.CurrentCulture).ToList();
    }

    private Task<Choices> SharedChoicesAsync(bool all, CancellationToken cancellationToken) =>
        cache.GetOrCreateAsync($"directory-choices:{all}", entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(5);
            return ChoicesOfAsync(db.Organisations.AsNoTracking().Where(o => all || o.IsPublic), db.OrganisationThemes, 100, cancellationToken);
        })!;

    private async Task<Choices> ChoicesOfAsync(
        IQueryable<Organisation> organisations, IQueryable<OrganisationTheme> themes, int tagCount, CancellationToken cancellationToken)
    {
        var regions = await organisations.Where(o => o.Region != "").Select(o => o.Region).Distinct().OrderBy(r => r).ToListAsync(cancellationToken);
        var legalForms = await organisations.Where(o => o.LegalForm != "").Select(o => o.LegalForm).Distinct().OrderBy(l => l).ToListAsync(cancellationToken);
        var tags = await themes.AsNoTracking()
            .Where(t => !OrganisationTheme.Priorities.Contains(t.Name))
            .Where(t => organisations.Any(o => o.Id == t.OrganisationId))
            .GroupBy(t => t.Name)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
            .Take(tagCount)
            .Select(g => g.Key)
            .ToListAsync(cancellationToken);
        return new Choices(regions, legalForms, tags.Order(StringComparer.CurrentCulture).ToList());
    }

    public string PageLink(int page) => QueryLink.ToPage("/directory", Request.Query, page);
}
