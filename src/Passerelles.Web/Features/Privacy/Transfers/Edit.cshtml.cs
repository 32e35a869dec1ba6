namespace Passerelles.Web.Features.Privacy.Transfers;

/// <summary>Changes an assessment, at its review for instance; any change to what was assessed needs a new approval.</summary>
public sealed class EditTransferModel(AppDbContext db, CurrentActor actors, IStringLocalizer<Text> t) : PageModel
{
    [BindProperty] public TransferAssessmentForm Input { get; set; } = new();
    public TransferAssessment Assessment { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await TransferScope.FindAsync(db, await actors.GetAsync(), id) is not { } assessment) return NotFound();
        Input = TransferAssessmentForm.From(assessment);
        return await ShowAsync(assessment);
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await TransferScope.FindAsync(db, await actors.GetAsync(), id, tracked: true) is not { } assessment) return NotFound();
        var agreements = await TransferScope.AgreementsAsync(db, assessment.QuebecControllerId, assessment.FranceControllerId);
        if (Input.AgreementId is { } agreementId && agreements.All(a => a.Id != agreementId))
            ModelState.AddModelError($"{nameof(Input)}.{nameof(TransferAssessmentForm.AgreementId)}", t["Choose one of the values in the list."]);
        if (!ModelState.IsValid) return await ShowAsync(assessment);
        Input.ApplyTo(assessment);
        if (!await db.SaveAtVersionAsync(assessment, Input.Version, ModelState, t))
            return await ShowAsync((await TransferScope.FindAsync(db, await actors.GetAsync(), id))!);
        TempData["Notice"] = t["The transfer assessment was saved."].Value;
        return Redirect($"/privacy/transfers/{id}");
    }

    private async Task<IActionResult> ShowAsync(TransferAssessment assessment)
    {
        Assessment = assessment;
        ViewData["Agreements"] = await TransferScope.AgreementsAsync(db, assessment.QuebecControllerId, assessment.FranceControllerId);
        return Page();
    }
}
