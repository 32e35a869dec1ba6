namespace Passerelles.Web.Features.Projects.Milestones;

/// <summary>A milestone as typed: its kind and date, and the fields of its kind. Amounts are in the project's
/// currency (CAD in Québec, EUR in France); the registry number is checked by the side's rule.</summary>
public sealed class MilestoneForm : IValidatableObject
{
    [Required]
    [Display(Name = "Milestone")]
    public MilestoneKind? Kind { get; set; }

    [Required]
    [DateInRange]
    [Display(Name = "Date")]
    public DateOnly? On { get; set; }

    [StringLength(Milestone.LegalFormMaxLength)]
    [Display(Name = "Legal form")]
    public string? LegalForm { get; set; }

    [StringLength(20)]
    [Display(Name = "Registry number (SIREN or NEQ)")]
    public string? RegistryNumber { get; set; }

    [Display(Name = "Amount")]
    public decimal? Amount { get; set; }

    [Display(Name = "Jobs created (full-time equivalents)")]
    public decimal? Fte { get; set; }

    [StringLength(Milestone.NoteMaxLength)]
    [Display(Name = "Note")]
    public string? Note { get; set; }

    public int Version { get; set; }

    /// <summary>The side whose registry and currency apply: the project's, set by the page, never posted.</summary>
    [BindNever]
    public Side Side { get; set; }

    public string Currency => Side == Side.Quebec ? "CAD" : "EUR";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var t = validationContext.GetRequiredService<IStringLocalizer<Text>>();
        if (Kind is { } kind && !Enum.IsDefined(kind))
            yield return new ValidationResult(t["This value is not valid."], [nameof(Kind)]);
    }

    /// <summary>The milestone's rules for the project's side, as errors next to their fields.</summary>
    public void CheckRules(ModelStateDictionary modelState, IStringLocalizer t, string prefix)
    {
        if (Kind is not { } kind || !Enum.IsDefined(kind)) return;
        foreach (var (field, message) in Milestone.Problems(kind, Side, LegalForm ?? "", RegistryNumber ?? "", Amount, Currency, Fte))
            modelState.AddModelError($"{prefix}.{field}", t[message]);
    }

    public static MilestoneForm From(Milestone milestone, Side side) => new()
    {
        Kind = milestone.Kind, On = milestone.On.ToDateOnly(), LegalForm = milestone.LegalForm, RegistryNumber = milestone.RegistryNumber,
        Amount = milestone.Amount, Fte = milestone.Fte, Note = milestone.Note, Version = milestone.Version, Side = side,
    };

    /// <summary>Keeps only the fields of the milestone's kind.</summary>
    public void ApplyTo(Milestone milestone)
    {
        var kind = Kind!.Value;
        milestone.Kind = kind;
        milestone.On = LocalDate.FromDateOnly(On!.Value);
        var legal = kind == MilestoneKind.LegalCreation;
        milestone.LegalForm = legal ? LegalForm?.Trim() ?? "" : "";
        milestone.RegistryNumber = legal && !string.IsNullOrWhiteSpace(RegistryNumber) ? RegistryNumbers.Normalise(RegistryNumber) : "";
        var money = kind is MilestoneKind.FundsRaised or MilestoneKind.FirstRevenue;
        milestone.Amount = money ? Amount : null;
        milestone.Currency = money && Amount is not null ? Currency : "";
        milestone.Fte = kind == MilestoneKind.JobsCreated ? Fte : null;
        milestone.Note = Note?.Trim() ?? "";
    }
}
