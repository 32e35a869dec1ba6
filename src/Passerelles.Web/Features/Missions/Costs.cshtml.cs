namespace Passerelles.Web.Features.Missions;

/// <summary>The costs of a mission, item by item, totalled in CAD and in EUR (each item converted with the rate of its
/// day) and per funder. Those who manage the mission add items here, and edit or delete them on their own pages.</summary>
public sealed class CostsModel(AppDbContext db, CurrentActor actors, OrganisationPicks picks, IStringLocalizer<Text> t) : PageModel
{
    [BindProperty] public CostForm Input { get; set; } = new();

    public CostScope Mission { get; private set; } = null!;
    public IReadOnlyList<MissionCost> Items { get; private set; } = [];
    public CostTotals Totals { get; private set; } = null!;
    public Picker? Funder { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var (mission, refusal) = await CostScope.LoadAsync(db, await actors.GetAsync(), id, change: false);
        if (mission is null) return refusal!;
        Input = new CostForm { Currency = MissionCost.Euro };
        return await ShowAsync(mission);
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var actor = await actors.GetAsync();
        var (mission, refusal) = await CostScope.LoadAsync(db, actor, id, change: true);
        if (mission is null) return refusal!;
        if (!this.IsSearchStep()) await Input.CheckAsync(db, actor, mission, ModelState, t);
        if (!ModelState.IsValid || Request.SearchStep() is not null) return await ShowAsync(mission);

        var cost = new MissionCost { MissionId = id };
        Input.ApplyTo(cost);
        db.MissionCosts.Add(cost);
        await db.SaveChangesAsync();
        TempData["Notice"] = t["The cost was added."].Value;
        return Redirect(mission.Address);
    }

    private async Task<IActionResult> ShowAsync(CostScope mission)
    {
        Mission = mission;
        Items = await MissionCosts.OfAsync(db, mission.Id);
        Totals = CostTotals.Of(Items);
        if (mission.MayChange) Funder = await CostScope.FunderPickerAsync(this, picks, t, Input.FunderId);
        return Page();
    }
}

public static class MissionCosts
{
    /// <summary>A mission's costs with their funders, by date.</summary>
    public static async Task<IReadOnlyList<MissionCost>> OfAsync(AppDbContext db, Guid missionId) =>
        (await db.MissionCosts.AsNoTracking().Include(c => c.Funder).Where(c => c.MissionId == missionId).ToListAsync())
        .OrderBy(c => c.SpentOn).ThenBy(c => c.Label, StringComparer.CurrentCulture).ToList();
}
