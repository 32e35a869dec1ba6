namespace Passerelles.Web.Features.Missions;

/// <summary>The page of a member's own invitation to a mission's delegation, where they accept or decline it: it exists
/// for them alone.</summary>
public sealed class InvitationModel(AppDbContext db, CurrentActor actors, TimeProvider clock, IStringLocalizer<Text> t) : PageModel
{
    public Mission Mission { get; private set; } = null!;
    public MissionMember Member { get; private set; } = null!;
    public string Organisation { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public Task<IActionResult> OnPostAcceptAsync(Guid id) => AnswerAsync(id, accept: true);

    public Task<IActionResult> OnPostDeclineAsync(Guid id) => AnswerAsync(id, accept: false);

    private async Task<IActionResult> AnswerAsync(Guid id, bool accept)
    {
        if (!await LoadAsync(id)) return NotFound();
        var member = await db.MissionMembers.SingleAsync(m => m.Id == Member.Id);
        if (!member.Answer(accept, Instant.FromDateTimeOffset(clock.GetUtcNow())))
        {
            ModelState.AddModelError("", t["You already answered this invitation."]);
            return Page();
        }
        await db.SaveChangesAsync();
        if (!accept)
        {
            TempData["Notice"] = t["You declined the invitation to {0}.", Mission.Title].Value;
            return Redirect("/");
        }
        TempData["Notice"] = t["You joined the delegation of {0}.", Mission.Title].Value;
        return Redirect($"/missions/{id}");
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var actor = await actors.GetAsync();
        var member = await db.MissionMembers.AsNoTracking().Include(m => m.Organisation).SingleOrDefaultAsync(m => m.MissionId == id && m.UserId == actor.UserId);
        if (member is null) return false;
        (Mission, Member, Organisation) = (await db.Missions.AsNoTracking().SingleAsync(m => m.Id == id), member, member.Organisation.Name);
        return true;
    }
}
