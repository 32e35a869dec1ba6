
namespace Passerelles.Web.Features.Programmes;

/// <summary>What the programme pages bind.</summary>
public sealed class ProgrammeForm
{
    /// <summary>Chosen when the programme is created, never changed: the new page requires it.</summary>
    [Display(Name = "Incubator")]
    public Guid? IncubatorId { get; set; }

    [Required]
    [StringLength(Programme.NameMaxLength)]
    [Display(Name = "Name of the programme")]
    public string? Name { get; set; }

    [StringLength(Programme.DescriptionMaxLength)]
    [Display(Name = "Description")]
    public string? Description { get; set; }

    public int Version { get; set; }

    public static ProgrammeForm From(Programme programme) => new()
    {
        IncubatorId = programme.IncubatorId, Name = programme.Name, Description = programme.Description, Version = programme.Version,
    };

    public void ApplyTo(Programme programme)
    {
        programme.Name = Name!.Trim();
        programme.Description = Description?.Trim() ?? "";
    }
}

/// <summary>What the cohort pages bind. Its rules are the cohort's own: <see cref="Cohort.DatesProblem"/>, <see cref="Cohort.CapacityProblem"/>.</summary>
public sealed class CohortForm : IValidatableObject
{
    [Required]
    [StringLength(Cohort.NameMaxLength)]
    [Display(Name = "Name of the cohort")]
    public string? Name { get; set; }

    [Required]
    [DateInRange]
    [Display(Name = "Starts on")]
    public DateOnly? StartsOn { get; set; }

    [Required]
    [DateInRange]
    [Display(Name = "Ends on")]
    public DateOnly? EndsOn { get; set; }

    [Display(Name = "Capacity (projects)")]
    public int? Capacity { get; set; }

    public int Version { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var t = validationContext.GetRequiredService<IStringLocalizer<Text>>();
        if (StartsOn is { } start && EndsOn is { } end && Cohort.DatesProblem(LocalDate.FromDateOnly(start), LocalDate.FromDateOnly(end)) is { } dates)
            yield return new ValidationResult(t[dates], [nameof(EndsOn)]);
        if (Cohort.CapacityProblem(Capacity) is { } capacity)
            yield return new ValidationResult(t[capacity], [nameof(Capacity)]);
    }

    public static CohortForm From(Cohort cohort) => new()
    {
        Name = cohort.Name, StartsOn = cohort.StartsOn.ToDateOnly(), EndsOn = cohort.EndsOn.ToDateOnly(), Capacity = cohort.Capacity, Version = cohort.Version,
    };

    public void ApplyTo(Cohort cohort)
    {
        cohort.Name = Name!.Trim();
        cohort.StartsOn = LocalDate.FromDateOnly(StartsOn!.Value);
        cohort.EndsOn = LocalDate.FromDateOnly(EndsOn!.Value);
        cohort.Capacity = Capacity;
    }
}

/// <summary>What the stage pages bind: one stage of an incubator's model.</summary>
public sealed class StageForm : IValidatableObject
{
    [Required]
    [StringLength(IncubatorStage.NameMaxLength)]
    [Display(Name = "Name of the stage")]
    public string? Name { get; set; }

    [Required]
    [StringLength(IncubatorStage.NameMaxLength)]
    [Display(Name = "Label in Québec French")]
    public string? QuebecLabel { get; set; }

    [Required]
    [StringLength(IncubatorStage.NameMaxLength)]
    [Display(Name = "Label in France French")]
    public string? FranceLabel { get; set; }

    [Required]
    [Display(Name = "Counts as (shared reporting)")]
    public CanonicalStage? CanonicalStage { get; set; }

    public int Version { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // Enum binding accepts any number, so a tampered form could post a stage that does not exist.
        if (CanonicalStage is { } stage && !Enum.IsDefined(stage))
            yield return new ValidationResult(validationContext.GetRequiredService<IStringLocalizer<Text>>()["This value is not valid."], [nameof(CanonicalStage)]);
    }

    public static StageForm From(IncubatorStage stage) => new()
    {
        Name = stage.Name, QuebecLabel = stage.QuebecLabel, FranceLabel = stage.FranceLabel, CanonicalStage = stage.CanonicalStage, Version = stage.Version,
    };

    public void ApplyTo(IncubatorStage stage)
    {
        stage.Name = Name!.Trim();
        stage.QuebecLabel = QuebecLabel!.Trim();
        stage.FranceLabel = FranceLabel!.Trim();
        stage.CanonicalStage = CanonicalStage!.Value;
    }
}

/// <summary>What the shared fields of the programme pages show: the picker of the incubator when creating, or the
/// incubator's name when editing.</summary>
public sealed record ProgrammeFields(ProgrammeForm Input, Picker? IncubatorPicker, string? Incubator);
