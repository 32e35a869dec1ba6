namespace Passerelles.Web.Features.Missions;

/// <summary>Those who manage a mission correct one of its costs; a change made meanwhile by someone else is not
/// overwritten.</summary>
public sealed class EditCostModel(AppDbContext db, CurrentActor actors, OrganisationPicks picks, IStringLocalizer<Text> t) : PageModel
{
    [BindProperty] public CostForm Input { get; set; } = new();

    public CostScope Mission { get; private set; } = null!;
    public Picker Funder { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid costId)
    {
        var (mission, refusal) = await CostScope.LoadAsync(db, await actors.GetAsync(), id, change: true);
        if (mission is null) return refusal!;
        if (await db.MissionCosts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == costId && c.MissionId == id) is not { } cost) return NotFound();
        Input = CostForm.From(cost);
        return await ShowAsync(mission);
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid costId)
    {
        var actor = await actors.GetAsync();
        var (mission, refusal) = await CostScope.LoadAsync(db, actor, id, change: true);
        if (mission is null) return refusal!;
        if (await db.MissionCosts.SingleOrDefaultAsync(c => c.Id == costId && c.MissionId == id) is not { } cost) return NotFound();
        if (!this.IsSearchStep()) await Input.CheckAsync(db, actor, mission, ModelState, t);
        if (!ModelState.IsValid || Request.SearchStep() is not null) return await ShowAsync(mission);

        Input.ApplyTo(cost);
        if (!await db.SaveAtVersionAsync(cost, Input.Version, ModelState, t)) return await ShowAsync(mission);
        TempData["Notice"] = t["The cost was saved."].Value;
        return Redirect(mission.Address);
    }

    private async Task<IActionResult> ShowAsync(CostScope mission)
    {
        Mission = mission;
        Funder = await CostScope.FunderPickerAsync(this, picks, t, Input.FunderId);
        return Page();
    }
}
