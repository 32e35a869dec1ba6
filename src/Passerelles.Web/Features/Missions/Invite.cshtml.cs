
namespace Passerelles.Web.Features.Missions;

/// <summary>Those who manage a mission invite a person of either side to its delegation, for one of their
/// organisations; the person is told by e-mail and answers on the invitation's page.</summary>
public sealed class InviteModel(AppDbContext db, CurrentActor actors, PeoplePicks picks, MissionInvitations invitations, TimeProvider clock,
    IStringLocalizer<Text> t) : PageModel
{
    [BindProperty] public InviteForm Input { get; set; } = new();

    public Guid Id { get; private set; }
    public string Mission { get; private set; } = "";
    public Picker Person { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var (mission, refusal) = await MissionAccess.ForManagingAsync(db, await actors.GetAsync(), id);
        return refusal ?? await ShowAsync(mission!);
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var actor = await actors.GetAsync();
        var (mission, refusal) = await MissionAccess.ForManagingAsync(db, actor, id, tracked: true);
        if (refusal is not null) return refusal;
        if (this.IsSearchStep()) return await ShowAsync(mission!);
        Input.CheckDates(mission!, ModelState, t);
        var membership = Input.MembershipId is { } chosen
            ? await db.Memberships.AsNoTracking().Where(m => m.Id == chosen).Select(m => new { m.UserId, m.OrganisationId }).SingleOrDefaultAsync()
            : null;
        if (Input.MembershipId is not null && (membership is null || mission!.Members.Any(m => m.UserId == membership.UserId)))
            ModelState.AddModelError($"Input.{nameof(InviteForm.MembershipId)}", t["This person is already in the delegation."]);
        if (ModelState.IsValid && await TransferGate.CheckAsync(db, membership!.OrganisationId, mission!.LeadOrganisationId, TransferPurposes.Missions,
                Instant.FromDateTimeOffset(clock.GetUtcNow()), t) is { } missing)
            ModelState.AddModelError($"Input.{nameof(InviteForm.MembershipId)}", missing);
        if (!ModelState.IsValid) return await ShowAsync(mission!);

        var member = mission!.Invite(membership!.UserId, membership.OrganisationId, Input.Role, Instant.FromDateTimeOffset(clock.GetUtcNow()));
        (member.TravelsFrom, member.TravelsUntil) = (Input.From, Input.Until);
        db.MissionMembers.Add(member);
        await db.SaveChangesAsync();
        await invitations.SendAsync(Request, member.Id, actor.UserId!.Value);

        TempData["Notice"] = t["The invitation was sent."].Value;
        return Redirect($"/missions/{id}#member-{member.Id}");
    }

    private async Task<IActionResult> ShowAsync(Mission mission)
    {
        (Id, Mission) = (mission.Id, mission.Title);
        Person = await picks.PickerAsync(this, new PeopleContext(Mission: mission.Id), $"{nameof(Input)}.{nameof(InviteForm.MembershipId)}", t["Person"],
            Input.MembershipId, hint: t["Each person is offered once for each organisation they belong to: choose the one they travel for."]);
        return Page();
    }
}
