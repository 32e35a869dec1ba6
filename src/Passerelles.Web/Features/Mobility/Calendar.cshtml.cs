namespace Passerelles.Web.Features.Mobility;

/// <summary>A residence's capacity calendar for a year: month by month, the units requested, offered and occupied
/// against its capacity, as a table and a chart. Every signed-in person reads it: it holds counts only.</summary>
public sealed class CalendarModel(AppDbContext db, CurrentActor actors, TimeProvider clock) : PageModel
{
    public const int FirstYear = 2000;
    public const int LastYear = 2100;

    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    public Residence Residence { get; private set; } = null!;
    public CapacityChart Chart { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var (residence, refusal) = await HousingAccess.ResidenceAsync(db, await actors.GetAsync(), id, change: false);
        if (residence is null) return refusal!;
        Residence = residence;
        Year = Math.Clamp(Year ?? clock.GetUtcNow().Year, FirstYear, LastYear);
        var months = Occupancy.Calendar(residence.Capacities, await Housing.StaysAsync(db, id, new YearMonth(Year.Value, 1), new YearMonth(Year.Value, 12)),
            new YearMonth(Year.Value, 1), new YearMonth(Year.Value, 12));
        Chart = new CapacityChart(months);
        return Page();
    }
}
