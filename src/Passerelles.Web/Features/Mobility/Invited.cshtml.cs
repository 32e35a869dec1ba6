using Microsoft.AspNetCore.RateLimiting;

namespace Passerelles.Web.Features.Mobility;

/// <summary>The page an invitation to apply links to. A newcomer creates their account here, in the invitation's
/// language; someone who already has one signs in first. Either way they become a member (partner guest) of the sending
/// organisation and land on the offer's application form with it chosen. A used, revoked or expired link says so.</summary>
[AllowAnonymous]
[EnableRateLimiting(WebSecuritySetup.CredentialsRateLimit)]
public sealed class InvitedModel(AppDbContext db, UserManager<AppUser> users, SignInManager<AppUser> signIn, TimeProvider clock, IStringLocalizer<Text> t)
    : InvitationPageModel(clock)
{
    public StudentInvitation Invitation { get; private set; } = null!;
    public string Target => Invitation.Offer?.Title ?? Invitation.Call.Title;

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        if (Current == Step.CreateAccount) Input.DisplayName = Invitation.Name;
        return Page();
    }

    public async Task<IActionResult> OnPostCreateAsync()
    {
        if (await LoadAsync() is not null || Current != Step.CreateAccount || !ModelState.IsValid) return Page();

        // The account, its membership and the used invitation are saved together or not at all.
        await using var transaction = await db.Database.BeginTransactionAsync();
        if (await Input.CreateAccountAsync(users, Invitation.Email, Invitation.Culture, ModelState) is not { } user) return Page();
        await JoinAsync(user.Id);
        await transaction.CommitAsync();

        await signIn.SignInAsync(user, isPersistent: false);
        TempData["Notice"] = t["Welcome to Passerelles! {0} sends you: you may now apply.", Invitation.SendingOrganisation.Name].Value;
        return Redirect(Invitation.Landing);
    }

    public async Task<IActionResult> OnPostJoinAsync()
    {
        if (await LoadAsync() is not { } existing || Current != Step.Join) return Page();
        await JoinAsync(existing.Id);
        await signIn.RefreshSignInAsync(existing);
        TempData["Notice"] = t["{0} sends you: you may now apply.", Invitation.SendingOrganisation.Name].Value;
        return Redirect(Invitation.Landing);
    }

    /// <summary>Makes the person a partner guest of the sending organisation, unless they already belong to it, and uses
    /// the invitation.</summary>
    private async Task JoinAsync(Guid userId)
    {
        if (!await db.Memberships.AnyAsync(m => m.OrganisationId == Invitation.SendingOrganisationId && m.UserId == userId))
            db.Memberships.Add(new Membership { OrganisationId = Invitation.SendingOrganisationId, UserId = userId, Role = MemberRole.PartnerGuest });
        Invitation.Accept(userId, Now);
        await db.SaveChangesAsync();
    }

    /// <summary>Reads the invitation and the step the person is at; the account already holding the invited address, if
    /// any.</summary>
    private async Task<AppUser?> LoadAsync()
    {
        var invitation = Token is { Length: > 0 and <= 200 }
            ? await db.StudentInvitations.Include(i => i.SendingOrganisation).Include(i => i.Call).Include(i => i.Offer)
                .SingleOrDefaultAsync(i => i.TokenHash == Organisations.Invitation.Hash(Token))
            : null;
        var status = invitation?.StatusAt(Now);
        if (invitation is null || status != StudentInvitationStatus.Pending)
        {
            Current = Step.Unusable;
            Problem = status switch
            {
                StudentInvitationStatus.Accepted => t["This invitation has already been used. Sign in with your account to apply."],
                StudentInvitationStatus.Revoked => t["This invitation was withdrawn by the organisation that sent it. Ask it for a new one if you still wish to apply."],
                StudentInvitationStatus.Expired => t["This invitation has expired. Ask the organisation that sent it for a new one."],
                _ => t["This invitation link is not valid. Check that you copied it whole, or ask for a new invitation."],
            };
            return null;
        }
        Invitation = invitation;
        var existing = await users.FindByEmailAsync(invitation.Email);
        Current = existing is null ? Step.CreateAccount
            : existing.Id == User.UserId() ? Step.Join
            : Step.SignInFirst;
        return existing;
    }

    public string SignInUrl => "/account/login?returnUrl=" + Uri.EscapeDataString(StudentInvitations.AcceptPath + "?token=" + Uri.EscapeDataString(Token ?? ""));
}
