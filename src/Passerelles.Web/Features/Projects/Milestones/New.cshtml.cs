namespace Passerelles.Web.Features.Projects.Milestones;

/// <summary>The incubator's staff record a milestone a project reached, or plans to reach.</summary>
public sealed class NewModel(AppDbContext db, IAuthorizationService authorization, IStringLocalizer<Text> t) : PageModel
{
    [BindProperty] public MilestoneForm Input { get; set; } = new();

    public Guid ProjectId { get; private set; }
    public string Project { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused) return refused;
        Input.CheckRules(ModelState, t, nameof(Input));
        if (!ModelState.IsValid) return Page();
        var milestone = new Milestone { ProjectId = id };
        Input.ApplyTo(milestone);
        db.Milestones.Add(milestone);
        await db.SaveChangesAsync();
        TempData["Notice"] = t["The milestone was recorded."].Value;
        return Redirect($"/projects/{id}");
    }

    private async Task<IActionResult?> LoadAsync(Guid id)
    {
        if (await authorization.RefusalAsync(User, new ProjectResource(id), Operations.Manage) is { } refused) return refused;
        var project = await db.Projects.Where(p => p.Id == id).Select(p => new { p.Name, p.Incubator.Side }).SingleAsync();
        (ProjectId, Project, Input.Side) = (id, project.Name, project.Side);
        return null;
    }
}
