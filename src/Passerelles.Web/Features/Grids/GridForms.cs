namespace Passerelles.Web.Features.Grids;

/// <summary>The guidance of a grid or of one of its elements, optional, in each language of Passerelles.</summary>
public abstract class GuidanceFields
{
    [StringLength(LocalisedTextMapping.GuidanceMaxLength)]
    [Display(Name = "Guidance in Québec French")]
    public string? GuidanceFrCa { get; set; }

    [StringLength(LocalisedTextMapping.GuidanceMaxLength)]
    [Display(Name = "Guidance in France French")]
    public string? GuidanceFrFr { get; set; }

    [StringLength(LocalisedTextMapping.GuidanceMaxLength)]
    [Display(Name = "Guidance in English")]
    public string? GuidanceEn { get; set; }

    public LocalisedText ToGuidance() => new(GuidanceFrCa?.Trim() ?? "", GuidanceFrFr?.Trim() ?? "", GuidanceEn?.Trim() ?? "");
}

/// <summary>What the draft's settings bind: title, guidance, scale kind and whether totals mean anything.</summary>
public sealed class VersionSettingsForm : GuidanceFields, IValidatableObject
{
    [Required]
    [StringLength(LocalisedTextMapping.LabelMaxLength)]
    [Display(Name = "Title in Québec French")]
    public string? TitleFrCa { get; set; }

    [Required]
    [StringLength(LocalisedTextMapping.LabelMaxLength)]
    [Display(Name = "Title in France French")]
    public string? TitleFrFr { get; set; }

    [Required]
    [StringLength(LocalisedTextMapping.LabelMaxLength)]
    [Display(Name = "Title in English")]
    public string? TitleEn { get; set; }

    [Display(Name = "Totals mean something (scored grid)")]
    public bool IsScored { get; set; }

    [Required]
    [Display(Name = "Kind of scale")]
    public ScaleKind? ScaleKind { get; set; }

    public int Version { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ScaleKind is { } kind && !Enum.IsDefined(kind))
            yield return new ValidationResult(validationContext.GetRequiredService<IStringLocalizer<Text>>()["This value is not valid."], [nameof(ScaleKind)]);
    }

    public static VersionSettingsForm From(GridVersion version) => new()
    {
        TitleFrCa = version.Title.FrCa, TitleFrFr = version.Title.FrFr, TitleEn = version.Title.En,
        GuidanceFrCa = version.Guidance.FrCa, GuidanceFrFr = version.Guidance.FrFr, GuidanceEn = version.Guidance.En,
        IsScored = version.IsScored, ScaleKind = version.ScaleKind, Version = version.Version,
    };

    public void ApplyTo(GridVersion version)
    {
        version.Title = new LocalisedText(TitleFrCa!.Trim(), TitleFrFr!.Trim(), TitleEn!.Trim());
        version.Guidance = ToGuidance();
        version.IsScored = IsScored;
        version.ScaleKind = ScaleKind!.Value;
    }
}

/// <summary>The kinds of element a draft is made of, as they appear in the element pages' addresses.</summary>
public enum GridElementKind
{
    Level,
    Dimension,
    Criterion,
    Indicator,
}

/// <summary>What the element pages bind: a level, dimension, criterion or indicator. Weight is for dimensions and
/// criteria, value for the levels of a numeric scale; the page checks the rules that depend on the draft.</summary>
public sealed class ElementForm : GuidanceFields
{
    [StringLength(Grid.KeyMaxLength)]
    [RegularExpression("^[a-z0-9]+(-[a-z0-9]+)*$", ErrorMessage = "Use lowercase letters, digits and hyphens.")]
    [Display(Name = "Key")]
    public string? Key { get; set; }

    [Required]
    [StringLength(LocalisedTextMapping.LabelMaxLength)]
    [Display(Name = "Label in Québec French")]
    public string? LabelFrCa { get; set; }

    [Required]
    [StringLength(LocalisedTextMapping.LabelMaxLength)]
    [Display(Name = "Label in France French")]
    public string? LabelFrFr { get; set; }

    [Required]
    [StringLength(LocalisedTextMapping.LabelMaxLength)]
    [Display(Name = "Label in English")]
    public string? LabelEn { get; set; }

    [Range(typeof(decimal), "0", "1000", ParseLimitsInInvariantCulture = true, ErrorMessage = "Enter a weight from 0 to 1000.")]
    [Display(Name = "Weight")]
    public decimal? Weight { get; set; }

    [Range(typeof(decimal), "-1000000", "1000000", ParseLimitsInInvariantCulture = true, ErrorMessage = "Enter a value from -1,000,000 to 1,000,000.")]
    [Display(Name = "Value")]
    public decimal? Value { get; set; }

    public LocalisedText ToLabel() => new(LabelFrCa!.Trim(), LabelFrFr!.Trim(), LabelEn!.Trim());

    public static ElementForm From(string key, LocalisedText label, LocalisedText guidance, decimal? weight, decimal? value) => new()
    {
        Key = key, LabelFrCa = label.FrCa, LabelFrFr = label.FrFr, LabelEn = label.En,
        GuidanceFrCa = guidance.FrCa, GuidanceFrFr = guidance.FrFr, GuidanceEn = guidance.En,
        Weight = weight is { } w ? w / 1.000000000000000000000000000000000m : null,
        Value = value is { } v ? v / 1.000000000000000000000000000000000m : null,
    };
}
