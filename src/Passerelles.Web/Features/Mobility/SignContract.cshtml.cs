using Microsoft.AspNetCore.RateLimiting;
using Passerelles.Web.Features.Agreements;

namespace Passerelles.Web.Features.Mobility;

/// <summary>The student, then the housing association (or the other way round), sign the occupancy contract through the
/// agreements' signing engine (<see cref="SignerProof"/>): password and authenticator code again, and the SHA-256 of
/// the contract's text as shown. Once both have signed, the unit is occupied.</summary>
[EnableRateLimiting(WebSecuritySetup.CredentialsRateLimit)]
public sealed class SignContractModel(AppDbContext db, CurrentActor actors, SignerProof proof, TimeProvider clock, ViewerTime viewer, IStringLocalizer<Text> t) : PageModel
{
    [BindProperty] public SignatureForm Input { get; set; } = new();
    public HousingAccess.RequestFile Record { get; private set; } = null!;
    public OccupancyContract Contract { get; private set; } = null!;
    public ContractParty? Party { get; private set; }
    public string? Problem { get; private set; }
    public bool TwoFactorEnabled { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused) return refused;
        Input.TimeZoneId = viewer.ZoneId;
        Input.TextSha256 = Contract.TextSha256;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused) return refused;
        if (Problem is not null || !TwoFactorEnabled) return Page();
        if (await proof.CheckAsync(User, Input, Contract.TextSha256, ModelState) is not { } user) return Page();

        db.OccupancySignatures.Add(new OccupancySignature
        {
            ContractId = Contract.Id, Party = Party!.Value, UserId = user.Id, SignedAt = Instant.FromDateTimeOffset(clock.GetUtcNow()),
            TimeZoneId = TimeZones.Canonical(Input.TimeZoneId!)!, AuthenticationMethod = AgreementSignature.PasswordAndAuthenticatorCode,
            TextSha256 = Contract.TextSha256,
        });
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException exception) when (UniqueViolation.Is(exception))
        {
            // Someone signed for the same party first (a second click, or a colleague of the association).
            db.ChangeTracker.Clear();
            if (await LoadAsync(id) is { } gone) return gone;
            Problem ??= "This party has signed the contract already.";
            return Page();
        }
        TempData["Notice"] = t["Your signature was recorded."].Value;
        return Redirect($"/mobility/housing/{id}");
    }

    private async Task<IActionResult?> LoadAsync(Guid id)
    {
        if (await HousingAccess.RequestAsync(db, await actors.GetAsync(), id) is not { } file || file.Contract is not { } contract) return NotFound();
        (Record, Contract) = (file, contract);
        Party = file.IsStudent && !contract.IsSignedBy(ContractParty.Student) ? ContractParty.Student
            : file.Answers && !contract.IsSignedBy(ContractParty.HousingAssociation) ? ContractParty.HousingAssociation
            : null;
        Problem = Party is not null ? null
            : file.IsStudent || file.Answers ? "This party has signed the contract already."
            : "Only the student and the housing association sign the occupancy contract.";
        TwoFactorEnabled = await proof.HasTwoFactorAsync(User);
        return null;
    }
}
