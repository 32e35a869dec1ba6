namespace Passerelles.Web.Features.Mobility.Placements;

/// <summary>A coordinator records an incident of the stay: a summary the student and the supervisor also read, and a
/// confidential note for the coordinators alone.</summary>
public sealed class NewIncidentModel(AppDbContext db, CurrentActor actors, ViewerTime time, IStringLocalizer<Text> t) : PlacementStep(db, actors, time, t)
{
    private readonly AppDbContext _db = db;

    public sealed class IncidentForm
    {
        [Required]
        [DateInRange]
        [Display(Name = "Occurred on")]
        public DateOnly? OccurredOn { get; set; }

        [Required]
        [StringLength(PlacementIncident.SummaryMaxLength)]
        [Display(Name = "Summary (seen by the student and the supervisor)")]
        public string? Summary { get; set; }

        [StringLength(PlacementIncident.NoteMaxLength)]
        [Display(Name = "Confidential note (coordinators only)")]
        public string? ConfidentialNote { get; set; }
    }

    [BindProperty] public IncidentForm Input { get; set; } = new();

    protected override bool MayTake(PlacementScope scope) => scope.IsCoordinator;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await EnterAsync(id) is { } refusal) return refusal;
        Input.OccurredOn = Today.ToDateOnly();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await EnterAsync(id) is { } refusal) return refusal;
        var stay = await StayAsync();
        if (!ModelState.IsValid || Refused(stay.DuringStayProblem(Scope.Placement, Day(Input.OccurredOn), Today), "Input.OccurredOn")) return Page();
        _db.PlacementIncidents.Add(new PlacementIncident
        {
            PlacementId = id, OccurredOn = Day(Input.OccurredOn), Summary = Input.Summary!.Trim(), ConfidentialNote = Input.ConfidentialNote?.Trim() ?? "",
        });
        return await SavedAsync("The incident is recorded.");
    }
}
