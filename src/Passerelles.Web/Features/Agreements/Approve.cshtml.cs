
namespace Passerelles.Web.Features.Agreements;

/// <summary>Records a party's internal approval of the current version: its board resolution's reference and date,
/// and optionally a copy of it, by someone who acts for the party (its administrators, those of its carriers, network
/// administrators: <see cref="AgreementPartyHandler"/>). The audit trail records the party acted for and the carrier
/// acted through. When the last party has approved, signature opens.</summary>
[RequestSizeLimit(EvidenceDocuments.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = EvidenceDocuments.MaxRequestBytes)]
public sealed class ApproveModel(
    AppDbContext db, CurrentActor actors, IAuthorizationService authorization, EvidenceDocuments documents, TimeProvider clock, AgreementNotices notices,
    IStringLocalizer<Text> t) : PageModel
{
    public sealed class Form
    {
        [Required]
        [StringLength(PartyApproval.ReferenceMaxLength)]
        [Display(Name = "Resolution reference")]
        public string? Reference { get; set; }

        [Required]
        [DateInRange]
        [Display(Name = "Date of the resolution")]
        public DateOnly? ResolvedOn { get; set; }

        [Display(Name = "Copy of the resolution (optional)")]
        public IFormFile? Document { get; set; }
    }

    [BindProperty] public Form Input { get; set; } = new();
    public Guid Id { get; private set; }
    public string Title { get; private set; } = "";
    public string Organisation { get; private set; } = "";
    public int VersionNumber { get; private set; }
    private AgreementFile? _file;
    private Actor _actor = null!;
    private Guid _organisationId;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid partyId) => await LoadAsync(id, partyId) is { } refused ? refused : Page();

    public async Task<IActionResult> OnPostAsync(Guid id, Guid partyId)
    {
        if (await LoadAsync(id, partyId) is { } refused) return refused;
        var now = Instant.FromDateTimeOffset(clock.GetUtcNow());
        if (Input.ResolvedOn is { } date && LocalDate.FromDateOnly(date) > now.InUtc().Date.PlusDays(1))
            ModelState.AddModelError("Input.ResolvedOn", t["The resolution cannot be dated in the future."]);
        if (Input.Document is { } file)
        {
            if (file.Length > EvidenceDocuments.MaxBytes)
                ModelState.AddModelError("Input.Document", t["The document is larger than 5 MB."]);
            else if (file.Length == 0 || await EvidenceDocuments.RecogniseAsync(file) is null)
                ModelState.AddModelError("Input.Document", t["The document must be a PDF, PNG or JPEG file."]);
        }
        if (!ModelState.IsValid) return Page();

        string? stored = null;
        if (Input.Document is { } upload) stored = await documents.StoreAsync(upload);
        for (var attempt = 1; ; attempt++)
        {
            var signatureOpened = await RecordApprovalAsync(id, partyId, stored, now);
            try
            {
                await db.SaveChangesAsync();
            }
            catch (DbUpdateException exception) when (exception is DbUpdateConcurrencyException || UniqueViolation.Is(exception))
            {
                // Another approval was saved first: this party's own (a second click), answered by the notice that the
                // party no longer awaits approval, or another party's, on top of which this one is recorded again.
                db.ChangeTracker.Clear();
                var answer = await LoadAsync(id, partyId);
                if (answer is null && exception is DbUpdateConcurrencyException && attempt < SaveAttempts) continue;
                if (stored is not null) await documents.DeleteAsync(stored);
                if (answer is not null) return answer;
                if (exception is not DbUpdateConcurrencyException) throw;
                ModelState.AddModelError("", t["The agreement changed several times while the approval was being recorded, and it was not recorded. Record it again."]);
                return Page();
            }
            catch
            {
                if (stored is not null) await documents.DeleteAsync(stored);
                throw;
            }
            await notices.ApprovedAsync(Request, id, partyId, _actor.UserId!.Value, signatureOpened);
            TempData["Notice"] = t["The approval of {0} was recorded.", Organisation].Value;
            return Redirect($"/agreements/{id}");
        }
    }

    /// <summary>How many times an approval is recorded again when another one was saved at the same moment.</summary>
    private const int SaveAttempts = 3;

    /// <summary>Adds the approval and its line in the audit trail and, when it is the last one, opens signature. The
    /// agreement is saved against the version read with the page, so that of two last approvals given at the same moment
    /// the second is recorded again knowing the first, and signature opens.</summary>
    private async Task<bool> RecordApprovalAsync(Guid id, Guid partyId, string? stored, Instant now)
    {
        var agreement = await db.Agreements.SingleAsync(a => a.Id == id);
        db.Entry(agreement).State = EntityState.Modified;
        db.Entry(agreement).Property(a => a.Version).OriginalValue = _file!.Agreement.Version;
        db.PartyApprovals.Add(new PartyApproval
        {
            AgreementId = id, PartyId = partyId, VersionNumber = _file.CurrentNumber, ResolutionReference = Input.Reference!.Trim(),
            ResolvedOn = LocalDate.FromDateOnly(Input.ResolvedOn!.Value), RecordedBy = _actor.UserId!.Value, RecordedAt = now,
            DocumentFileName = Input.Document is { } d ? BridgeForm.SafeFileName(d.FileName) : null, DocumentStoredName = stored,
        });
        AgreementFile.Record(db, id, AgreementEventKind.Approved, _file.CurrentNumber, _actor.UserId, now, $"{Organisation}: {Input.Reference!.Trim()}",
            _organisationId, _actor.ThroughCarrier(_organisationId));
        if (!_file.Agreement.Parties.All(p => p.Id == partyId || !p.Approves || _file.CurrentApproval(p.Id) is not null)) return false;
        agreement.Status = AgreementStatus.InSignature;
        AgreementFile.Record(db, id, AgreementEventKind.SignatureOpened, _file.CurrentNumber, null, now);
        return true;
    }

    private async Task<IActionResult?> LoadAsync(Guid id, Guid partyId)
    {
        _actor = await actors.GetAsync();
        if (await AgreementFile.LoadAsync(db, _actor, id) is not { } file) return NotFound();
        if (file.Agreement.Parties.SingleOrDefault(p => p.Id == partyId && p.Approves) is not { } party) return NotFound();
        if (!(await authorization.AuthorizeAsync(User, new PartyResource(file.Agreement, party), Operations.Approve)).Succeeded) return Forbid();
        (_file, _organisationId) = (file, party.OrganisationId);
        (Id, Title, Organisation, VersionNumber) = (id, file.Agreement.Title, party.Organisation.Name, file.CurrentNumber);
        if (file.Agreement.Status != AgreementStatus.InApproval || file.CurrentApproval(partyId) is not null)
        {
            TempData["Notice"] = t["This agreement is not awaiting the approval of {0}.", Organisation].Value;
            return Redirect($"/agreements/{id}");
        }
        return null;
    }
}
