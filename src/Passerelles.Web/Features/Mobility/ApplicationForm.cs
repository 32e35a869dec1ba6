namespace Passerelles.Web.Features.Mobility;

/// <summary>What a student sends when applying to an offer.</summary>
public sealed class ApplicationForm
{
    [Required]
    [Display(Name = "Sending organisation")]
    public Guid? SendingOrganisationId { get; set; }

    [Required]
    [DateInRange]
    [Display(Name = "Date of birth")]
    public DateOnly? BirthDate { get; set; }

    [Display(Name = "I meet the programme's residence condition")]
    public bool DeclaresResidence { get; set; }

    [DateInRange]
    [Display(Name = "Starts on")]
    public DateOnly? StartsOn { get; set; }

    [DateInRange]
    [Display(Name = "Ends on")]
    public DateOnly? EndsOn { get; set; }

    [Required]
    [StringLength(MobilityApplication.MotivationMaxLength)]
    [Display(Name = "Motivation")]
    public string? Motivation { get; set; }

    [Display(Name = "CV")]
    public IFormFile? Cv { get; set; }

    public Dictionary<Guid, string?> Answers { get; set; } = [];

    /// <summary>The stay asked for: the offer's own dates, or those the applicant chose for an offer of a length.</summary>
    public (LocalDate Start, LocalDate End)? Stay(InternshipOffer offer) =>
        offer is { StartsOn: { } start, EndsOn: { } end } ? (start, end)
        : StartsOn is { } from && EndsOn is { } until ? (LocalDate.FromDateOnly(from), LocalDate.FromDateOnly(until)) : null;

    /// <summary>The rules of the offer and its programme, each broken one next to its field: a birth date in the past, a
    /// stay the programme allows, the eligibility of the applicant at the stay's start, an answer to every question.
    /// Returns the eligibility when it could be computed.</summary>
    public Eligibility? Check(InternshipOffer offer, MobilityProgramme programme, LocalDate today, ModelStateDictionary modelState, IStringLocalizer t)
    {
        if (offer.StartsOn is null)
        {
            if (StartsOn is null) modelState.AddModelError($"Input.{nameof(StartsOn)}", t["Enter the date your stay starts."]);
            if (EndsOn is null) modelState.AddModelError($"Input.{nameof(EndsOn)}", t["Enter the date your stay ends."]);
        }
        var stay = Stay(offer);
        if (offer.StartsOn is null && stay is { } asked && Placement.DatesProblem(asked.Start, asked.End, programme) is { } problem)
            modelState.AddModelError($"Input.{nameof(EndsOn)}", t[problem]);
        foreach (var question in programme.Questions)
        {
            var answer = Answers.GetValueOrDefault(question.Id)?.Trim() ?? "";
            if (answer.Length == 0) modelState.AddModelError($"Input.Answers[{question.Id}]", t["Answer this question."]);
            else if (answer.Length > ApplicationAnswer.TextMaxLength) modelState.AddModelError($"Input.Answers[{question.Id}]", t["At most {0} characters.", ApplicationAnswer.TextMaxLength]);
        }
        if (BirthDate is not { } born || !DateInRangeAttribute.Contains(LocalDate.FromDateOnly(born))) return null;
        var birthDate = LocalDate.FromDateOnly(born);
        if (birthDate > today)
        {
            modelState.AddModelError($"Input.{nameof(BirthDate)}", t[Eligibility.BornInFuture]);
            return null;
        }
        if (stay is not { } s) return null;
        var eligibility = Eligibility.Of(programme, birthDate, DeclaresResidence, s.Start);
        foreach (var (key, message) in eligibility.Problems.Zip(eligibility.Explain(programme, t)))
            modelState.AddModelError(key == Eligibility.ResidenceNotDeclared ? $"Input.{nameof(DeclaresResidence)}" : $"Input.{nameof(BirthDate)}", message);
        return eligibility;
    }
}
