namespace Passerelles.Web.Features.Missions;

/// <summary>Those who manage a mission change its set-up: title, direction, dates, status, lead, funding, summary.</summary>
public sealed class EditModel(AppDbContext db, CurrentActor actors, OrganisationPicks picks, IStringLocalizer<Text> t) : PageModel
{
    [BindProperty] public MissionForm Input { get; set; } = new();

    public Guid Id { get; private set; }
    public string CurrentTitle { get; private set; } = "";
    public MissionFields Fields { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var (mission, refusal) = await MissionAccess.ForManagingAsync(db, await actors.GetAsync(), id);
        if (refusal is not null) return refusal;
        Input = MissionForm.From(mission!);
        return await ShowAsync(mission!);
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var actor = await actors.GetAsync();
        var (mission, refusal) = await MissionAccess.ForManagingAsync(db, actor, id, tracked: true);
        if (refusal is not null) return refusal;
        if (!this.IsSearchStep() && ModelState.IsValid) await Input.CheckAgainstNetworkAsync(db, actor, ModelState, t, mission!.LeadOrganisationId);
        if (!ModelState.IsValid || Request.SearchStep() is not null) return await ShowAsync(mission!);

        Input.ApplyTo(mission!);
        if (!await db.SaveAtVersionAsync(mission!, Input.Version, ModelState, t))
            return await ShowAsync((await MissionAccess.FindAsync(db, id))!);

        TempData["Notice"] = t["The mission {0} was saved.", mission!.Title].Value;
        return Redirect($"/missions/{id}");
    }

    private async Task<IActionResult> ShowAsync(Mission mission)
    {
        Id = mission.Id;
        CurrentTitle = mission.Title;
        Fields = await MissionFields.LoadAsync(this, picks, t, Input);
        return Page();
    }
}
