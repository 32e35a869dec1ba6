
namespace Passerelles.Web.Features.Circles;

/// <summary>What planning one session and planning a series both ask: title, agenda, local time in the organiser's
/// zone, duration and video link.</summary>
public abstract class SessionFields
{
    [Required]
    [StringLength(CircleSession.TitleMaxLength)]
    [Display(Name = "Title")]
    public string? Title { get; set; }

    [StringLength(CircleSession.AgendaMaxLength)]
    [Display(Name = "Agenda (Markdown)")]
    public string? Agenda { get; set; }

    [Required]
    [Display(Name = "Local time")]
    public TimeOnly? Time { get; set; }

    [Required]
    [Display(Name = "Time zone of the organiser")]
    public string? TimeZoneId { get; set; }

    [Required]
    [Range(1, CircleSession.MaxDurationMinutes, ErrorMessage = "The duration is a number of minutes between 1 and 480.")]
    [Display(Name = "Duration (minutes)")]
    public int? DurationMinutes { get; set; }

    [StringLength(CircleSession.VideoUrlMaxLength)]
    [Display(Name = "Video-conference link")]
    public string? VideoUrl { get; set; }
}

/// <summary>What the pages planning one session bind: title, agenda, and when in the organiser's zone. A local time
/// that a change of clocks skips or repeats is refused with a message (one session is never guessed).</summary>
public sealed class SessionForm : SessionFields, IValidatableObject
{
    [Required]
    [Display(Name = "Date")]
    public DateOnly? Date { get; set; }

    public int Version { get; set; }

    /// <summary>For a session of a series: which of its occurrences the change reaches.</summary>
    [Display(Name = "Apply to")]
    public SeriesScope Scope { get; set; }

    /// <summary>Set once the organiser has seen how many sessions a change to several occurrences reaches.</summary>
    public bool Confirmed { get; set; }

    /// <summary>The token of the scheduling conflicts the organiser chose to save anyway (see <see cref="SchedulingWarnings"/>).</summary>
    public string? Acknowledged { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var t = validationContext.GetRequiredService<IStringLocalizer<Text>>();
        if (Date is { } day && !PlanningDates.Accepts(day))
            yield return new ValidationResult(t[PlanningDates.OutOfRange], [nameof(Date)]);
        if (!string.IsNullOrWhiteSpace(VideoUrl) && VideoLink(VideoUrl) is null)
            yield return new ValidationResult(t[VideoLinkRefused], [nameof(VideoUrl)]);
        if (!string.IsNullOrWhiteSpace(TimeZoneId) && !TimeZones.IsKnown(TimeZoneId))
            yield return new ValidationResult(t["Choose a time zone from the list."], [nameof(TimeZoneId)]);
        else if (Date is { } date && PlanningDates.Accepts(date) && Time is { } time && TimeZones.IsKnown(TimeZoneId) &&
                 SessionTime.Resolve(LocalDate.FromDateOnly(date), LocalTime.FromTimeOnly(time), TimeZoneId!).Problem is { } problem)
            yield return new ValidationResult(t[problem], [nameof(Time)]);
    }

    public const string VideoLinkRefused = "Give the full address of the video conference, beginning with https://.";

    /// <summary>The video-conference link as stored: an absolute https address with a host, or null.</summary>
    public static string? VideoLink(string? typed) =>
        Uri.TryCreate(typed?.Trim(), UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && uri.Host.Length > 0 ? uri.AbsoluteUri : null;

    public Interval When() => new(StartsAt(), StartsAt() + Duration.FromMinutes(DurationMinutes!.Value));

    public Instant StartsAt() =>
        SessionTime.Resolve(LocalDate.FromDateOnly(Date!.Value), LocalTime.FromTimeOnly(Time!.Value), TimeZoneId!).At!.Value;

    // A method, not a property: model validation reads every property, also of a form posted without a zone.
    public string CanonicalZone() => TimeZones.Canonical(TimeZoneId!)!;

    public static SessionForm For(CircleSession session)
    {
        var local = SessionTime.Local(session.StartsAt, session.TimeZoneId);
        return new SessionForm
        {
            Title = session.Title, Agenda = session.Agenda, Date = local.Date.ToDateOnly(), Time = local.TimeOfDay.ToTimeOnly(),
            TimeZoneId = session.TimeZoneId, DurationMinutes = session.DurationMinutes, Version = session.Version, VideoUrl = session.VideoUrl,
        };
    }

    /// <summary>The zones offered in the organiser's picker: both sides', the viewer's and the one already chosen.</summary>
    public static IReadOnlyList<string> ZoneChoices(string viewerZone, string? chosen) =>
        new[] { TimeZones.Quebec, TimeZones.France, viewerZone, TimeZones.Canonical(chosen ?? "") ?? viewerZone }.Distinct().ToList();
}

/// <summary>What the page planning a series binds: the first session's date and time in the organiser's zone, how it
/// repeats, until when, and which side keeps its usual hour in the weeks when Montréal and Paris are 5 hours apart.</summary>
public sealed class SeriesForm : SessionFields, IValidatableObject
{
    [Required]
    [Display(Name = "First date")]
    public DateOnly? FirstDate { get; set; }

