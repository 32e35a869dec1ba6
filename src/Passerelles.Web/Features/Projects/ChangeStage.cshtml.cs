namespace Passerelles.Web.Features.Projects;

/// <summary>The incubator's staff move a project to another stage of the incubator's model, saying why. The change is
/// appended to the history, which no page edits or deletes.</summary>
public sealed class ChangeStageModel(AppDbContext db, IAuthorizationService authorization, TimeProvider clock, IStringLocalizer<Text> t) : PageModel
{
    public sealed class StageForm
    {
        [Required]
        [Display(Name = "New stage")]
        public Guid? StageId { get; set; }

        [Required(ErrorMessage = "Say why the project changes stage.")]
        [StringLength(StageChange.ReasonMaxLength)]
        [Display(Name = "Reason")]
        public string? Reason { get; set; }
    }

    public sealed record Choice(Guid Id, string Label);

    [BindProperty] public StageForm Input { get; set; } = new();

    public Project Project { get; private set; } = null!;
    public string? CurrentStage { get; private set; }
    public IReadOnlyList<Choice> Stages { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused) return refused;
        if (!ModelState.IsValid) return Page();
        var stage = await db.IncubatorStages.SingleOrDefaultAsync(s => s.Id == Input.StageId);
        var problem = stage is null ? "This stage belongs to another incubator's stage model." : Project.CannotMoveTo(stage);
        if (problem is not null)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(StageForm.StageId)}", t[problem]);
            return Page();
        }
        Project.MoveToStage(stage!, Instant.FromDateTimeOffset(clock.GetUtcNow()), User.UserId(), Input.Reason!);
        await db.SaveChangesAsync();
        TempData["Notice"] = t["The project moved to the stage {0}.", stage!.LabelFor(CultureInfo.CurrentUICulture.Name, Project.Incubator.Side)].Value;
        return Redirect($"/projects/{id}");
    }

    private async Task<IActionResult?> LoadAsync(Guid id)
    {
        if (await authorization.RefusalAsync(User, new ProjectResource(id), Operations.Manage) is { } refused) return refused;
        Project = await db.Projects.Include(p => p.Incubator).Include(p => p.CurrentStage).SingleAsync(p => p.Id == id);
        await StageModel.EnsureAsync(db, Project.IncubatorId);
        var culture = CultureInfo.CurrentUICulture.Name;
        CurrentStage = Project.CurrentStage?.LabelFor(culture, Project.Incubator.Side);
        Stages = (await db.IncubatorStages.AsNoTracking().Where(s => s.IncubatorId == Project.IncubatorId).OrderBy(s => s.Position).ToListAsync())
            .Select(s => new Choice(s.Id, s.LabelFor(culture, Project.Incubator.Side)))
            .ToList();
        return null;
    }
}
