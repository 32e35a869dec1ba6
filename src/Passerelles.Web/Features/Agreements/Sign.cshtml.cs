using Microsoft.AspNetCore.RateLimiting;

namespace Passerelles.Web.Features.Agreements;

/// <summary>Signs the current version for the signer's party. The signer proves again who they are with their password
/// and a code from their authenticator app, so two-factor authentication must be on. The signature records the SHA-256
/// of the canonical text shown on this page; if the text changed since the page was opened, signing is refused.</summary>
[EnableRateLimiting(WebSecuritySetup.CredentialsRateLimit)]
public sealed class SignModel(
    AppDbContext db, CurrentActor actors, SignerProof proof, TimeProvider clock, ViewerTime viewer, AgreementNotices notices,
    IStringLocalizer<Text> t) : PageModel
{
    [BindProperty] public SignatureForm Input { get; set; } = new();
    public AgreementFile AgreementFile { get; private set; } = null!;
    public string? Problem { get; private set; }
    public bool TwoFactorEnabled { get; private set; }
    public string Sha256 { get; private set; } = "";
    public string Organisation { get; private set; } = "";
    private Actor _actor = null!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused) return refused;
        Input.TimeZoneId = viewer.ZoneId;
        Input.TextSha256 = Sha256;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused) return refused;
        if (Problem is not null || !TwoFactorEnabled) return Page();
        if (await proof.CheckAsync(User, Input, Sha256, ModelState) is not { } user) return Page();

        for (var attempt = 1; ; attempt++)
        {
            var before = AgreementFile.Agreement.PartiesSigningNow(AgreementFile.CurrentSignatures).Select(p => p.Id).ToList();
            var (party, signedByAll) = await RecordSignatureAsync(id, user.Id);
            try
            {
                await db.SaveChangesAsync();
            }
            catch (DbUpdateException exception) when (exception is DbUpdateConcurrencyException || UniqueViolation.Is(exception))
            {
                // Another signature, of this person (a second click) or of another party (at the same moment), was saved
                // first. Read the agreement again: a second signature of the same person is refused with the reason,
                // another party's leaves this one to be recorded on top of it.
                db.ChangeTracker.Clear();
                if (await LoadAsync(id) is { } gone) return gone;
                if (Problem is not null) return Page();
                if (exception is not DbUpdateConcurrencyException) throw;
                if (proof.TextChanged(Input, Sha256, ModelState)) return Page();
                if (attempt < SaveAttempts) continue;
                ModelState.AddModelError("", t["The agreement changed several times while your signature was being recorded, and it was not recorded. Sign again."]);
                return Page();
            }
            var signing = AgreementFile.Agreement.PartiesSigningNow([.. AgreementFile.CurrentSignatures, new AgreementSignature { PartyId = party.Id, UserId = user.Id }]);
            await notices.SignedAsync(Request, id, party.Id, user.Id, signing.Select(p => p.Id).Except(before).ToList(), signedByAll);
            TempData["Notice"] = t["Your signature was recorded."].Value;
            return Redirect($"/agreements/{id}");
        }
    }

    /// <summary>How many times a signature is recorded again when another one was saved at the same moment.</summary>
    private const int SaveAttempts = 3;

    /// <summary>Adds the signature, its line in the audit trail and, when it is the last one, the agreement's new status
    /// and the bridges it makes active; the agreement's version guards against a signature saved meanwhile.</summary>
    private async Task<(AgreementParty Party, bool SignedByAll)> RecordSignatureAsync(Guid id, Guid userId)
    {
        var now = Instant.FromDateTimeOffset(clock.GetUtcNow());
        var agreement = AgreementFile.Agreement;
        var party = agreement.PartiesSigningNow(AgreementFile.CurrentSignatures).First(p => p.Signatories.Any(s => s.UserId == userId));
        var signature = new AgreementSignature
        {
            AgreementId = id, PartyId = party.Id, UserId = userId, VersionNumber = AgreementFile.CurrentNumber, SignedAt = now,
            TimeZoneId = TimeZones.Canonical(Input.TimeZoneId!)!, AuthenticationMethod = AgreementSignature.PasswordAndAuthenticatorCode,
            TextSha256 = Sha256,
        };
        db.AgreementSignatures.Add(signature);
        // A signatory who is not a member of the party signs as an administrator of one of its carriers.
        // A person party signs for themself, for no organisation.
        var through = party.PersonId is not null || _actor.MemberOf.Contains(party.OrganisationId) ? null : _actor.ThroughCarrier(party.OrganisationId);
        AgreementFile.Record(db, id, AgreementEventKind.Signed, AgreementFile.CurrentNumber, userId, now, $"{party.Name}: {Sha256}",
            party.PersonId is null ? party.OrganisationId : null, through);
        var tracked = await db.Agreements.SingleAsync(a => a.Id == id);
        // Saved against the version read with the page: a signature saved since then makes this save fail, and be tried
        // again from a fresh reading.
        db.Entry(tracked).State = EntityState.Modified;
        db.Entry(tracked).Property(a => a.Version).OriginalValue = agreement.Version;
        var signedByAll = agreement.Parties.All(p => p.HasFullySigned([.. AgreementFile.CurrentSignatures, signature]));
        if (signedByAll)
        {
            tracked.Status = AgreementStatus.Signed;
            AgreementFile.Record(db, id, AgreementEventKind.SignedByAll, AgreementFile.CurrentNumber, null, now, Sha256);
            await AgreementBridges.RecordSignedByAllAsync(db, agreement, now);
            await TripartiteAgreement.RecordSignedByAllAsync(db, id, now);
        }
        return (party, signedByAll);
    }

    private async Task<IActionResult?> LoadAsync(Guid id)
    {
        _actor = await actors.GetAsync();
        if (await AgreementFile.LoadAsync(db, _actor, id) is not { } file) return NotFound();
        AgreementFile = file;
        var userId = _actor.UserId!.Value;
        Organisation = file.Agreement.Parties.FirstOrDefault(p => p.Signatories.Any(s => s.UserId == userId))?.Name ?? "";
        Sha256 = file.CurrentSha256;
        // The opening of signature is checked again here, on the server, whatever the stored status says.
        Problem = file.EveryPartyApproved ? file.Agreement.SigningProblem(userId, file.CurrentSignatures) : "Signature opens once every party has approved the agreement.";
        TwoFactorEnabled = await proof.HasTwoFactorAsync(User);
        return null;
    }
}
