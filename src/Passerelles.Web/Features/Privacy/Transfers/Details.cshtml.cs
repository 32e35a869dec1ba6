namespace Passerelles.Web.Features.Privacy.Transfers;

/// <summary>One transfer assessment, and its approval by someone answering for the privacy of either controller.</summary>
public sealed class TransferDetailsModel(AppDbContext db, CurrentActor actors, ViewerTime time, IStringLocalizer<Text> t) : PageModel
{
    public TransferAssessment Assessment { get; private set; } = null!;
    public string? ApprovedByName { get; private set; }
    public string Status => TransferScope.Status(Assessment.IsApproved, Assessment.ReviewOn, time.Now);

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await TransferScope.FindAsync(db, await actors.GetAsync(), id) is not { } assessment) return NotFound();
        return await ShowAsync(assessment);
    }

    public async Task<IActionResult> OnPostApproveAsync(Guid id, int version)
    {
        if (await TransferScope.FindAsync(db, await actors.GetAsync(), id, tracked: true) is not { } assessment) return NotFound();
        if (assessment.CannotApprove() is { } problem)
        {
            ModelState.AddModelError("", t[problem]);
            return await ShowAsync(assessment);
        }
        assessment.Approve(time.Now, User.UserId()!.Value);
        if (!await db.SaveAtVersionAsync(assessment, version, ModelState, t))
            return await ShowAsync((await TransferScope.FindAsync(db, await actors.GetAsync(), id))!);
        TempData["Notice"] = t["The transfer assessment was approved."].Value;
        return Redirect($"/privacy/transfers/{id}");
    }

    private async Task<IActionResult> ShowAsync(TransferAssessment assessment)
    {
        Assessment = assessment;
        ApprovedByName = assessment.ApprovedBy is { } by ? await db.Users.Where(u => u.Id == by).Select(u => u.DisplayName).SingleOrDefaultAsync() : null;
        return Page();
    }
}
