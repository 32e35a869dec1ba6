namespace Passerelles.Web.Features.Missions;

/// <summary>Removes one of a mission's objectives, after confirmation.</summary>
public sealed class RemoveObjectiveModel(AppDbContext db, CurrentActor actors, IStringLocalizer<Text> t) : PageModel
{
    public Guid Id { get; private set; }
    public string Text { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, Guid objectiveId) => await FindAsync(id, objectiveId) switch
    {
        (_, { } refusal) => refusal,
        _ => Page(),
    };

    public async Task<IActionResult> OnPostAsync(Guid id, Guid objectiveId)
    {
        var (objective, refusal) = await FindAsync(id, objectiveId);
        if (refusal is not null) return refusal;
        db.MissionObjectives.Remove(objective!);
        await db.SaveChangesAsync();
        TempData["Notice"] = t["The objective was removed."].Value;
        return Redirect($"/missions/{id}");
    }

    private async Task<(MissionObjective? Objective, IActionResult? Refusal)> FindAsync(Guid id, Guid objectiveId)
    {
        var (_, refusal) = await MissionAccess.ForManagingAsync(db, await actors.GetAsync(), id);
        if (refusal is not null) return (null, refusal);
        var objective = await db.MissionObjectives.SingleOrDefaultAsync(o => o.Id == objectiveId && o.MissionId == id);
        if (objective is null) return (null, NotFound());
        (Id, Text) = (id, objective.Text);
        return (objective, null);
    }
}
