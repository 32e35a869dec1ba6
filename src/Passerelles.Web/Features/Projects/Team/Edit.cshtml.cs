namespace Passerelles.Web.Features.Projects.Team;

/// <summary>The incubator's staff correct a team member's name, e-mail or role; never their gender.</summary>
public sealed class EditModel(AppDbContext db, IAuthorizationService authorization, IStringLocalizer<Text> t) : PageModel
{
    [BindProperty] public MemberForm Input { get; set; } = new();

    public Guid ProjectId { get; private set; }
    public ProjectMember Member { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid memberId)
    {
        if (await LoadAsync(id, memberId) is { } refused) return refused;
        Input = MemberForm.From(Member);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid memberId)
    {
        if (await LoadAsync(id, memberId) is { } refused) return refused;
        if (!ModelState.IsValid) return Page();
        Input.ApplyTo(Member);
        if (!await db.SaveAtVersionAsync(Member, Input.Version, ModelState, t)) return Page();
        TempData["Notice"] = t["The team was updated."].Value;
        return Redirect($"/projects/{id}");
    }

    private async Task<IActionResult?> LoadAsync(Guid id, Guid memberId)
    {
        if (await authorization.RefusalAsync(User, new ProjectResource(id), Operations.Manage) is { } refused) return refused;
        if (await db.ProjectMembers.SingleOrDefaultAsync(m => m.Id == memberId && m.ProjectId == id) is not { } member) return NotFound();
        (ProjectId, Member) = (id, member);
        return null;
    }
}
