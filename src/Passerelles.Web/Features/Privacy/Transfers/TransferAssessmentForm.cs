namespace Passerelles.Web.Features.Privacy.Transfers;

/// <summary>What the officers write in an assessment; the two controllers are chosen once, when it is recorded.</summary>
public sealed class TransferAssessmentForm : IValidatableObject
{
    public const string NoPurpose = "Choose at least one purpose.";

    [Required]
    [StringLength(TransferAssessment.TextMaxLength)]
    [Display(Name = "Personal information concerned")]
    public string? DataConcerned { get; set; }

    [Display(Name = "Purposes")]
    public List<TransferPurposes> Purposes { get; set; } = [];

    [Required]
    [StringLength(TransferAssessment.TextMaxLength)]
    [Display(Name = "Safeguards")]
    public string? Safeguards { get; set; }

    [Display(Name = "The privacy impact assessment (EFVP) was carried out on the Québec side")]
    public bool ImpactAssessmentDone { get; set; }

    [Display(Name = "The standard contractual clauses were signed by both organisations")]
    public bool StandardClausesSigned { get; set; }

    [Display(Name = "Written agreement")]
    public Guid? AgreementId { get; set; }

    [Required]
    [DateInRange]
    [Display(Name = "Review date")]
    public DateOnly? ReviewOn { get; set; }

    public int Version { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Purposes.Count == 0 || Purposes.Contains(TransferPurposes.None)) yield return new ValidationResult(NoPurpose, [nameof(Purposes)]);
    }

    public static TransferAssessmentForm From(TransferAssessment assessment) => new()
    {
        DataConcerned = assessment.DataConcerned, Safeguards = assessment.Safeguards,
        Purposes = TransferGate.All.Where(p => assessment.Purposes.HasFlag(p)).ToList(),
        ImpactAssessmentDone = assessment.ImpactAssessmentDone, StandardClausesSigned = assessment.StandardClausesSigned,
        AgreementId = assessment.AgreementId, ReviewOn = assessment.ReviewOn.ToDateOnly(), Version = assessment.Version,
    };

    /// <summary>Writes the form into the assessment; a change to what was assessed withdraws its approval.</summary>
    public void ApplyTo(TransferAssessment assessment)
    {
        var purposes = Purposes.Aggregate(TransferPurposes.None, (all, p) => all | p);
        var reviewOn = LocalDate.FromDateOnly(ReviewOn!.Value);
        var changed = assessment.DataConcerned != DataConcerned || assessment.Safeguards != Safeguards || assessment.Purposes != purposes
            || assessment.ImpactAssessmentDone != ImpactAssessmentDone || assessment.StandardClausesSigned != StandardClausesSigned
            || assessment.AgreementId != AgreementId || assessment.ReviewOn != reviewOn;
        assessment.DataConcerned = DataConcerned!.Trim();
        assessment.Safeguards = Safeguards!.Trim();
        assessment.Purposes = purposes;
        assessment.ImpactAssessmentDone = ImpactAssessmentDone;
        assessment.StandardClausesSigned = StandardClausesSigned;
        assessment.AgreementId = AgreementId;
        assessment.ReviewOn = reviewOn;
        if (changed) assessment.Unapprove();
    }
}
