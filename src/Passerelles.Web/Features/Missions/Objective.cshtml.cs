namespace Passerelles.Web.Features.Missions;

/// <summary>Adds an objective to a mission, or changes one: what it sets out to do, the partnership objective it serves
/// and its themes.</summary>
public sealed class ObjectiveModel(AppDbContext db, CurrentActor actors, IStringLocalizer<Text> t) : PageModel
{
    public sealed class ObjectiveForm : IValidatableObject
    {
        [Required]
        [StringLength(MissionObjective.TextMaxLength)]
        [Display(Name = "Objective")]
        public string? Text { get; set; }

        [Required]
        [Display(Name = "Partnership objective it serves")]
        public int? PartnershipObjective { get; set; }

        [Display(Name = "Themes")]
        public List<MissionThemes> Themes { get; set; } = [];

        public MissionThemes Flags => Themes.Aggregate(MissionThemes.None, (all, theme) => all | theme);

        public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
        {
            var t = validationContext.GetRequiredService<IStringLocalizer<Text>>();
            if (PartnershipObjective is < 1 or > MissionObjective.PartnershipObjectives)
                yield return new ValidationResult(t["Choose one of the values in the list."], [nameof(PartnershipObjective)]);
            if (Themes.Any(theme => theme == MissionThemes.None || !Enum.IsDefined(theme)))
                yield return new ValidationResult(t["Choose one of the values in the list."], [nameof(Themes)]);
            else if (Themes.Count == 0)
                yield return new ValidationResult(t["Choose at least one theme."], [nameof(Themes)]);
        }
    }

    [BindProperty] public ObjectiveForm Input { get; set; } = new();

    public Guid Id { get; private set; }
    public string Mission { get; private set; } = "";
    public bool IsNew { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? objectiveId)
    {
        var (mission, refusal) = await MissionAccess.ForManagingAsync(db, await actors.GetAsync(), id);
        if (refusal is not null) return refusal;
        Show(mission!, objectiveId);
        if (objectiveId is { } existing)
        {
            var objective = await db.MissionObjectives.AsNoTracking().SingleOrDefaultAsync(o => o.Id == existing && o.MissionId == id);
            if (objective is null) return NotFound();
            Input = new ObjectiveForm
            {
                Text = objective.Text, PartnershipObjective = objective.PartnershipObjective,
                Themes = Enum.GetValues<MissionThemes>().Where(theme => theme != MissionThemes.None && objective.Themes.HasFlag(theme)).ToList(),
            };
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid? objectiveId)
    {
        var (mission, refusal) = await MissionAccess.ForManagingAsync(db, await actors.GetAsync(), id);
        if (refusal is not null) return refusal;
        Show(mission!, objectiveId);
        var objective = objectiveId is { } existing
            ? await db.MissionObjectives.SingleOrDefaultAsync(o => o.Id == existing && o.MissionId == id)
            : new MissionObjective
            {
                MissionId = id,
                Position = await db.MissionObjectives.Where(o => o.MissionId == id).Select(o => (int?)o.Position).MaxAsync() + 1 ?? 1,
            };
        if (objective is null) return NotFound();
        if (!ModelState.IsValid) return Page();

        objective.Text = Input.Text!.Trim();
        objective.PartnershipObjective = Input.PartnershipObjective!.Value;
        objective.Themes = Input.Flags;
        if (objectiveId is null) db.MissionObjectives.Add(objective);
        await db.SaveChangesAsync();
        TempData["Notice"] = t["The objective was saved."].Value;
        return Redirect($"/missions/{id}#objective-{objective.Id}");
    }

    private void Show(Mission mission, Guid? objectiveId) => (Id, Mission, IsNew) = (mission.Id, mission.Title, objectiveId is null);
}