    [Display(Name = "Repeats")]
    public Recurrence Recurrence { get; set; } = Recurrence.Weekly;

    [Range(1, SeriesOccurrences.MaxOccurrences, ErrorMessage = "A series has from 1 to 104 sessions.")]
    [Display(Name = "Number of sessions")]
    public int? Count { get; set; }

    [Display(Name = "Last date")]
    public DateOnly? Until { get; set; }

    [Display(Name = "In the weeks when Montréal and Paris are 5 hours apart, who keeps their usual hour?")]
    public Side KeepsItsHour { get; set; } = Side.Quebec;

    /// <summary>The token of the scheduling conflicts the organiser chose to save anyway (see <see cref="SchedulingWarnings"/>).</summary>
    public string? Acknowledged { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var t = validationContext.GetRequiredService<IStringLocalizer<Text>>();
        if (!string.IsNullOrWhiteSpace(TimeZoneId) && !TimeZones.IsKnown(TimeZoneId))
            yield return new ValidationResult(t["Choose a time zone from the list."], [nameof(TimeZoneId)]);
        if (!string.IsNullOrWhiteSpace(VideoUrl) && SessionForm.VideoLink(VideoUrl) is null)
            yield return new ValidationResult(t[SessionForm.VideoLinkRefused], [nameof(VideoUrl)]);
        if (FirstDate is { } start && !PlanningDates.Accepts(start))
            yield return new ValidationResult(t[PlanningDates.OutOfRange], [nameof(FirstDate)]);
        if (Until is { } last && !PlanningDates.Accepts(last))
            yield return new ValidationResult(t[PlanningDates.OutOfRange], [nameof(Until)]);
        if (Count is null && Until is null)
            yield return new ValidationResult(t["Give either a number of sessions or a last date."], [nameof(Count)]);
        else if (Count is not null && Until is not null)
            yield return new ValidationResult(t["Give either a number of sessions or a last date, not both."], [nameof(Count)]);
        if (Until is { } until && FirstDate is { } first && until < first)
            yield return new ValidationResult(t["The last date comes after the first."], [nameof(Until)]);
    }

    public SessionSeries ToSeries(Guid circleId) => new()
    {
        CircleId = circleId,
        Title = Title!.Trim(),
        FirstDate = LocalDate.FromDateOnly(FirstDate!.Value),
        Time = LocalTime.FromTimeOnly(Time!.Value),
        TimeZoneId = TimeZones.Canonical(TimeZoneId!)!,
        DurationMinutes = DurationMinutes!.Value,
        Recurrence = Recurrence,
        Count = Count,
        Until = Until is { } until ? LocalDate.FromDateOnly(until) : null,
        KeepsItsHour = KeepsItsHour,
    };
}

/// <summary>The dates the planning forms accept: wide enough for any real meeting, narrow enough for every time-zone
/// and calendar computation the app makes (a date such as 0001-01-01 or 9999-12-31 is refused beside its field).</summary>
public static class PlanningDates
{
    public const string OutOfRange = "Choose a date between 2000 and 2100.";
    public static readonly DateOnly Earliest = new(2000, 1, 1);
    public static readonly DateOnly Latest = new(2100, 12, 31);

    public static string Min => Earliest.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    public static string Max => Latest.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static bool Accepts(DateOnly date) => date >= Earliest && date <= Latest;
}
