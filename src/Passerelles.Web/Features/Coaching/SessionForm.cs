
namespace Passerelles.Web.Features.Coaching;

/// <summary>What the session pages bind: when (a date and a time in the organiser's zone), how long, what kind, who
/// coached, for which projects, with whom, about what, and the actions agreed.</summary>
public sealed class SessionForm : IValidatableObject
{
    /// <summary>Empty action rows offered under the filled ones, so actions can be added without script.</summary>
    public const int BlankActionRows = 3;

    [Required]
    [DateInRange]
    [Display(Name = "Date")]
    public DateOnly? Date { get; set; }

    [Required]
    [Display(Name = "Local time")]
    public TimeOnly? Time { get; set; }

    [Required]
    [Display(Name = "Time zone of the organiser")]
    public string? TimeZoneId { get; set; }

    [Required]
    [Display(Name = "Duration (minutes)")]
    public int? DurationMinutes { get; set; }

    [Display(Name = "Kind of session")]
    public CoachingKind Kind { get; set; } = CoachingKind.Individual;

    [Display(Name = "Coach")]
    public Guid? CoachId { get; set; }

    /// <summary>The other projects a collective session gathers, besides the one it is logged from.</summary>
    [Display(Name = "Other projects in a collective session")]
    public List<Guid> OtherProjectIds { get; set; } = [];

    [Display(Name = "Participants with an account")]
    public List<Guid> ParticipantUserIds { get; set; } = [];

    [StringLength(2000)]
    [Display(Name = "Other participants (one name per line)")]
    public string? ParticipantNames { get; set; }

    [StringLength(CoachingSession.TopicsMaxLength)]
    [Display(Name = "Topics")]
    public string? Topics { get; set; }

    [StringLength(CoachingSession.NotesMaxLength)]
    [Display(Name = "Notes (Markdown)")]
    public string? Notes { get; set; }

    public List<ActionRow> Actions { get; set; } = [];

    public int Version { get; set; }

    public sealed class ActionRow
    {
        public Guid? Id { get; set; }

        [StringLength(CoachingAction.DescriptionMaxLength)]
        [Display(Name = "Action")]
        public string? Description { get; set; }

        [Display(Name = "Owner")]
        public Guid? OwnerId { get; set; }

        [DateInRange]
        [Display(Name = "Due on")]
        public DateOnly? DueOn { get; set; }

        [Display(Name = "Project")]
        public Guid? ProjectId { get; set; }

        public bool IsBlank => string.IsNullOrWhiteSpace(Description);
    }

    /// <summary>Pads the filled action rows with blank ones.</summary>
    public void AddBlankActionRows()
    {
        Actions = Actions.Where(a => !a.IsBlank).ToList();
        for (var i = 0; i < BlankActionRows; i++) Actions.Add(new ActionRow());
    }

    public IEnumerable<string> ParticipantNameList() =>
        (ParticipantNames ?? "").Split('\n').Select(n => n.Trim()).Where(n => n.Length > 0).Distinct()
            .Select(n => n.Length > CoachingParticipant.NameMaxLength ? n[..CoachingParticipant.NameMaxLength] : n);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var t = validationContext.GetRequiredService<IStringLocalizer<Text>>();
        if (TimeZoneId is { } zone && !TimeZones.IsKnown(zone))
            yield return new ValidationResult(t["Choose a time zone from the list."], [nameof(TimeZoneId)]);
        else if (Date is { } date && Time is { } time && TimeZoneId is { } known &&
                 SessionTime.Resolve(LocalDate.FromDateOnly(date), LocalTime.FromTimeOnly(time), known).Problem is { } problem)
            yield return new ValidationResult(t[problem], [nameof(Time)]);
        if (DurationMinutes is { } minutes &&
            CoachingSession.Problems(Kind, 1, minutes).FirstOrDefault(p => p.Field == nameof(CoachingSession.DurationMinutes)) is { Message: { } duration })
            yield return new ValidationResult(t[duration], [nameof(DurationMinutes)]);
        if (Kind == CoachingKind.Individual && OtherProjectIds.Count > 0)
            yield return new ValidationResult(t["An individual session coaches one project; choose a collective session for several."], [nameof(OtherProjectIds)]);
        for (var i = 0; i < Actions.Count; i++)
        {
            var action = Actions[i];
            if (action.IsBlank) continue;
            if (action.OwnerId is null)
                yield return new ValidationResult(t["Choose who owns this action."], [$"{nameof(Actions)}[{i}].{nameof(ActionRow.OwnerId)}"]);
            if (action.DueOn is null)
                yield return new ValidationResult(t["Give the date this action is due."], [$"{nameof(Actions)}[{i}].{nameof(ActionRow.DueOn)}"]);
        }
    }

    public Instant StartsAt() =>
        SessionTime.Resolve(LocalDate.FromDateOnly(Date!.Value), LocalTime.FromTimeOnly(Time!.Value), TimeZoneId!).At!.Value;
}
