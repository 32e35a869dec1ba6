namespace Passerelles.Web.Features.Mobility.Placements;

/// <summary>A coordinator records the mid-stay check-in with the student: when, and what came of it.</summary>
public sealed class CheckInModel(AppDbContext db, CurrentActor actors, ViewerTime time, IStringLocalizer<Text> t) : PlacementStep(db, actors, time, t)
{
    public sealed class CheckInForm
    {
        [Required]
        [DateInRange]
        [Display(Name = "Check-in on")]
        public DateOnly? On { get; set; }

        [Required]
        [StringLength(PlacementStay.NotesMaxLength)]
        [Display(Name = "Notes")]
        public string? Notes { get; set; }
    }

    [BindProperty] public CheckInForm Input { get; set; } = new();

    protected override bool MayTake(PlacementScope scope) => scope.IsCoordinator;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await EnterAsync(id) is { } refusal) return refusal;
        var stay = await StayAsync();
        Input = new CheckInForm { On = (stay.CheckInOn ?? Today).ToDateOnly(), Notes = stay.CheckInNotes };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await EnterAsync(id) is { } refusal) return refusal;
        var stay = await StayAsync();
        if (!ModelState.IsValid || Refused(stay.DuringStayProblem(Scope.Placement, Day(Input.On), Today), "Input.On")) return Page();
        stay.CheckInOn = Day(Input.On);
        stay.CheckInNotes = Input.Notes!.Trim();
        return await SavedAsync("The check-in is recorded.");
    }
}
