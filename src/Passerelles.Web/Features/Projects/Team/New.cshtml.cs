namespace Passerelles.Web.Features.Projects.Team;

/// <summary>The incubator's staff add someone to a project's team.</summary>
public sealed class NewModel(AppDbContext db, IAuthorizationService authorization, IStringLocalizer<Text> t) : PageModel
{
    [BindProperty] public MemberForm Input { get; set; } = new();

    public Guid ProjectId { get; private set; }
    public string Project { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused) return refused;
        if (!ModelState.IsValid) return Page();
        var member = new ProjectMember { ProjectId = id };
        Input.ApplyTo(member);
        db.ProjectMembers.Add(member);
        await db.SaveChangesAsync();
        TempData["Notice"] = t["{0} joined the team.", member.DisplayName].Value;
        return Redirect($"/projects/{id}");
    }

    private async Task<IActionResult?> LoadAsync(Guid id)
    {
        if (await authorization.RefusalAsync(User, new ProjectResource(id), Operations.Manage) is { } refused) return refused;
        (ProjectId, Project) = (id, await db.Projects.Where(p => p.Id == id).Select(p => p.Name).SingleAsync());
        return null;
    }
}
