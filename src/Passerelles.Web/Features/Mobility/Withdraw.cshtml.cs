namespace Passerelles.Web.Features.Mobility;

/// <summary>The applicant withdraws their application, or the student their placement before departure, after a page
/// that says what is erased and what the funders' rules keep. Only the applicant withdraws: those who review the
/// application or know the placement are refused (403), anyone else learns nothing (404).</summary>
public sealed class WithdrawModel(AppDbContext db, CurrentActor actors, Withdrawal withdrawal, ViewerTime time, IStringLocalizer<Text> t) : PageModel
{
    public MobilityApplication Application { get; private set; } = null!;
    public string Offer { get; private set; } = "";
    public bool IsOpen { get; private set; }

    private async Task<(IActionResult? Refusal, Placement? Placement)> LoadAsync(Guid id, bool tracked)
    {
        var applications = tracked ? db.MobilityApplications : db.MobilityApplications.AsNoTracking();
        var application = await applications.Include(a => a.Offer).ThenInclude(o => o.Call).SingleOrDefaultAsync(a => a.Id == id);
        if (application is null) return (NotFound(), null);
        var placements = tracked ? db.Placements : db.Placements.AsNoTracking();
        var placement = await placements.SingleOrDefaultAsync(p => p.ApplicationId == id);
        var actor = await actors.GetAsync();
        var isApplicant = actor.UserId == application.ApplicantId;
        var knows = isApplicant || actor.Reviews(application, application.Offer, application.Offer.Call) || placement is not null && actor.SeesPlacement(placement);
        if (Refusals.Unless(knows, isApplicant) is { } refusal) return (refusal, null);
        (Application, Offer) = (application, application.Offer.Title);
        IsOpen = Withdrawal.IsOpen(application, placement, time.Now.InUtc().Date);
        return (null, placement);
    }

    public async Task<IActionResult> OnGetAsync(Guid id) => (await LoadAsync(id, tracked: false)).Refusal ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var (refusal, placement) = await LoadAsync(id, tracked: true);
        if (refusal is not null) return refusal;
        if (!IsOpen) return Page();
        await withdrawal.WithdrawAsync(Application, placement, HttpContext.RequestAborted);
        TempData["Notice"] = t["You withdrew. Your personal data were erased, except what the funder's rules require to keep."].Value;
        return Redirect(MyMobilityDataModel.Path);
    }
}
