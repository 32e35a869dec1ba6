namespace Passerelles.Web.Features.Mobility.Placements;

/// <summary>The supervisor's evaluation of the intern, from the last day of the placement; with the student's return
/// questionnaire it completes the placement.</summary>
public sealed class EvaluationModel(AppDbContext db, CurrentActor actors, ViewerTime time, IStringLocalizer<Text> t) : PlacementStep(db, actors, time, t)
{
    [BindProperty] public ClosingForm Input { get; set; } = new();

    protected override bool MayTake(PlacementScope scope) => scope.IsSupervisor;

    public async Task<IActionResult> OnGetAsync(Guid id) => await EnterAsync(id) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await EnterAsync(id) is { } refusal) return refusal;
        var stay = await StayAsync();
        if (!ModelState.IsValid || Refused(PlacementStay.ClosingProblem(Scope.Placement, Today), "")) return Page();
        if (Refused(stay.SupervisorAnsweredAt is null ? null : "The evaluation is already answered.", "")) return Page();
        stay.Evaluate(Input.Rating!.Value, Input.Text!.Trim(), Input.Again!.Value, Now);
        stay.CompleteIfClosed(Scope.Placement);
        return await SavedAsync("Thank you: your evaluation is recorded.");
    }
}
