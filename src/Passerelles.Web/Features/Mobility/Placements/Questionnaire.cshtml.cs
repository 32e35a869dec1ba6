namespace Passerelles.Web.Features.Mobility.Placements;

/// <summary>The student's return questionnaire, from the last day of the placement; with the supervisor's evaluation
/// it completes the placement.</summary>
public sealed class QuestionnaireModel(AppDbContext db, CurrentActor actors, ViewerTime time, IStringLocalizer<Text> t) : PlacementStep(db, actors, time, t)
{
    [BindProperty] public ClosingForm Input { get; set; } = new();

    protected override bool MayTake(PlacementScope scope) => scope.IsStudent;

    public async Task<IActionResult> OnGetAsync(Guid id) => await EnterAsync(id) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await EnterAsync(id) is { } refusal) return refusal;
        var stay = await StayAsync();
        if (!ModelState.IsValid || Refused(PlacementStay.ClosingProblem(Scope.Placement, Today), "")) return Page();
        if (Refused(stay.StudentAnsweredAt is null ? null : "The return questionnaire is already answered.", "")) return Page();
        stay.AnswerQuestionnaire(Input.Rating!.Value, Input.Text!.Trim(), Input.Again!.Value, Now);
        stay.CompleteIfClosed(Scope.Placement);
        return await SavedAsync("Thank you: your return questionnaire is recorded.");
    }
}
