namespace Passerelles.Web.Features.Mobility;

/// <summary>A coordinator of the sending organisation confirms revoking a pending invitation to apply: its link stops
/// working at once. Anyone else learns nothing of the invitation (404).</summary>
public sealed class RevokeInvitationModel(AppDbContext db, CurrentActor actors, ViewerTime time, IStringLocalizer<Text> t) : PageModel
{
    public StudentInvitation Invitation { get; private set; } = null!;
    public string Target => Invitation.Offer?.Title ?? Invitation.Call.Title;
    public bool IsPending { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id, tracked: false) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id, tracked: true)) return NotFound();
        if (!IsPending) return Page();
        Invitation.RevokedAt = time.Now;
        await db.SaveChangesAsync();
        TempData["Notice"] = t["The invitation to {0} was revoked.", Invitation.Email].Value;
        return Redirect($"/mobility/organisations/{Invitation.SendingOrganisationId}/invitations");
    }

    private async Task<bool> LoadAsync(Guid id, bool tracked)
    {
        var invitations = tracked ? db.StudentInvitations : db.StudentInvitations.AsNoTracking();
        var invitation = await invitations.Include(i => i.Call).Include(i => i.Offer).SingleOrDefaultAsync(i => i.Id == id);
        if (invitation is null || !(await actors.GetAsync()).InvitesStudentsFor(invitation.SendingOrganisationId)) return false;
        Invitation = invitation;
        IsPending = invitation.StatusAt(time.Now) == StudentInvitationStatus.Pending;
        return true;
    }
}
