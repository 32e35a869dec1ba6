
namespace Passerelles.Web.Features.Programmes.Stages;

/// <summary>An incubator's stage model: its stages in order, moved up and down with buttons, a new stage added at the
/// end, or the default model taken when there is none yet.</summary>
public sealed class IndexModel(AppDbContext db, CurrentActor actors, IStringLocalizer<Text> t) : PageModel
{
    public sealed record Row(Guid Id, int Position, string Name, string QuebecLabel, string FranceLabel, CanonicalStage CanonicalStage)
    {
        /// <summary>The stage as the reader's language names it, in the labels of the actions on it.</summary>
        public string Label => new IncubatorStage { Name = Name, QuebecLabel = QuebecLabel, FranceLabel = FranceLabel }
            .LabelFor(System.Globalization.CultureInfo.CurrentUICulture.Name, Side.Quebec);
    }

    [BindProperty] public StageForm Input { get; set; } = new();

    public Guid IncubatorId { get; private set; }
    public string Incubator { get; private set; } = "";
    public IReadOnlyList<Row> Stages { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid incubatorId) => await ShowAsync(incubatorId) ?? Page();

    public async Task<IActionResult> OnPostAddAsync(Guid incubatorId)
    {
        if (await ShowAsync(incubatorId) is { } refused) return refused;
        if (Input.Name is { } name && Stages.Any(s => s.Name == name.Trim()))
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Name)}", t["This incubator already has a stage of this name."]);
        if (!ModelState.IsValid) return Page();

        var stage = new IncubatorStage { IncubatorId = incubatorId, Position = Stages.Count == 0 ? 1 : Stages.Max(s => s.Position) + 1 };
        Input.ApplyTo(stage);
        db.IncubatorStages.Add(stage);
        await db.SaveChangesAsync();
        TempData["Notice"] = t["The stage was added."].Value;
        return Redirect($"/programmes/stages/{incubatorId}");
    }

    public async Task<IActionResult> OnPostMoveAsync(Guid incubatorId, Guid stageId, bool up)
    {
        if (await ShowAsync(incubatorId) is { } refused) return refused;
        var stages = await db.IncubatorStages.Where(s => s.IncubatorId == incubatorId).ToListAsync();
        if (StageModel.Move(stages, stageId, up)) await db.SaveChangesAsync();
        return Redirect($"/programmes/stages/{incubatorId}");
    }

    public async Task<IActionResult> OnPostDefaultAsync(Guid incubatorId)
    {
        if (await ShowAsync(incubatorId) is { } refused) return refused;
        if (await StageModel.EnsureAsync(db, incubatorId)) TempData["Notice"] = t["The default stages were added. Rename or subdivide them as you wish."].Value;
        return Redirect($"/programmes/stages/{incubatorId}");
    }

    private async Task<IActionResult?> ShowAsync(Guid incubatorId)
    {
        var incubator = await db.Organisations.AsNoTracking().Where(o => o.Id == incubatorId && o.Kind == OrganisationKind.Incubator)
            .Select(o => o.Name).SingleOrDefaultAsync();
        if (incubator is null) return NotFound();
        var actor = await actors.GetAsync();
        if (Refusals.Unless(actor.KnowsSetUpOf(incubatorId), actor.IsStaffOf(incubatorId)) is { } refused) return refused;
        IncubatorId = incubatorId;
        Incubator = incubator;
        Stages = await db.IncubatorStages.AsNoTracking()
            .Where(s => s.IncubatorId == incubatorId)
            .OrderBy(s => s.Position).ThenBy(s => s.Name)
            .Select(s => new Row(s.Id, s.Position, s.Name, s.QuebecLabel, s.FranceLabel, s.CanonicalStage))
            .ToListAsync();
        return null;
    }
}
