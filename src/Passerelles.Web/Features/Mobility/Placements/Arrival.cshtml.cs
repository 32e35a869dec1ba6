namespace Passerelles.Web.Features.Mobility.Placements;

/// <summary>A coordinator confirms the student's arrival: the placement is then in stay.</summary>
public sealed class ArrivalModel(AppDbContext db, CurrentActor actors, ViewerTime time, IStringLocalizer<Text> t) : PlacementStep(db, actors, time, t)
{
    public sealed class ArrivalForm
    {
        [Required]
        [DateInRange]
        [Display(Name = "Arrived on")]
        public DateOnly? On { get; set; }
    }

    [BindProperty] public ArrivalForm Input { get; set; } = new();

    protected override bool MayTake(PlacementScope scope) => scope.IsCoordinator;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await EnterAsync(id) is { } refusal) return refusal;
        Input.On = Scope.Placement.StartsOn.ToDateOnly();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await EnterAsync(id) is { } refusal) return refusal;
        if (!ModelState.IsValid || Refused(PlacementStay.ArrivalProblem(Scope.Placement, Day(Input.On), Today), "Input.On")) return Page();
        (await StayAsync()).Arrive(Scope.Placement, Day(Input.On));
        return await SavedAsync("The arrival is confirmed.");
    }
}
