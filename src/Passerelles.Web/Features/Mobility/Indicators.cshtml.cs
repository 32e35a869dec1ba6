namespace Passerelles.Web.Features.Mobility;

/// <summary>The funder's indicators of the placements the person reports (<see cref="MobilityRules.ReportedBy"/>), by
/// programme and year of start: counts with small groups suppressed (<see cref="Indicators"/>) and the nights of housing
/// used. Withdrawn placements are not counted.</summary>
public sealed class IndicatorsModel(AppDbContext db, CurrentActor actors) : PageModel
{
    public sealed record Choice(Guid Id, string Name);

    [BindProperty(SupportsGet = true)] public Guid? Programme { get; set; }
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }

    public IReadOnlyList<Choice> Programmes { get; private set; } = [];
    public IReadOnlyList<int> Years { get; private set; } = [];
    public IReadOnlyList<Indicators.Table> Tables { get; private set; } = [];
    public int Total { get; private set; }
    public int Housed { get; private set; }
    public int Nights { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var actor = await actors.GetAsync();
        if (!await actor.ReportsIndicatorsAsync(db)) return Forbid();
        var reported = db.Placements.AsNoTracking().ReportedBy(actor).Where(p => p.Status != PlacementStatus.Withdrawn);
        Programmes = await reported.Select(p => new Choice(p.ProgrammeId, p.Programme.Name)).Distinct().ToListAsync();
        Programmes = Programmes.OrderBy(p => p.Name, StringComparer.CurrentCulture).ToList();
        var starts = await reported.Select(p => p.StartsOn).ToListAsync();
        Years = starts.Select(s => s.Year).Distinct().OrderDescending().ToList();

        var chosen = reported;
        if (Programme is { } programme) chosen = chosen.Where(p => p.ProgrammeId == programme);
        if (Year is { } year) chosen = chosen.Where(p => p.StartsOn >= new LocalDate(year, 1, 1) && p.StartsOn <= new LocalDate(year, 12, 31));
        var counted = await chosen.Select(p => new
        {
            p.Id, Programme = p.Programme.Name, SendingSide = p.SendingOrganisation.Side, p.Application.Offer.Field, p.StartsOn, p.EndsOn, p.Application.Gender,
        }).ToListAsync();
        Total = counted.Count;
        Tables = Indicators.Of(counted.Select(c => new Indicators.Counted(c.Programme, c.SendingSide, c.Field, c.StartsOn, c.EndsOn, c.Gender)).ToList());

        var ids = counted.Select(c => c.Id).ToList();
        Housed = await db.HousingRequests.Where(r => ids.Contains(r.PlacementId) && r.Status == HousingRequestStatus.Accepted)
            .Select(r => r.PlacementId).Distinct().CountAsync();
        if (counted.Count > 0)
            Nights = await Housing.NightsAsync(db, ids, counted.Min(c => c.StartsOn), counted.Max(c => c.EndsOn));
        return Page();
    }
}
