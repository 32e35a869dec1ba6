using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Localization;
using NodaTime;
using Passerelles.Web.Features.Coaching;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Infrastructure.Time;

namespace Passerelles.Web.Features.Circles;

/// <summary>What the pages planning one session bind: title, agenda, and when in the organiser's zone. A local time
/// that a change of clocks skips or repeats is refused with a message (one session is never guessed).</summary>
public sealed class SessionForm : IValidatableObject
{
    [Required(ErrorMessage = "This field is required.")]
    [StringLength(CircleSession.TitleMaxLength, ErrorMessage = "This field is too long.")]
    [Display(Name = "Title")]
    public string? Title { get; set; }

    [StringLength(CircleSession.AgendaMaxLength, ErrorMessage = "This field is too long.")]
    [Display(Name = "Agenda (Markdown)")]
    public string? Agenda { get; set; }

    [Required(ErrorMessage = "This field is required.")]
    [Display(Name = "Date")]
    public DateOnly? Date { get; set; }

    [Required(ErrorMessage = "This field is required.")]
    [Display(Name = "Local time")]
    public TimeOnly? Time { get; set; }

    [Required(ErrorMessage = "This field is required.")]
    [Display(Name = "Time zone of the organiser")]
    public string? TimeZoneId { get; set; }

    [Required(ErrorMessage = "This field is required.")]
    [Range(1, CircleSession.MaxDurationMinutes, ErrorMessage = "The duration is a number of minutes between 1 and 480.")]
    [Display(Name = "Duration (minutes)")]
    public int? DurationMinutes { get; set; }

    public int Version { get; set; }

    /// <summary>For a session of a series: which of its occurrences the change reaches.</summary>
    [Display(Name = "Apply to")]
    public SeriesScope Scope { get; set; }

    /// <summary>Set once the organiser has seen how many sessions a change to several occurrences reaches.</summary>
    public bool Confirmed { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var t = validationContext.GetRequiredService<IStringLocalizer<Text>>();
        if (TimeZoneId is { } zone && !TimeZones.IsKnown(zone))
            yield return new ValidationResult(t["Choose a time zone from the list."], [nameof(TimeZoneId)]);
        else if (Date is { } date && Time is { } time && TimeZoneId is { } known &&
                 SessionTime.Resolve(LocalDate.FromDateOnly(date), LocalTime.FromTimeOnly(time), known).Problem is { } problem)
            yield return new ValidationResult(t[problem], [nameof(Time)]);
    }

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
            TimeZoneId = session.TimeZoneId, DurationMinutes = session.DurationMinutes, Version = session.Version,
        };
    }

    /// <summary>The zones offered in the organiser's picker: both sides', the viewer's and the one already chosen.</summary>
    public static IReadOnlyList<string> ZoneChoices(string viewerZone, string? chosen) =>
        new[] { TimeZones.Quebec, TimeZones.France, viewerZone, TimeZones.Canonical(chosen ?? "") ?? viewerZone }.Distinct().ToList();
}

/// <summary>What the page planning a series binds: the first session's date and time in the organiser's zone, how it
/// repeats, until when, and which side keeps its usual hour in the weeks when Montréal and Paris are 5 hours apart.</summary>
public sealed class SeriesForm : IValidatableObject
{
    [Required(ErrorMessage = "This field is required.")]
    [StringLength(CircleSession.TitleMaxLength, ErrorMessage = "This field is too long.")]
    [Display(Name = "Title")]
    public string? Title { get; set; }

    [StringLength(CircleSession.AgendaMaxLength, ErrorMessage = "This field is too long.")]
    [Display(Name = "Agenda (Markdown)")]
    public string? Agenda { get; set; }

    [Required(ErrorMessage = "This field is required.")]
    [Display(Name = "First date")]
    public DateOnly? FirstDate { get; set; }

    [Required(ErrorMessage = "This field is required.")]
    [Display(Name = "Local time")]
    public TimeOnly? Time { get; set; }

    [Required(ErrorMessage = "This field is required.")]
    [Display(Name = "Time zone of the organiser")]
    public string? TimeZoneId { get; set; }

    [Required(ErrorMessage = "This field is required.")]
    [Range(1, CircleSession.MaxDurationMinutes, ErrorMessage = "The duration is a number of minutes between 1 and 480.")]
    [Display(Name = "Duration (minutes)")]
    public int? DurationMinutes { get; set; }

    [Display(Name = "Repeats")]
    public Recurrence Recurrence { get; set; } = Recurrence.Weekly;

    [Range(1, SeriesOccurrences.MaxOccurrences, ErrorMessage = "A series has from 1 to 104 sessions.")]
    [Display(Name = "Number of sessions")]
    public int? Count { get; set; }

    [Display(Name = "Last date")]
    public DateOnly? Until { get; set; }

    [Display(Name = "In the weeks when Montréal and Paris are 5 hours apart, who keeps their usual hour?")]
    public Side KeepsItsHour { get; set; } = Side.Quebec;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var t = validationContext.GetRequiredService<IStringLocalizer<Text>>();
        if (TimeZoneId is { } zone && !TimeZones.IsKnown(zone))
            yield return new ValidationResult(t["Choose a time zone from the list."], [nameof(TimeZoneId)]);
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
