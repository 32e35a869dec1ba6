namespace Passerelles.Web.Features.Agreements;

/// <summary>What the page that starts an agreement binds: its title, purpose and parties, each with its place in the
/// signing order and the e-mail addresses of its authorised signatories.</summary>
public sealed class AgreementForm
{
    public const int PartySlots = 4;

    [Required]
    [StringLength(Agreement.TitleMaxLength)]
    [Display(Name = "Title")]
    public string? Title { get; set; }

    [StringLength(Agreement.PurposeMaxLength)]
    [Display(Name = "Purpose (Markdown)")]
    public string? Purpose { get; set; }

    public List<PartyForm> Parties { get; set; } = [];

    public sealed class PartyForm
    {
        [Display(Name = "Organisation")]
        public Guid? OrganisationId { get; set; }

        [Range(1, 10, ErrorMessage = "Between 1 and 10.")]
        [Display(Name = "Signing order")]
        public int SigningRank { get; set; } = 1;

        [StringLength(2000)]
        [Display(Name = "Authorised signatories (one e-mail address per line)")]
        public string? Signatories { get; set; }

        public IEnumerable<string> SignatoryEmails =>
            (Signatories ?? "").Split(['\n', '\r', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase);
    }

    public void PadParties()
    {
        while (Parties.Count < PartySlots) Parties.Add(new PartyForm { SigningRank = 1 });
    }

    /// <summary>Checks the parties against the directory and builds them: at least two different organisations the
    /// drafter may see, each with at least one signatory who is a member of that organisation or an administrator of one
    /// of its carriers. Errors go next to the field at fault.</summary>
    public async Task<List<AgreementParty>> PartiesAsync(AppDbContext db, Actor drafter, ModelStateDictionary modelState, IStringLocalizer t)
    {
        var parties = new List<AgreementParty>();
        for (var i = 0; i < Parties.Count; i++)
        {
            var form = Parties[i];
            var prefix = $"Input.Parties[{i}].";
            if (form.OrganisationId is not { } organisationId)
            {
                if (form.SignatoryEmails.Any()) modelState.AddModelError(prefix + nameof(PartyForm.OrganisationId), t["Choose the organisation these signatories sign for."]);
                continue;
            }
            if (parties.Any(p => p.OrganisationId == organisationId))
            {
                modelState.AddModelError(prefix + nameof(PartyForm.OrganisationId), t["This organisation is already a party."]);
                continue;
            }
            if (!await db.Organisations.VisibleTo(drafter).AnyAsync(o => o.Id == organisationId))
            {
                modelState.AddModelError(prefix + nameof(PartyForm.OrganisationId), t["Choose an organisation from the list."]);
                continue;
            }
            var party = new AgreementParty { OrganisationId = organisationId, SigningRank = form.SigningRank };
            var emails = form.SignatoryEmails.ToList();
            if (emails.Count == 0)
                modelState.AddModelError(prefix + nameof(PartyForm.Signatories), t["Name at least one authorised signatory."]);
            foreach (var email in emails)
            {
                if (await PartyChanges.SignatoryAsync(db, organisationId, email) is not { } userId)
                    modelState.AddModelError(prefix + nameof(PartyForm.Signatories), PartyChanges.NotASignatory(t, email));
                else
                    party.Signatories.Add(new AgreementSignatory { PartyId = party.Id, UserId = userId });
            }
            parties.Add(party);
        }
        if (parties.Count < Agreement.MinParties)
            modelState.AddModelError("Input.Parties[1].OrganisationId", t["An agreement has at least two parties."]);
        return parties;
    }
}
