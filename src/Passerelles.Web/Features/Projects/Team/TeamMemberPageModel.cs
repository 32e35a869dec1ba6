namespace Passerelles.Web.Features.Projects.Team;

/// <summary>What the pages changing one team member share: the member, of this project, changed only by those who
/// manage the project.</summary>
public abstract class TeamMemberPageModel(AppDbContext db, IAuthorizationService authorization, IStringLocalizer<Text> t) : PageModel
{
    public Guid ProjectId { get; private set; }
    public ProjectMember Member { get; private set; } = null!;

    protected AppDbContext Db { get; } = db;
    protected IStringLocalizer<Text> T { get; } = t;

    protected async Task<IActionResult?> LoadAsync(Guid id, Guid memberId)
    {
        if (await authorization.RefusalAsync(User, new ProjectResource(id), Operations.Manage) is { } refused) return refused;
        if (await Db.ProjectMembers.SingleOrDefaultAsync(m => m.Id == memberId && m.ProjectId == id) is not { } member) return NotFound();
        (ProjectId, Member) = (id, member);
        return null;
    }
}
