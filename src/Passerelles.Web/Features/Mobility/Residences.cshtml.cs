namespace Passerelles.Web.Features.Mobility;

/// <summary>The youth-housing residences of the network, by city and name, for every signed-in person; the staff of a
/// housing association add theirs.</summary>
public sealed class ResidencesModel(AppDbContext db, CurrentActor actors) : ListPageModel
{
    public const int PageSize = 20;

    public sealed record Row(Guid Id, string Name, string City, string Association, string Currency, decimal MonthlyFee);
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public bool MayAdd { get; private set; }

    public async Task OnGetAsync()
    {
        MayAdd = await NewResidenceModel.AssociationsOf(db, await actors.GetAsync()).AnyAsync();
        await CountPagesAsync(db.Residences, PageSize);
        Rows = await db.Residences.AsNoTracking()
            .OrderBy(r => r.City).ThenBy(r => r.Name).ThenBy(r => r.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(r => new Row(r.Id, r.Name, r.City, r.Organisation.Name, r.Currency, r.MonthlyFee))
            .ToListAsync();
    }

    public string PageLink(int page) => QueryLink.ToPage("/mobility/residences", Request.Query, page);
}
