namespace Passerelles.Web.Features.Parity;

/// <summary>The governing bodies of the organisations the person manages (all of them for network administrators),
/// with the number of members seated today.</summary>
public sealed class BodiesModel(AppDbContext db, CurrentActor actors, TimeProvider clock) : ListPageModel
{
    public const int PageSize = 25;

    public sealed record Row(Guid Id, string Name, GoverningBodyKind Kind, string Organisation, int Seated);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public string PageLink(int page) => $"/parity/bodies?p={page}";

    public async Task<IActionResult> OnGetAsync()
    {
        var actor = await actors.GetAsync();
        if (!actor.IsNetworkAdministrator && actor.Administers.Count == 0) return Forbid();
        var today = Instant.FromDateTimeOffset(clock.GetUtcNow()).InUtc().Date;
        var bodies = db.GoverningBodies.AsNoTracking().VisibleTo(actor);
        await CountPagesAsync(bodies, PageSize);
        Rows = await bodies.OrderBy(b => b.Organisation.SearchName).ThenBy(b => b.Name).ThenBy(b => b.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(b => new Row(b.Id, b.Name, b.Kind, b.Organisation.Name,
                b.Members.Count(m => m.From <= today && (m.Until == null || m.Until >= today))))
            .ToListAsync();
        return Page();
    }
}
