namespace Passerelles.Web.Features.Agreements;

/// <summary>What the page that changes the parties of a draft binds, one form per change. Each carries the agreement's
/// <c>Version</c> as the page was shown, so a change made meanwhile by someone else is not silently overwritten.</summary>
public static class PartiesForms
{
    public sealed class NewParty
    {
        public int Version { get; set; }

        [Required(ErrorMessage = "Choose an organisation from the list.")]
        [Display(Name = "Organisation")]
        public Guid? OrganisationId { get; set; }

        [Range(1, 10, ErrorMessage = "Between 1 and 10.")]
        [Display(Name = "Signing order")]
        public int SigningRank { get; set; } = 1;

        [Required(ErrorMessage = "Name at least one authorised signatory.")]
        [StringLength(2000)]
        [Display(Name = "Authorised signatories (one e-mail address per line)")]
        public string? Signatories { get; set; }

        public IReadOnlyList<string> SignatoryEmails =>
            (Signatories ?? "").Split(['\n', '\r', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    public sealed class Rank
    {
        public int Version { get; set; }
        public Guid PartyId { get; set; }

        [Range(1, 10, ErrorMessage = "Between 1 and 10.")]
        [Display(Name = "Signing order")]
        public int SigningRank { get; set; } = 1;
    }

    public sealed class Signatory
    {
        public int Version { get; set; }
        public Guid PartyId { get; set; }

        [Required]
        [StringLength(256)]
        [Display(Name = "E-mail address of the new signatory")]
        public string? Email { get; set; }
    }
}
