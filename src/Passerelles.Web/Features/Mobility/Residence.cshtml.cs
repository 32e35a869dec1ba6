namespace Passerelles.Web.Features.Mobility;

/// <summary>A residence: its address, fee, deposit and units by type over time; for its association's staff, the
/// requests for housing to answer.</summary>
public sealed class ResidenceModel(AppDbContext db, CurrentActor actors) : PageModel
{
    public sealed record RequestRow(Guid Id, string Student, UnitType UnitType, LocalDate From, LocalDate Until, HousingRequestStatus Status);

    public Residence Residence { get; private set; } = null!;
    public bool Answers { get; private set; }
    public IReadOnlyList<RequestRow> Requests { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var actor = await actors.GetAsync();
        var (residence, refusal) = await HousingAccess.ResidenceAsync(db, actor, id, change: false);
        if (residence is null) return refusal!;
        Residence = residence;
        Answers = actor.AnswersFor(residence);
        if (Answers)
            Requests = await db.HousingRequests.AsNoTracking().Where(r => r.ResidenceId == id)
                .OrderBy(r => r.From).ThenBy(r => r.Id)
                .Select(r => new RequestRow(r.Id, r.Placement.Student!.DisplayName ?? Placement.AnonymousStudent, r.UnitType, r.From, r.Until, r.Status))
                .ToListAsync();
        return Page();
    }
}
