namespace Passerelles.Web.Features.Privacy.Requests;

/// <summary>A request as the person files it from their account.</summary>
public sealed class FileRequestForm
{
    public const string NotYours = "You can only make a request about your own data: the person concerned makes it from their own account.";

    [Required]
    [Display(Name = "What do you ask?")]
    public PrivacyRequestKind? Kind { get; set; }

    [StringLength(PrivacyRequest.TextMaxLength)]
    [Display(Name = "Details (optional)")]
    public string? Details { get; set; }

    /// <summary>One of the person's own directory entries; empty for all of them (one request per organisation).</summary>
    public Guid? PersonId { get; set; }
}

/// <summary>A request received by mail, as the officer records it.</summary>
public sealed class RecordRequestForm
{
    [Required]
    [Display(Name = "Person concerned")]
    public Guid? PersonId { get; set; }

    [Required]
    [Display(Name = "Kind of request")]
    public PrivacyRequestKind? Kind { get; set; }

    [Required]
    [DateInRange]
    [Display(Name = "Received on")]
    public DateOnly? ReceivedOn { get; set; }

    [StringLength(PrivacyRequest.TextMaxLength)]
    [Display(Name = "What the person asks")]
    public string? Details { get; set; }
}

/// <summary>One of the steps an officer records on a request; only the fields of that step are read.</summary>
public sealed class RequestStepForm
{
    [StringLength(PrivacyRequest.MethodMaxLength)]
    [Display(Name = "How the identity was checked")]
    public string? IdentityMethod { get; set; }

    [StringLength(PrivacyRequest.TextMaxLength)]
    [Display(Name = "Reason for the extension")]
    public string? ExtensionReason { get; set; }

    [Display(Name = "Outcome")]
    public PrivacyRequestStatus? Outcome { get; set; }

    [StringLength(PrivacyRequest.TextMaxLength)]
    [Display(Name = "Answer, or reason for refusing")]
    public string? Answer { get; set; }

    public int Version { get; set; }
}
