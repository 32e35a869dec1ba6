namespace Passerelles.Web.Features.Bridges;

/// <summary>What the record and edit pages bind: a bridge's facts as typed, and its evidence.</summary>
public sealed class BridgeForm : IValidatableObject
{
    public const int EvidenceUrlMaxLength = 500;

    [Required]
    [Display(Name = "From organisation")]
    public Guid? FromOrganisationId { get; set; }

    [Required]
    [Display(Name = "To organisation")]
    public Guid? ToOrganisationId { get; set; }

    [Required]
    [Display(Name = "Kind of bridge")]
    public BridgeKind? Kind { get; set; }

    [Required]
    [Display(Name = "Status")]
    public BridgeStatus? Status { get; set; } = BridgeStatus.Active;

    [DateInRange]
    [Display(Name = "Start date")]
    public DateOnly? StartDate { get; set; }

    [DateInRange]
    [Display(Name = "End date")]
    public DateOnly? EndDate { get; set; }

    [StringLength(Bridge.DescriptionMaxLength)]
    [Display(Name = "Description")]
    public string? Description { get; set; }

    [StringLength(EvidenceUrlMaxLength)]
    [Display(Name = "Evidence link")]
    public string? EvidenceUrl { get; set; }

    [Display(Name = "Evidence document")]
    public IFormFile? EvidenceDocument { get; set; }

    [Display(Name = "Remove the current document")]
    public bool RemoveEvidenceDocument { get; set; }

    public int Version { get; set; }

    private LocalDate? Start => StartDate is { } d ? LocalDate.FromDateOnly(d) : null;
    private LocalDate? End => EndDate is { } d ? LocalDate.FromDateOnly(d) : null;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var t = validationContext.GetRequiredService<IStringLocalizer<Text>>();
        // Enum binding accepts any number, so a tampered form could post a kind that does not exist.
        if (Kind is { } kind && !Enum.IsDefined(kind))
            yield return new ValidationResult(t["This value is not valid."], [nameof(Kind)]);
        if (Status is { } status && !Enum.IsDefined(status))
            yield return new ValidationResult(t["This value is not valid."], [nameof(Status)]);
        if (!string.IsNullOrWhiteSpace(EvidenceUrl) && !IsWebAddress(EvidenceUrl.Trim()))
            yield return new ValidationResult(t["Enter a web address starting with http:// or https://."], [nameof(EvidenceUrl)]);
        if (FromOrganisationId is { } from && ToOrganisationId is { } to)
        {
            foreach (var (field, message) in Bridge.Problems(from, to, Start, End))
            {
                var member = field == nameof(Bridge.ToOrganisationId) ? nameof(ToOrganisationId) : nameof(EndDate);
                yield return new ValidationResult(t[message], [member]);
            }
        }
        else if (Start is { } s && End is { } e && e < s)
        {
            yield return new ValidationResult(t["The end date cannot be before the start date."], [nameof(EndDate)]);
        }
    }

    private static bool IsWebAddress(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && uri.Host.Length > 0;

    /// <summary>The rules that need the database or the upload: both organisations exist and the viewer may see them,
    /// and a document, if any, is a PDF, PNG or JPEG of at most 5 MB by its content, not only by its name.</summary>
    public async Task CheckAsync(AppDbContext db, Actor viewer, ModelStateDictionary modelState, IStringLocalizer t, string prefix)
    {
        var visible = db.Organisations.VisibleTo(viewer);
        if (FromOrganisationId is { } from && !await visible.AnyAsync(o => o.Id == from))
            modelState.AddModelError($"{prefix}.{nameof(FromOrganisationId)}", t["This organisation is not in the network."]);
        if (ToOrganisationId is { } to && !await visible.AnyAsync(o => o.Id == to))
            modelState.AddModelError($"{prefix}.{nameof(ToOrganisationId)}", t["This organisation is not in the network."]);

        if (EvidenceDocument is not { } file) return;
        var field = $"{prefix}.{nameof(EvidenceDocument)}";
        if (file.Length > EvidenceDocuments.MaxBytes)
            modelState.AddModelError(field, t["The document is larger than 5 MB."]);
        else if (file.Length == 0 || await EvidenceDocuments.RecogniseAsync(file) is null)
            modelState.AddModelError(field, t["The document must be a PDF, PNG or JPEG file."]);
    }

    public static BridgeForm From(Bridge bridge) => new()
    {
        FromOrganisationId = bridge.FromOrganisationId,
        ToOrganisationId = bridge.ToOrganisationId,
        Kind = bridge.Kind,
        Status = bridge.Status,
        StartDate = bridge.StartDate?.ToDateOnly(),
        EndDate = bridge.EndDate?.ToDateOnly(),
        Description = bridge.Description,
        EvidenceUrl = bridge.EvidenceUrl,
        Version = bridge.Version,
    };

    public void ApplyTo(Bridge bridge)
    {
        bridge.FromOrganisationId = FromOrganisationId!.Value;
        bridge.ToOrganisationId = ToOrganisationId!.Value;
        bridge.Kind = Kind!.Value;
        bridge.Status = Status!.Value;
        bridge.StartDate = Start;
        bridge.EndDate = End;
        bridge.Description = Description?.Trim() ?? "";
        bridge.EvidenceUrl = EvidenceUrl?.Trim() ?? "";
    }

    /// <summary>Stores a new document, or removes the current one when asked; returns the name of a document the
    /// bridge no longer uses, to delete once the change is saved.</summary>
    public async Task<string?> ApplyDocumentAsync(Bridge bridge, EvidenceDocuments documents)
    {
        var previous = bridge.EvidenceStoredName;
        if (EvidenceDocument is { } file)
        {
            bridge.EvidenceStoredName = await documents.StoreAsync(file);
            bridge.EvidenceFileName = SafeFileName(file.FileName);
        }
        else if (RemoveEvidenceDocument)
        {
            bridge.EvidenceStoredName = "";
            bridge.EvidenceFileName = "";
        }
        return previous != bridge.EvidenceStoredName && previous.Length > 0 ? previous : null;
    }

    /// <summary>The uploaded name, without any folder, control characters or quotes, short enough to store.</summary>
    public static string SafeFileName(string name)
    {
        var clean = new string(Path.GetFileName(name.Replace('\\', '/')).Where(c => !char.IsControl(c) && c is not ('"' or '/')).ToArray()).Trim();
        var extension = Path.GetExtension(clean);
        if (clean.Length > 200) clean = clean[..(200 - extension.Length)] + extension;
        return clean.Length == 0 ? "document" : clean;
    }
}

/// <summary>What the shared fields of the record and edit pages show: the form and the pickers of its two ends, among
/// the organisations the person may see; the form's check decides which they may join.</summary>
public sealed record BridgeFields(BridgeForm Input, Picker From, Picker To, string? CurrentDocument, Guid? BridgeId)
{
    public static async Task<(Picker From, Picker To)> PickersAsync(PageModel page, OrganisationPicks picks, IStringLocalizer t, BridgeForm input) =>
        (await picks.PickerAsync(page, $"Input.{nameof(BridgeForm.FromOrganisationId)}", t["From organisation"], input.FromOrganisationId),
         await picks.PickerAsync(page, $"Input.{nameof(BridgeForm.ToOrganisationId)}", t["To organisation"], input.ToOrganisationId));
}
