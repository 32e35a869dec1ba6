namespace Passerelles.Web.Features.Mobility;

/// <summary>A placement's coordinators ask a residence for a unit of a type, for dates within the placement; the
/// housing association's staff are told by e-mail.</summary>
public sealed class RequestHousingModel(AppDbContext db, CurrentActor actors, HousingNotices notices, TimeProvider clock, IStringLocalizer<Text> t) : PageModel
{
    [BindProperty] public StayForm Input { get; set; } = new();

    [BindProperty]
    [Required]
    [Display(Name = "Residence")]
    public Guid? ResidenceId { get; set; }

    [BindProperty]
    [Required]
    [Display(Name = "Unit type")]
    public UnitType? UnitType { get; set; }

    public Placement Placement { get; private set; } = null!;
    public string Student { get; private set; } = "";
    public IReadOnlyList<(Guid Id, string Name)> Residences { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused) return refused;
        Input = new StayForm { From = Placement.StartsOn.ToDateOnly(), Until = Placement.EndsOn.ToDateOnly() };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused) return refused;
        if (ResidenceId is { } chosen && Residences.All(r => r.Id != chosen)) ModelState.AddModelError(nameof(ResidenceId), t["Choose a residence from the list."]);
        Input.Check(Placement, ModelState, "Input", t);
        var now = Instant.FromDateTimeOffset(clock.GetUtcNow());
        // The student's file goes to the housing association: its controller is the sending organisation.
        if (ModelState.IsValid && await db.Residences.Where(r => r.Id == ResidenceId).Select(r => r.OrganisationId).SingleAsync() is var association
            && await TransferGate.CheckAsync(db, Placement.SendingOrganisationId, association, TransferPurposes.Mobility, now, t) is { } missing)
            ModelState.AddModelError(nameof(ResidenceId), missing);
        if (!ModelState.IsValid) return Page();

        var request = new HousingRequest
        {
            PlacementId = id, ResidenceId = ResidenceId!.Value, UnitType = UnitType!.Value, From = Input.FromDate, Until = Input.UntilDate,
            Status = HousingRequestStatus.Requested, RequestedAt = now, RequestedById = (await actors.GetAsync()).UserId!.Value,
        };
        db.HousingRequests.Add(request);
        await db.SaveChangesAsync();
        await notices.RequestedAsync(Request, request.Id);
        TempData["Notice"] = t["The request for housing was sent to the housing association."].Value;
        return Redirect($"/mobility/housing/{request.Id}");
    }

    private async Task<IActionResult?> LoadAsync(Guid id)
    {
        var actor = await actors.GetAsync();
        if (await db.Placements.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id) is not { } placement) return NotFound();
        if (!actor.Coordinates(placement)) return actor.UserId == placement.StudentId ? Forbid() : NotFound();
        Placement = placement;
        Student = await db.Users.Where(u => u.Id == placement.StudentId).Select(u => u.DisplayName).SingleOrDefaultAsync() ?? Placement.AnonymousStudent;
        var residences = await db.Residences.AsNoTracking().OrderBy(r => r.City).ThenBy(r => r.Name).Select(r => new { r.Id, r.Name, r.City }).ToListAsync();
        Residences = residences.Select(r => (r.Id, $"{r.Name} ({r.City})")).ToList();
        return null;
    }
}
