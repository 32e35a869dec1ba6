
namespace Passerelles.Web.Features.Missions;

/// <summary>What the pages adding and changing a presentation bind: its title, track and theme, its slot on one day of
/// the event in the local time of the event's place, and what it presents — a grid, a project, an initiative.</summary>
public sealed class PresentationForm : IValidatableObject
{
    public const string OutsideEvent = "This date is outside the event's dates ({0} to {1}).";
    public const string EndBeforeStart = "The end comes before the start.";
    public const string NotAWebAddress = "Give a web address starting with http:// or https://.";
    public const string InitiativeNeedsBoth = "Give the initiative's title and its web address.";
    public const string UnknownChoice = "Choose from the list.";
    public const string UnknownProject = "Choose a project from the suggestions.";

    [Required(ErrorMessage = "This field is required.")]
    [StringLength(Presentation.TitleMaxLength)]
    [Display(Name = "Title")]
    public string? Title { get; set; }

    [Display(Name = "Track")]
    public Guid? TrackId { get; set; }

    [Display(Name = "Theme")]
    public MissionThemes? Theme { get; set; }

    [Required(ErrorMessage = "This field is required.")]
    [Display(Name = "Date")]
    public DateOnly? Date { get; set; }

    [Required(ErrorMessage = "This field is required.")]
    [Display(Name = "Start time")]
    public TimeOnly? StartTime { get; set; }

    [Required(ErrorMessage = "This field is required.")]
    [Display(Name = "End time")]
    public TimeOnly? EndTime { get; set; }

    [Display(Name = "Characterisation grid")]
    public Guid? GridId { get; set; }

    [Display(Name = "Project")]
    public Guid? ProjectId { get; set; }

    [StringLength(Presentation.InitiativeMaxLength)]
    [Display(Name = "Initiative")]
    public string? InitiativeTitle { get; set; }

    [StringLength(Presentation.UrlMaxLength)]
    [Display(Name = "Web address of the initiative")]
    public string? InitiativeUrl { get; set; }

    public int Version { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var t = validationContext.GetRequiredService<IStringLocalizer<Text>>();
        if (Date is { } date && !PlanningDates.Accepts(date))
            yield return new ValidationResult(t[PlanningDates.OutOfRange], [nameof(Date)]);
        if (StartTime is { } start && EndTime is { } end && end <= start)
            yield return new ValidationResult(t[EndBeforeStart], [nameof(EndTime)]);
        if (Theme is { } theme && !EventThemes.IsPriority(theme))
            yield return new ValidationResult(t[UnknownChoice], [nameof(Theme)]);
        var hasTitle = !string.IsNullOrWhiteSpace(InitiativeTitle);
        var hasUrl = !string.IsNullOrWhiteSpace(InitiativeUrl);
        if (hasUrl && WebAddress.Safe(InitiativeUrl) is null)
            yield return new ValidationResult(t[NotAWebAddress], [nameof(InitiativeUrl)]);
        else if (hasTitle != hasUrl)
            yield return new ValidationResult(t[InitiativeNeedsBoth], [hasTitle ? nameof(InitiativeUrl) : nameof(InitiativeTitle)]);
    }

    /// <summary>The slot as two instants in the event's zone, or null with the reasons beside their fields.</summary>
    public (Instant StartsAt, Instant EndsAt)? Resolve(Event e, ModelStateDictionary modelState, IStringLocalizer t)
    {
        var day = LocalDate.FromDateOnly(Date!.Value);
        if (day < e.StartsOn || day > e.EndsOn)
        {
            var culture = System.Globalization.CultureInfo.CurrentCulture;
            modelState.AddModelError($"Input.{nameof(Date)}", t[OutsideEvent, e.StartsOn.ToString("D", culture), e.EndsOn.ToString("D", culture)]);
            return null;
        }
        var start = SessionTime.Resolve(day, LocalTime.FromTimeOnly(StartTime!.Value), e.TimeZoneId);
        var end = SessionTime.Resolve(day, LocalTime.FromTimeOnly(EndTime!.Value), e.TimeZoneId);
        if (start.Problem is { } startProblem) modelState.AddModelError($"Input.{nameof(StartTime)}", t[startProblem]);
        if (end.Problem is { } endProblem) modelState.AddModelError($"Input.{nameof(EndTime)}", t[endProblem]);
        return modelState.IsValid ? (start.At!.Value, end.At!.Value) : null;
    }

    public void ApplyTo(Presentation p, Event e, (Instant StartsAt, Instant EndsAt) slot)
    {
        p.Title = Title!.Trim();
        (p.TrackId, p.Theme) = (TrackId, Theme);
        (p.StartsAt, p.EndsAt, p.ZoneId) = (slot.StartsAt, slot.EndsAt, e.TimeZoneId);
        (p.GridId, p.ProjectId) = (GridId, ProjectId);
        var hasInitiative = !string.IsNullOrWhiteSpace(InitiativeTitle);
        p.InitiativeTitle = hasInitiative ? InitiativeTitle!.Trim() : "";
        p.InitiativeUrl = hasInitiative ? WebAddress.Safe(InitiativeUrl)!.ToString() : "";
    }

    public static PresentationForm Blank(Event e) => new() { Date = e.StartsOn.ToDateOnly() };

    public static PresentationForm For(Presentation p)
    {
        var start = SessionTime.Local(p.StartsAt, p.ZoneId);
        var end = SessionTime.Local(p.EndsAt, p.ZoneId);
        return new PresentationForm
        {
            Title = p.Title, TrackId = p.TrackId, Theme = p.Theme, Date = start.Date.ToDateOnly(), StartTime = start.TimeOfDay.ToTimeOnly(),
            EndTime = end.TimeOfDay.ToTimeOnly(), GridId = p.GridId, ProjectId = p.ProjectId, InitiativeTitle = p.InitiativeTitle,
            InitiativeUrl = p.InitiativeUrl, Version = p.Version,
        };
    }
}
