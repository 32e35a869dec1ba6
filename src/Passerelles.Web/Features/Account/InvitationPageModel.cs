namespace Passerelles.Web.Features.Account;

/// <summary>A page an invitation e-mail links to: a newcomer creates their account on it, someone who has one signs in
/// first and then joins. A used, revoked or expired link says so.</summary>
public abstract class InvitationPageModel(TimeProvider clock) : PageModel
{
    public enum Step { Unusable, CreateAccount, SignInFirst, Join }

    [BindProperty] public NewAccountForm Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? Token { get; set; }
    public Step Current { get; protected set; }
    public string Problem { get; protected set; } = "";

    protected Instant Now => Instant.FromDateTimeOffset(clock.GetUtcNow());
}
