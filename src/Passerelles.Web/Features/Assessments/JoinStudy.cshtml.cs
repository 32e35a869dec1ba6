using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.RateLimiting;

namespace Passerelles.Web.Features.Assessments;

/// <summary>The link of an invitation to a territory study. Someone signed in goes on to the invitation; someone with
/// an account signs in first; someone without one creates it here, with the invited address, and lands on the study as
/// one of its assessors, their assessment started. The link's key (<see cref="StudyInvitationKey"/>) is what lets a
/// visitor in: without it, or with another invitation's, the page does not exist.</summary>
[AllowAnonymous]
[EnableRateLimiting(WebSecuritySetup.CredentialsRateLimit)]
public sealed class JoinStudyModel(AppDbContext db, UserManager<AppUser> users, SignInManager<AppUser> signIn, IDataProtectionProvider protection,
    TimeProvider clock, IStringLocalizer<Text> t) : PageModel
{
    [BindProperty] public NewAccountForm Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? Key { get; set; }

    public string Email { get; private set; } = "";
    public string Territory { get; private set; } = "";
    public string Inviter { get; private set; } = "";

    public static string Address(Guid invitationId, string key) => $"/assessments/invitations/{invitationId}/join?key={Uri.EscapeDataString(key)}";

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id) is not { } invitation) return NotFound();
        return await ElsewhereAsync(invitation) ?? Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id) is not { } invitation) return NotFound();
        if (await ElsewhereAsync(invitation) is { } elsewhere) return elsewhere;
        if (!ModelState.IsValid) return Page();

        // The account, its place among the study's assessors and its assessment are saved together or not at all.
        await using var transaction = await db.Database.BeginTransactionAsync();
        // The address is confirmed: the key came in the message sent to it.
        if (await Input.CreateAccountAsync(users, invitation.Email, CultureInfo.CurrentUICulture.Name, ModelState) is not { } user) return Page();
        await InvitationModel.StartAsync(db, invitation, user.Id, AssessorKind.Coach, Instant.FromDateTimeOffset(clock.GetUtcNow()));
        await db.SaveChangesAsync();
        await transaction.CommitAsync();

        await signIn.SignInAsync(user, isPersistent: false);
        TempData["Notice"] = t["Welcome to Passerelles! You are an assessor of the study of {0}: your assessment is started.", Territory].Value;
        return Redirect(StudyModel.Address(invitation.StudyId!.Value));
    }

    /// <summary>Where the person goes instead of creating an account: on to the invitation when signed in, to sign in
    /// when the invited address already has an account.</summary>
    private async Task<IActionResult?> ElsewhereAsync(AssessmentInvitation invitation)
    {
        var invitationPage = $"/assessments/invitations/{invitation.Id}";
        if (User.Identity?.IsAuthenticated == true) return Redirect(invitationPage);
        if (await users.FindByEmailAsync(invitation.Email) is not null)
            return Redirect("/account/login?returnUrl=" + Uri.EscapeDataString(invitationPage));
        return null;
    }

    private async Task<AssessmentInvitation?> LoadAsync(Guid id)
    {
        var invitation = await db.AssessmentInvitations.SingleOrDefaultAsync(i => i.Id == id && i.StudyId != null);
        if (invitation is null || !StudyInvitationKey.Opens(protection, Key, invitation)) return null;
        Email = invitation.Email;
        Territory = TerritoryInviteModel.Named(invitation.TerritoryName, invitation.TerritoryRegion);
        Inviter = await db.Users.Where(u => u.Id == invitation.InvitedBy).Select(u => u.DisplayName).SingleAsync();
        return invitation;
    }
}
