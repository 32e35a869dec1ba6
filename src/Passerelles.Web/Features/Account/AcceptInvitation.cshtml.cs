using Microsoft.AspNetCore.RateLimiting;

namespace Passerelles.Web.Features.Account;

/// <summary>The page an invitation e-mail links to. A newcomer creates their account here; someone who already has
/// one signs in first and then joins the organisation.</summary>
[AllowAnonymous]
[EnableRateLimiting(WebSecuritySetup.CredentialsRateLimit)]
public sealed class AcceptInvitationModel(
    AppDbContext db, UserManager<AppUser> users, SignInManager<AppUser> signIn, TimeProvider clock, IStringLocalizer<Text> t)
    : InvitationPageModel(clock)
{
    public string Email { get; private set; } = "";
    public string OrganisationName { get; private set; } = "";
    public MemberRole Role { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostCreateAsync()
    {
        var (invitation, existing) = await LoadAsync();
        if (Current != Step.CreateAccount || invitation is null || existing is not null) return Page();
        if (!ModelState.IsValid) return Page();

        // The account, its membership and the used invitation are saved together or not at all.
        await using var transaction = await db.Database.BeginTransactionAsync();
        if (await Input.CreateAccountAsync(users, invitation.Email, invitation.Organisation.DefaultCulture, ModelState) is not { } user) return Page();
        await JoinAsync(invitation, user.Id);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();

        await signIn.SignInAsync(user, isPersistent: false);
        TempData["Notice"] = t["Welcome to Passerelles! You are now a member of {0}.", OrganisationName].Value;
        return Redirect("/");
    }

    public async Task<IActionResult> OnPostJoinAsync()
    {
        var (invitation, existing) = await LoadAsync();
        if (Current != Step.Join || invitation is null || existing is null) return Page();

        await JoinAsync(invitation, existing.Id);
        await db.SaveChangesAsync();
        await signIn.RefreshSignInAsync(existing);
        TempData["Notice"] = t["You are now a member of {0}.", OrganisationName].Value;
        return Redirect("/");
    }

    private async Task JoinAsync(Invitation invitation, Guid userId)
    {
        if (!await db.Memberships.AnyAsync(m => m.OrganisationId == invitation.OrganisationId && m.UserId == userId))
            db.Memberships.Add(new Membership { OrganisationId = invitation.OrganisationId, UserId = userId, Role = invitation.Role });
        invitation.Accept(Now);
    }

    private async Task<(Invitation? Invitation, AppUser? Existing)> LoadAsync()
    {
        var invitation = Token is { Length: > 0 and <= 200 }
            ? await db.Invitations.Include(i => i.Organisation).SingleOrDefaultAsync(i => i.TokenHash == Invitation.Hash(Token))
            : null;
        if (invitation is null || !invitation.IsUsable(Now))
        {
            Current = Step.Unusable;
            Problem = invitation?.AcceptedAt is not null
                ? t["This invitation has already been used. Sign in with your account, or ask for a new invitation."]
                : t["This invitation link is invalid or has expired. Ask the person who invited you for a new one."];
            return (null, null);
        }

        Email = invitation.Email;
        OrganisationName = invitation.Organisation.Name;
        Role = invitation.Role;
        var existing = await users.FindByEmailAsync(invitation.Email);
        Current = existing is null ? Step.CreateAccount
            : existing.Id == User.UserId() ? Step.Join
            : Step.SignInFirst;
        return (invitation, existing);
    }

    public string SignInUrl => "/account/login?returnUrl=" + Uri.EscapeDataString("/account/invitation?token=" + Uri.EscapeDataString(Token ?? ""));
}
