
namespace Passerelles.Web.Features.Programmes.Stages;

/// <summary>Deletes a stage after confirmation, unless a project is or was at it: the history must keep its stages.</summary>
public sealed class DeleteModel(AppDbContext db, CurrentActor actors, IStringLocalizer<Text> t) : PageModel
{
    public Guid IncubatorId { get; private set; }
    public string Name { get; private set; } = "";
    public bool InUse { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id) => await FindAsync(id) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await FindAsync(id) is { } refused) return refused;
        if (InUse) return Page();

        var stages = await db.IncubatorStages.Where(s => s.IncubatorId == IncubatorId).ToListAsync();
        var stage = stages.Single(s => s.Id == id);
        db.IncubatorStages.Remove(stage);
        StageModel.Renumber(stages.Where(s => s.Id != id));
        await db.SaveChangesAsync();
        TempData["Notice"] = t["The stage was deleted."].Value;
        return Redirect($"/programmes/stages/{IncubatorId}");
    }

    private async Task<IActionResult?> FindAsync(Guid id)
    {
        var stage = await db.IncubatorStages.AsNoTracking().Include(s => s.Incubator).SingleOrDefaultAsync(s => s.Id == id);
        if (stage is null) return NotFound();
        var actor = await actors.GetAsync();
        if (Refusals.Unless(actor.KnowsSetUpOf(stage.IncubatorId), actor.IsStaffOf(stage.IncubatorId)) is { } refused) return refused;
        IncubatorId = stage.IncubatorId;
        Name = stage.LabelFor(System.Globalization.CultureInfo.CurrentUICulture.Name, stage.Incubator.Side);
        InUse = await db.Projects.AnyAsync(p => p.CurrentStageId == id) || await db.StageChanges.AnyAsync(c => c.StageId == id);
        return null;
    }
}
