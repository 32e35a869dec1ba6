namespace Passerelles.Web.Features.Parity;

/// <summary>A governing body as typed: its organisation (one the person manages), its name and kind.</summary>
public sealed class BodyForm
{
    [Required]
    [Display(Name = "Organisation")]
    public Guid? OrganisationId { get; set; }

    [Required]
    [StringLength(GoverningBody.NameMaxLength)]
    [Display(Name = "Name")]
    public string? Name { get; set; }

    [Required]
    [Display(Name = "Kind")]
    public GoverningBodyKind? Kind { get; set; }
}

/// <summary>A seat as typed: who holds it (an account of the organisation, "user:{id}", or a person of its directory,
/// "person:{id}"), in what role, from when, until when if known.</summary>
public sealed class SeatForm : IValidatableObject
{
    public const string EndBeforeStart = "The end of the seat cannot come before its start.";

    [Required]
    [Display(Name = "Member")]
    public string? Who { get; set; }

    [StringLength(GoverningBodyMember.RoleMaxLength)]
    [Display(Name = "Role on the body")]
    public string? Role { get; set; }

    [Required]
    [DateInRange]
    [Display(Name = "From")]
    public DateOnly? From { get; set; }

    [DateInRange]
    [Display(Name = "Until (if known)")]
    public DateOnly? Until { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (From is { } from && Until is { } until && !GoverningBodyMember.DatesInOrder(LocalDate.FromDateOnly(from), LocalDate.FromDateOnly(until)))
            yield return new ValidationResult(validationContext.GetRequiredService<IStringLocalizer<Text>>()[EndBeforeStart], [nameof(Until)]);
    }

    public static string UserValue(Guid id) => $"user:{id}";
    public static string PersonValue(Guid id) => $"person:{id}";

    /// <summary>The account or the person chosen, if the value is one of <paramref name="choices"/>.</summary>
    public (Guid? UserId, Guid? PersonId)? Chosen(IEnumerable<Choice> choices)
    {
        if (Who is null || choices.All(c => c.Value != Who)) return null;
        var id = Guid.Parse(Who[(Who.IndexOf(':') + 1)..]);
        return Who.StartsWith("user:", StringComparison.Ordinal) ? (id, null) : (null, id);
    }

    public sealed record Choice(string Value, string Name);
}
