namespace Passerelles.Web.Features.Mobility.Placements;

/// <summary>A coordinator records that the student came back before the end: the placement has then ended early.</summary>
public sealed class EarlyReturnModel(AppDbContext db, CurrentActor actors, ViewerTime time, IStringLocalizer<Text> t) : PlacementStep(db, actors, time, t)
{
    public sealed class EarlyReturnForm
    {
        [Required]
        [DateInRange]
        [Display(Name = "Returned on")]
        public DateOnly? On { get; set; }

        [Required]
        [StringLength(PlacementStay.NotesMaxLength)]
        [Display(Name = "Reason")]
        public string? Reason { get; set; }
    }

    [BindProperty] public EarlyReturnForm Input { get; set; } = new();

    protected override bool MayTake(PlacementScope scope) => scope.IsCoordinator;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await EnterAsync(id) is { } refusal) return refusal;
        Input.On = Today.ToDateOnly();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await EnterAsync(id) is { } refusal) return refusal;
        var stay = await StayAsync();
        if (!ModelState.IsValid || Refused(stay.EarlyReturnProblem(Scope.Placement, Day(Input.On), Today), "Input.On")) return Page();
        stay.ReturnEarly(Scope.Placement, Day(Input.On), Input.Reason!.Trim());
        return await SavedAsync("The early return is recorded.");
    }
}
