namespace Passerelles.Web.Features.Funding;

/// <summary>The grants the person manages, 25 a page, the latest period first or sorted by title, funder or end.</summary>
public sealed class IndexModel(AppDbContext db, CurrentActor actors) : ListPageModel
{
    public const int PageSize = 25;

    public enum SortBy { Start, Title, Funder, End }

    public sealed record Row(Guid Id, string Title, string Funder, string Programme, string Beneficiary, string? Partner, MoneyAmount Amount,
        LocalDate StartsOn, LocalDate EndsOn);
    [BindProperty(SupportsGet = true)] public SortBy Sort { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var actor = await actors.GetAsync();
        if (!actor.MayManageGrants()) return Forbid();
        var grants = db.Grants.AsNoTracking().ManagedBy(actor);
        await CountPagesAsync(grants, PageSize);
        var sorted = Sort switch
        {
            SortBy.Title => grants.OrderBy(g => g.Title).ThenBy(g => g.Id),
            SortBy.Funder => grants.OrderBy(g => g.Funder.Name).ThenByDescending(g => g.StartsOn).ThenBy(g => g.Id),
            SortBy.End => grants.OrderBy(g => g.EndsOn).ThenBy(g => g.Id),
            _ => grants.OrderByDescending(g => g.StartsOn).ThenBy(g => g.Id),
        };
        Rows = (await sorted.Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(g => new { g.Id, g.Title, Funder = g.Funder.Name, Programme = g.Programme.Name, Beneficiary = g.Beneficiary.Name,
                Partner = g.PartnerBeneficiary == null ? null : g.PartnerBeneficiary.Name, g.AmountMinor, g.Currency, g.StartsOn, g.EndsOn })
            .ToListAsync())
            .Select(g => new Row(g.Id, g.Title, g.Funder, g.Programme, g.Beneficiary, g.Partner, new MoneyAmount(g.AmountMinor, g.Currency), g.StartsOn, g.EndsOn))
            .ToList();
        return Page();
    }

    public string SortLink(SortBy by) => QueryLink.With("/funding/grants", Request.Query, ("sort", by.ToString()), (QueryLink.PageKey, null));

    public string PageLink(int page) => QueryLink.ToPage("/funding/grants", Request.Query, page);
}
