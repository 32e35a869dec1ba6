using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NodaTime;
using Passerelles.Web.Data;
using Passerelles.Web.Features.Bridges;
using Passerelles.Web.Infrastructure.Security;
using Passerelles.Web.Infrastructure.Time;

namespace Passerelles.Web.Features.Agreements;

/// <summary>Records a party's internal approval of the current version: its board resolution's reference and date,
/// and optionally a copy of it, by someone who acts for the party (its administrators, those of its carriers, network
/// administrators: <see cref="AgreementPartyHandler"/>). The audit trail records the party acted for and the carrier
/// acted through. When the last party has approved, signature opens.</summary>
[RequestSizeLimit(EvidenceDocuments.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = EvidenceDocuments.MaxRequestBytes)]
public sealed class ApproveModel(
    AppDbContext db, CurrentActor actors, IAuthorizationService authorization, EvidenceDocuments documents, TimeProvider clock, IStringLocalizer<Text> t) : PageModel
{
    public sealed class Form
    {
        [Required(ErrorMessage = "This field is required.")]
        [StringLength(PartyApproval.ReferenceMaxLength, ErrorMessage = "This field is too long.")]
        [Display(Name = "Resolution reference")]
        public string? Reference { get; set; }

        [Required(ErrorMessage = "This field is required.")]
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
        var agreement = await db.Agreements.SingleAsync(a => a.Id == id);
        db.PartyApprovals.Add(new PartyApproval
        {
            AgreementId = id, PartyId = partyId, VersionNumber = agreement.CurrentVersion, ResolutionReference = Input.Reference!.Trim(),
            ResolvedOn = LocalDate.FromDateOnly(Input.ResolvedOn!.Value), RecordedBy = _actor.UserId!.Value, RecordedAt = now,
            DocumentFileName = Input.Document is { } d ? BridgeForm.SafeFileName(d.FileName) : null, DocumentStoredName = stored,
        });
        AgreementFile.Record(db, id, AgreementEventKind.Approved, agreement.CurrentVersion, _actor.UserId, now, $"{Organisation}: {Input.Reference!.Trim()}",
            _organisationId, _actor.ThroughCarrier(_organisationId));
        if (_file!.Agreement.Parties.All(p => p.Id == partyId || _file.CurrentApproval(p.Id) is not null))
        {
            agreement.Status = AgreementStatus.InSignature;
            AgreementFile.Record(db, id, AgreementEventKind.SignatureOpened, agreement.CurrentVersion, null, now);
        }
        try
        {
            await db.SaveChangesAsync();
        }
        catch
        {
            if (stored is not null) documents.Delete(stored);
            throw;
        }
        TempData["Notice"] = t["The approval of {0} was recorded.", Organisation].Value;
        return Redirect($"/agreements/{id}");
    }

    private async Task<IActionResult?> LoadAsync(Guid id, Guid partyId)
    {
        _actor = await actors.GetAsync();
        if (await AgreementFile.LoadAsync(db, _actor, id) is not { } file) return NotFound();
        if (file.Agreement.Parties.SingleOrDefault(p => p.Id == partyId) is not { } party) return NotFound();
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
