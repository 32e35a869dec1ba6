namespace Passerelles.Web.Features.Missions;

/// <summary>Changes a member's role or travel dates. The last lead who accepted keeps the role until another is named.</summary>
public sealed class EditMemberModel(AppDbContext db, CurrentActor actors, IStringLocalizer<Text> t) : PageModel
{
    [BindProperty] public MemberForm Input { get; set; } = new();

    public Guid Id { get; private set; }
    public string Mission { get; private set; } = "";
    public string Person { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, Guid memberId)
    {
        var (_, member, refusal) = await FindAsync(id, memberId, tracked: false);
        if (refusal is not null) return refusal;
        Input = new MemberForm { Role = member!.Role, TravelsFrom = member.TravelsFrom?.ToDateOnly(), TravelsUntil = member.TravelsUntil?.ToDateOnly() };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid memberId)
    {
        var (mission, member, refusal) = await FindAsync(id, memberId, tracked: true);
        if (refusal is not null) return refusal;
        Input.CheckDates(mission!, ModelState, t);
        if (Input.Role != MissionRole.Lead && member!.Role == MissionRole.Lead && member.Status == MissionInvitationStatus.Accepted && !mission!.KeepsALeadWithout(memberId))
            ModelState.AddModelError($"Input.{nameof(MemberForm.Role)}", t[Missions.Mission.LastLeadRule]);
        if (!ModelState.IsValid) return Page();

        (member!.Role, member.TravelsFrom, member.TravelsUntil) = (Input.Role, Input.From, Input.Until);
        await db.SaveChangesAsync();
        TempData["Notice"] = t["The changes to {0} were saved.", Person].Value;
        return Redirect($"/missions/{id}#member-{memberId}");
    }

    private async Task<(Mission? Mission, MissionMember? Member, IActionResult? Refusal)> FindAsync(Guid id, Guid memberId, bool tracked)
    {
        var (mission, refusal) = await MissionAccess.ForManagingAsync(db, await actors.GetAsync(), id, tracked);
        if (refusal is not null) return (null, null, refusal);
        var member = mission!.Members.SingleOrDefault(m => m.Id == memberId);
        if (member is null) return (null, null, NotFound());
        (Id, Mission) = (id, mission.Title);
        Person = await db.Users.Where(u => u.Id == member.UserId).Select(u => u.DisplayName).SingleAsync();
        return (mission, member, null);
    }
}
