namespace Passerelles.Web.Features.Mobility;

/// <summary>An internship offer as its host types it: fixed dates or a length in months, either within its call's
/// programme's length of stay, and a number of places never below those already given.</summary>
public sealed class OfferForm
{
    public static readonly string[] Languages = ["fr", "en"];

    [Required]
    [StringLength(InternshipOffer.TitleMaxLength)]
    [Display(Name = "Title")]
    public string? Title { get; set; }

    [StringLength(InternshipOffer.DescriptionMaxLength)]
    [Display(Name = "Description")]
    public string? Description { get; set; }

    [Required]
    [Display(Name = "Call")]
    public Guid? CallId { get; set; }

    [Required]
    [Display(Name = "Host")]
    public Guid? HostOrganisationId { get; set; }

    [Required]
    [Display(Name = "Supervisor")]
    public Guid? SupervisorId { get; set; }

    [Required]
    [StringLength(InternshipOffer.FieldMaxLength)]
    [Display(Name = "Field of the internship")]
    public string? Field { get; set; }

    [Required]
    [Display(Name = "Working language")]
    public string? Language { get; set; } = "fr";

    [Required]
    [Range(1, InternshipOffer.MaxPlaces)]
    [Display(Name = "Places")]
    public int? Places { get; set; }

    [DateInRange]
    [Display(Name = "Start")]
    public DateOnly? StartsOn { get; set; }

    [DateInRange]
    [Display(Name = "End")]
    public DateOnly? EndsOn { get; set; }

    [Range(1, ProgrammeForm.MaxMonths)]
    [Display(Name = "Or a length, in months")]
    public int? DurationMonths { get; set; }

    public int Version { get; set; }

    public static OfferForm From(InternshipOffer offer) => new()
    {
        Title = offer.Title, Description = offer.Description, CallId = offer.CallId, HostOrganisationId = offer.HostOrganisationId,
        SupervisorId = offer.SupervisorId, Field = offer.Field, Language = offer.Language, Places = offer.Places,
        StartsOn = offer.StartsOn?.ToDateOnly(), EndsOn = offer.EndsOn?.ToDateOnly(), DurationMonths = offer.DurationMonths, Version = offer.Version,
    };

    /// <summary>The stay against the programme's rules, and the places against those already given.</summary>
    public void Check(MobilityProgramme? programme, int placesTaken, ModelStateDictionary state, IStringLocalizer t)
    {
        if (Language is { } language && !Languages.Contains(language)) state.AddModelError("Input.Language", t["Choose a language from the list."]);
        if (Places is { } places && places < placesTaken)
            state.AddModelError("Input.Places", t["{0} places are already given: keep at least that many.", placesTaken]);
        var fixedDates = StartsOn is not null || EndsOn is not null;
        if (fixedDates == DurationMonths is not null)
        {
            state.AddModelError("Input.StartsOn", t["Give the start and end dates, or a length in months, not both."]);
            return;
        }
        if (fixedDates && (StartsOn is null || EndsOn is null))
        {
            state.AddModelError(StartsOn is null ? "Input.StartsOn" : "Input.EndsOn", t["Give both the start and the end."]);
            return;
        }
        if (programme is null) return;
        if (fixedDates && Placement.DatesProblem(LocalDate.FromDateOnly(StartsOn!.Value), LocalDate.FromDateOnly(EndsOn!.Value), programme) is { } problem)
            state.AddModelError("Input.EndsOn", t[problem]);
        if (DurationMonths is { } months && (months < programme.MinimumMonths || months > programme.MaximumMonths))
            state.AddModelError("Input.DurationMonths", t["The programme allows stays of {0} to {1} months.", programme.MinimumMonths, programme.MaximumMonths]);
    }

    public void ApplyTo(InternshipOffer offer)
    {
        offer.Title = Title!.Trim();
        offer.Description = Description?.Trim() ?? "";
        offer.CallId = CallId!.Value;
        offer.HostOrganisationId = HostOrganisationId!.Value;
        offer.SupervisorId = SupervisorId!.Value;
        offer.Field = Field!.Trim();
        offer.Language = Language!;
        offer.Places = Places!.Value;
        offer.StartsOn = StartsOn is { } start ? LocalDate.FromDateOnly(start) : null;
        offer.EndsOn = EndsOn is { } end ? LocalDate.FromDateOnly(end) : null;
        offer.DurationMonths = DurationMonths;
    }
}
