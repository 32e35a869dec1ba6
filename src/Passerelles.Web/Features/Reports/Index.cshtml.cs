
namespace Passerelles.Web.Features.Reports;

/// <summary>The reports the person may see, 25 a page, the latest made first or sorted by period: those of the grants
/// they manage, and for a funder's guest the frozen reports addressed to them.</summary>
public sealed class IndexModel(AppDbContext db, CurrentActor actors) : ListPageModel
{
    public const int PageSize = 25;

    public enum SortBy { Made, Period }

    public sealed record Row(Guid Id, LocalisedText Name, int Number, string Grant, string Funder, LocalDate From, LocalDate To, ReportStatus Status, Instant Made);

    [BindProperty(SupportsGet = true)] public SortBy Sort { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public bool MayManageGrants { get; private set; }
    public bool MayEditTemplates { get; private set; }

    public async Task OnGetAsync()
    {
        var actor = await actors.GetAsync();
        MayManageGrants = actor.MayManageGrants();
        MayEditTemplates = actor.MayEditTemplates();
        var reports = db.Reports.AsNoTracking().VisibleTo(actor);
        await CountPagesAsync(reports, PageSize);
        var sorted = Sort == SortBy.Period
            ? reports.OrderByDescending(r => r.From).ThenByDescending(r => r.Number).ThenBy(r => r.Id)
            : reports.OrderByDescending(r => r.CreatedAt).ThenBy(r => r.Id);
        Rows = await sorted.Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(r => new Row(r.Id, r.Template.Name, r.Number, r.Grant.Title, r.Grant.Funder.Name, r.From, r.To, r.Status, r.CreatedAt))
            .ToListAsync();
    }

    public string SortLink(SortBy by) => QueryLink.With("/reports", Request.Query, ("sort", by.ToString()), (QueryLink.PageKey, null));

    public string PageLink(int page) => QueryLink.ToPage("/reports", Request.Query, page);
}
