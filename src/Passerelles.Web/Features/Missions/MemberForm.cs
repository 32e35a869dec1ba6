namespace Passerelles.Web.Features.Missions;

/// <summary>A member's role and travel dates, as the invite and edit-member pages bind them.</summary>
public class MemberForm : IValidatableObject
{
    [Display(Name = "Role")]
    public MissionRole Role { get; set; } = MissionRole.Member;

    [DateInRange]
    [Display(Name = "Travels from")]
    public DateOnly? TravelsFrom { get; set; }

    [DateInRange]
    [Display(Name = "Travels until")]
    public DateOnly? TravelsUntil { get; set; }

    public LocalDate? From => TravelsFrom is { } from ? LocalDate.FromDateOnly(from) : null;
    public LocalDate? Until => TravelsUntil is { } until ? LocalDate.FromDateOnly(until) : null;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enum.IsDefined(Role))
            yield return new ValidationResult(validationContext.GetRequiredService<IStringLocalizer<Text>>()["Choose one of the values in the list."], [nameof(Role)]);
    }

    /// <summary>Travel dates within the mission's, the return after the departure: the error beside the field.</summary>
    public void CheckDates(Mission mission, ModelStateDictionary modelState, IStringLocalizer t)
    {
        if (mission.TravelDatesProblem(From, Until) is { } problem)
            modelState.AddModelError($"Input.{(From is { } from && !mission.Covers(from) ? nameof(TravelsFrom) : nameof(TravelsUntil))}", t[problem]);
    }
}

/// <summary>The invitation of a person, who travels for one of their organisations: the membership chosen says both.</summary>
public sealed class InviteForm : MemberForm
{
    [Required]
    [Display(Name = "Person")]
    public Guid? MembershipId { get; set; }
}
