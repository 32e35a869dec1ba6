namespace Passerelles.Web.Features.Projects.Team;

/// <summary>The incubator's staff remove someone from a project's team, after confirmation. A member whose consent a
/// share rests on stays: the share's proof needs them.</summary>
public sealed class RemoveModel(AppDbContext db, IAuthorizationService authorization, IStringLocalizer<Text> t) : PageModel
{
    public Guid ProjectId { get; private set; }
    public ProjectMember Member { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid memberId) => await LoadAsync(id, memberId) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id, Guid memberId)
    {
        if (await LoadAsync(id, memberId) is { } refused) return refused;
        if (await db.ProjectShares.AnyAsync(s => s.ConsentGivenByMemberId == memberId))
        {
            ModelState.AddModelError("", t["This member consented to a share of the project: the record of that consent needs them."]);
            return Page();
        }
        db.ProjectMembers.Remove(Member);
        await db.SaveChangesAsync();
        TempData["Notice"] = t["{0} left the team.", Member.DisplayName].Value;
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
