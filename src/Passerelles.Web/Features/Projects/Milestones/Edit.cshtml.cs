namespace Passerelles.Web.Features.Projects.Milestones;

/// <summary>The incubator's staff correct a milestone, or record that a planned one happened.</summary>
public sealed class EditModel(AppDbContext db, IAuthorizationService authorization, IStringLocalizer<Text> t) : PageModel
{
    [BindProperty] public MilestoneForm Input { get; set; } = new();

    public Guid ProjectId { get; private set; }
    public string Project { get; private set; } = "";
    private Milestone _milestone = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid milestoneId)
    {
        if (await LoadAsync(id, milestoneId) is { } refused) return refused;
        Input = MilestoneForm.From(_milestone, Input.Side);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid milestoneId)
    {
        if (await LoadAsync(id, milestoneId) is { } refused) return refused;
        Input.CheckRules(ModelState, t, nameof(Input));
        if (!ModelState.IsValid) return Page();
        Input.ApplyTo(_milestone);
        if (!await db.SaveAtVersionAsync(_milestone, Input.Version, ModelState, t)) return Page();
        TempData["Notice"] = t["The milestone was saved."].Value;
        return Redirect($"/projects/{id}");
    }

    private async Task<IActionResult?> LoadAsync(Guid id, Guid milestoneId)
    {
        if (await authorization.RefusalAsync(User, new ProjectResource(id), Operations.Manage) is { } refused) return refused;
        if (await db.Milestones.SingleOrDefaultAsync(m => m.Id == milestoneId && m.ProjectId == id) is not { } milestone) return NotFound();
        var project = await db.Projects.Where(p => p.Id == id).Select(p => new { p.Name, p.Incubator.Side }).SingleAsync();
        (ProjectId, Project, Input.Side, _milestone) = (id, project.Name, project.Side, milestone);
        return null;
    }
}
