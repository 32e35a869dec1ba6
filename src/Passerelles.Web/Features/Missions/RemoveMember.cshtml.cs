namespace Passerelles.Web.Features.Missions;

/// <summary>Removes a member from the delegation, after confirmation; never the last lead who accepted.</summary>
public sealed class RemoveMemberModel(AppDbContext db, CurrentActor actors, IStringLocalizer<Text> t) : PageModel
{
    public Guid Id { get; private set; }
    public string Mission { get; private set; } = "";
    public string Person { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, Guid memberId) => (await FindAsync(id, memberId)).Refusal ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id, Guid memberId)
    {
        var (mission, refusal) = await FindAsync(id, memberId);
        if (refusal is not null) return refusal;
        var member = mission!.Members.Single(m => m.Id == memberId);
        if (member.Role == MissionRole.Lead && member.Status == MissionInvitationStatus.Accepted && !mission.KeepsALeadWithout(memberId))
        {
            ModelState.AddModelError("", t[Missions.Mission.LastLeadRule]);
            return Page();
        }
        db.MissionMembers.Remove(member);
        await db.SaveChangesAsync();
        TempData["Notice"] = t["{0} was removed from the delegation.", Person].Value;
        return Redirect($"/missions/{id}");
    }

    private async Task<(Mission? Mission, IActionResult? Refusal)> FindAsync(Guid id, Guid memberId)
    {
        var (mission, refusal) = await MissionAccess.ForManagingAsync(db, await actors.GetAsync(), id, tracked: true);
        if (refusal is not null) return (null, refusal);
        if (mission!.Members.SingleOrDefault(m => m.Id == memberId) is not { } member) return (null, NotFound());
        (Id, Mission) = (id, mission.Title);
        Person = await db.Users.Where(u => u.Id == member.UserId).Select(u => u.DisplayName).SingleAsync();
        return (mission, null);
    }
}
