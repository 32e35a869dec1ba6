namespace Passerelles.Web.Features.Parity;

/// <summary>The governing bodies of the organisations the person manages (all of them for network administrators),
/// with the number of members seated today.</summary>
public sealed class BodiesModel(AppDbContext db, CurrentActor actors, TimeProvider clock) : PageModel
{
    public const int PageSize = 25;

    public sealed record Row(Guid Id, string Name, GoverningBodyKind Kind, string Organisation, int Seated);

    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
    public string PageLink(int page) => $"/parity/bodies?p={page}";

    public async Task<IActionResult> OnGetAsync()
    {
        var actor = await actors.GetAsync();
        if (!actor.IsNetworkAdministrator && actor.Administers.Count == 0) return Forbid();
        var today = Instant.FromDateTimeOffset(clock.GetUtcNow()).InUtc().Date;
        var bodies = db.GoverningBodies.AsNoTracking().VisibleTo(actor);
        Total = await bodies.CountAsync();
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Rows = await bodies.OrderBy(b => b.Organisation.SearchName).ThenBy(b => b.Name).ThenBy(b => b.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(b => new Row(b.Id, b.Name, b.Kind, b.Organisation.Name,
                b.Members.Count(m => m.From <= today && (m.Until == null || m.Until >= today))))
            .ToListAsync();
        return Page();
    }
}
