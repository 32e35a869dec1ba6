namespace Passerelles.Web.Features.Mobility;

/// <summary>A programme as its managers type it: its rules (ages, length of stay, residence condition) and its questions,
/// put in order by their position; a question is removed by ticking it, and a blank new line adds nothing.</summary>
public sealed class ProgrammeForm : IValidatableObject
{
    public const int MinAge = 14, MaxAge = 99, MaxMonths = 24;

    [Required]
    [StringLength(MobilityProgramme.NameMaxLength)]
    [Display(Name = "Name")]
    public string? Name { get; set; }

    [Display(Name = "Funder")]
    public Guid? FunderOrganisationId { get; set; }

    [Required]
    [Range(MinAge, MaxAge)]
    [Display(Name = "Minimum age")]
    public int? MinimumAge { get; set; }

    [Required]
    [Range(MinAge, MaxAge)]
    [Display(Name = "Maximum age")]
    public int? MaximumAge { get; set; }

    [Required]
    [Range(1, MaxMonths)]
    [Display(Name = "Shortest stay, in months")]
    public int? MinimumMonths { get; set; }

    [Required]
    [Range(1, MaxMonths)]
    [Display(Name = "Longest stay, in months")]
    public int? MaximumMonths { get; set; }

    [StringLength(MobilityProgramme.ConditionMaxLength)]
    [Display(Name = "Residence condition")]
    public string? ResidenceCondition { get; set; }

    public List<QuestionLine> Questions { get; set; } = [];

    public int Version { get; set; }

    public sealed class QuestionLine
    {
        public Guid? Id { get; set; }

        [Range(1, 999)]
        [Display(Name = "Position")]
        public int? Position { get; set; }

        [StringLength(ProgrammeQuestion.TextMaxLength)]
        [Display(Name = "Question")]
        public string? Text { get; set; }

        public bool Remove { get; set; }

        public bool IsBlank => Id is null && string.IsNullOrWhiteSpace(Text);
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var t = validationContext.GetRequiredService<IStringLocalizer<Text>>();
        if (MinimumAge > MaximumAge) yield return new ValidationResult(t["The maximum age is below the minimum age."], [nameof(MaximumAge)]);
        if (MinimumMonths > MaximumMonths) yield return new ValidationResult(t["The longest stay is shorter than the shortest."], [nameof(MaximumMonths)]);
        for (var i = 0; i < Questions.Count; i++)
        {
            var line = Questions[i];
            if (line.IsBlank || line.Remove) continue;
            if (string.IsNullOrWhiteSpace(line.Text))
                yield return new ValidationResult(t["Write the question, or tick it to remove it."], [$"{nameof(Questions)}[{i}].{nameof(QuestionLine.Text)}"]);
        }
    }

    public static ProgrammeForm From(MobilityProgramme programme) => new()
    {
        Name = programme.Name, FunderOrganisationId = programme.FunderOrganisationId, MinimumAge = programme.MinimumAge,
        MaximumAge = programme.MaximumAge, MinimumMonths = programme.MinimumMonths, MaximumMonths = programme.MaximumMonths,
        ResidenceCondition = programme.ResidenceCondition, Version = programme.Version,
        Questions = programme.Questions.OrderBy(q => q.Position).Select(q => new QuestionLine { Id = q.Id, Position = q.Position, Text = q.Text }).ToList(),
    };

    /// <summary>Refuses a question that is not the programme's, and the removal of one already answered: its answers stay.</summary>
    public void CheckQuestions(MobilityProgramme programme, IReadOnlySet<Guid> answered, ModelStateDictionary state, IStringLocalizer t)
    {
        for (var i = 0; i < Questions.Count; i++)
        {
            var line = Questions[i];
            if (line.Id is not { } id) continue;
            var field = $"Input.{nameof(Questions)}[{i}].{nameof(QuestionLine.Text)}";
            if (programme.Questions.All(q => q.Id != id)) state.AddModelError(field, t["This question is not one of the programme's."]);
            else if (line.Remove && answered.Contains(id)) state.AddModelError(field, t["Applications have answered this question: it cannot be removed."]);
        }
    }

    /// <summary>The programme's rules and questions as typed: positions follow the order given, then the order of the lines;
    /// a question taken out of the programme is deleted with it.</summary>
    public void ApplyTo(MobilityProgramme programme)
    {
        var removed = new List<ProgrammeQuestion>();
        programme.Name = Name!.Trim();
        programme.FunderOrganisationId = FunderOrganisationId;
        (programme.MinimumAge, programme.MaximumAge) = (MinimumAge!.Value, MaximumAge!.Value);
        (programme.MinimumMonths, programme.MaximumMonths) = (MinimumMonths!.Value, MaximumMonths!.Value);
        programme.ResidenceCondition = ResidenceCondition?.Trim() ?? "";
        var kept = new List<ProgrammeQuestion>();
        foreach (var (line, index) in Questions.Select((line, index) => (line, index)).Where(l => !l.line.IsBlank)
                     .OrderBy(l => l.line.Position ?? int.MaxValue).ThenBy(l => l.index))
        {
            var question = line.Id is { } id ? programme.Questions.Single(q => q.Id == id) : new ProgrammeQuestion { ProgrammeId = programme.Id };
            if (line.Remove)
            {
                if (line.Id is not null) removed.Add(question);
                continue;
            }
            question.Text = line.Text!.Trim();
            kept.Add(question);
        }
        for (var i = 0; i < kept.Count; i++) kept[i].Position = i + 1;
        foreach (var question in removed) programme.Questions.Remove(question);
        foreach (var question in kept.Where(q => !programme.Questions.Contains(q))) programme.Questions.Add(question);
    }
}
