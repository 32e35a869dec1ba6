namespace Passerelles.Web.Features.Privacy.Officers;

/// <summary>The organisations the person manages, each with its privacy officer and published contact, or a note that
/// none is designated yet.</summary>
public sealed class OfficersModel(AppDbContext db, CurrentActor actors) : ListPageModel
{
    public const int PageSize = 25;

    public sealed record Row(Guid OrganisationId, string Organisation, Side Side, string? Officer, string? ContactName, string? ContactEmail);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public string PageLink(int page) => $"/privacy/officers?p={page}";

    public async Task<IActionResult> OnGetAsync()
    {
        var actor = await actors.GetAsync();
        if (!actor.KeepsAnyRegister()) return Forbid();
        var organisations = db.Organisations.AsNoTracking().OfOrganisationsManagedBy(actor, o => o.Id);
        await CountPagesAsync(organisations, PageSize);
        var rows = await organisations.OrderBy(o => o.SearchName).ThenBy(o => o.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(o => new
            {
                o.Id, o.Name, o.Side,
                Officer = db.PrivacyOfficers.Where(p => p.OrganisationId == o.Id)
                    .Select(p => new { db.Users.First(u => u.Id == p.UserId).DisplayName, p.ContactName, p.ContactEmail }).FirstOrDefault(),
            })
            .ToListAsync();
        Rows = rows.Select(o => new Row(o.Id, o.Name, o.Side, o.Officer?.DisplayName, o.Officer?.ContactName, o.Officer?.ContactEmail)).ToList();
        return Page();
    }
}
