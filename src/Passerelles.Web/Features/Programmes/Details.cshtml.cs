
namespace Passerelles.Web.Features.Programmes;

/// <summary>A programme and its cohorts, for its incubator's staff.</summary>
public sealed class DetailsModel(AppDbContext db, CurrentActor actors) : PageModel
{
    public sealed record View(Guid Id, string Name, string Description, Guid IncubatorId, string Incubator, Side Side);
    public sealed record CohortRow(Guid Id, string Name, LocalDate StartsOn, LocalDate EndsOn, int? Capacity, int Projects);

    public View Programme { get; private set; } = null!;
    public IReadOnlyList<CohortRow> Cohorts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var programme = await db.Programmes.AsNoTracking()
            .Where(p => p.Id == id)
            .Select(p => new View(p.Id, p.Name, p.Description, p.IncubatorId, p.Incubator.Name, p.Incubator.Side))
            .SingleOrDefaultAsync();
        if (programme is null) return NotFound();
        var actor = await actors.GetAsync();
        if (Refusals.Unless(actor.KnowsSetUpOf(programme.IncubatorId), actor.IsStaffOf(programme.IncubatorId)) is { } refused) return refused;
        Programme = programme;
        Cohorts = await db.Cohorts.AsNoTracking()
            .Where(c => c.ProgrammeId == id)
            .OrderByDescending(c => c.StartsOn).ThenBy(c => c.Name)
            .Select(c => new CohortRow(c.Id, c.Name, c.StartsOn, c.EndsOn, c.Capacity,
                db.Projects.Count(p => p.CohortId == c.Id && p.ArchivedAt == null)))
            .ToListAsync();
        return Page();
    }
}
