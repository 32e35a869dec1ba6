
namespace Passerelles.Web.Features.Programmes.Stages;

/// <summary>Renames a stage, or maps it to another shared stage.</summary>
public sealed class EditModel(AppDbContext db, CurrentActor actors, IStringLocalizer<Text> t) : PageModel
{
    [BindProperty] public StageForm Input { get; set; } = new();

    public Guid IncubatorId { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var stage = await db.IncubatorStages.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id);
        if (stage is null) return NotFound();
        var actor = await actors.GetAsync();
        if (Refusals.Unless(actor.KnowsSetUpOf(stage.IncubatorId), actor.IsStaffOf(stage.IncubatorId)) is { } refused) return refused;
        Input = StageForm.From(stage);
        IncubatorId = stage.IncubatorId;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var stage = await db.IncubatorStages.SingleOrDefaultAsync(s => s.Id == id);
        if (stage is null) return NotFound();
        var actor = await actors.GetAsync();
        if (Refusals.Unless(actor.KnowsSetUpOf(stage.IncubatorId), actor.IsStaffOf(stage.IncubatorId)) is { } refused) return refused;
        IncubatorId = stage.IncubatorId;
        if (Input.Name is { } name && await db.IncubatorStages.AnyAsync(s => s.IncubatorId == stage.IncubatorId && s.Id != id && s.Name == name.Trim()))
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Name)}", t["This incubator already has a stage of this name."]);
        if (!ModelState.IsValid) return Page();

        Input.ApplyTo(stage);
        if (!await db.SaveAtVersionAsync(stage, Input.Version, ModelState, t)) return Page();
        TempData["Notice"] = t["The changes to the stage were saved."].Value;
        return Redirect($"/programmes/stages/{stage.IncubatorId}");
    }
}
