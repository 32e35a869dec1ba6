namespace Passerelles.Web.Features.Missions;

/// <summary>Those who manage a mission delete one of its costs, once they have confirmed it.</summary>
public sealed class DeleteCostModel(AppDbContext db, CurrentActor actors, IStringLocalizer<Text> t) : PageModel
{
    public CostScope Mission { get; private set; } = null!;
    public MissionCost Cost { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid costId)
    {
        var (mission, refusal) = await CostScope.LoadAsync(db, await actors.GetAsync(), id, change: true);
        if (mission is null) return refusal!;
        if (await db.MissionCosts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == costId && c.MissionId == id) is not { } cost) return NotFound();
        (Mission, Cost) = (mission, cost);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid costId)
    {
        var (mission, refusal) = await CostScope.LoadAsync(db, await actors.GetAsync(), id, change: true);
        if (mission is null) return refusal!;
        // Deleted twice (a second tab, a double click) is deleted once.
        await db.MissionCosts.Where(c => c.Id == costId && c.MissionId == id).ExecuteDeleteAsync();
        TempData["Notice"] = t["The cost was deleted."].Value;
        return Redirect(mission.Address);
    }
}
