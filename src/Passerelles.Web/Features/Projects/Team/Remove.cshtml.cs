namespace Passerelles.Web.Features.Projects.Team;

/// <summary>The incubator's staff remove someone from a project's team, after confirmation. A member whose consent a
/// share rests on stays: the share's proof needs them.</summary>
public sealed class RemoveModel(AppDbContext db, IAuthorizationService authorization, IStringLocalizer<Text> t)
    : TeamMemberPageModel(db, authorization, t)
{
    public async Task<IActionResult> OnGetAsync(Guid id, Guid memberId) => await LoadAsync(id, memberId) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id, Guid memberId)
    {
        if (await LoadAsync(id, memberId) is { } refused) return refused;
        if (await Db.ProjectShares.AnyAsync(s => s.ConsentGivenByMemberId == memberId))
        {
            ModelState.AddModelError("", T["This member consented to a share of the project: the record of that consent needs them."]);
            return Page();
        }
        Db.ProjectMembers.Remove(Member);
        await Db.SaveChangesAsync();
        TempData["Notice"] = T["{0} left the team.", Member.DisplayName].Value;
        return Redirect($"/projects/{id}");
    }
}
