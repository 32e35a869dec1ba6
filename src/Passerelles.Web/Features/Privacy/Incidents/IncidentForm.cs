namespace Passerelles.Web.Features.Privacy.Incidents;

/// <summary>An incident as typed: dates and times in the controller organisation's zone, the people affected by count
/// and by list, the analysis, the measures and the notices.</summary>
public sealed class IncidentForm : IValidatableObject
{
    public const string AwareBeforeIncident = "The organisation cannot have learnt of the incident before it happened.";
    public const string NoticeBeforeAwareness = "A notice cannot be sent before the organisation learnt of the incident.";
    public const string InTheFuture = "This moment has not come yet.";

    [Required]
    [Display(Name = "Organisation responsible")]
    public Guid? ControllerId { get; set; }

    [Required]
    [StringLength(PrivacyIncident.SummaryMaxLength)]
    [Display(Name = "Summary")]
    public string? Summary { get; set; }

    [Required]
    [StringLength(PrivacyIncident.TextMaxLength)]
    [Display(Name = "Personal information concerned")]
    public string? DataConcerned { get; set; }

    [Required]
    [StringLength(PrivacyIncident.TextMaxLength)]
    [Display(Name = "Circumstances")]
    public string? Circumstances { get; set; }

    [Required]
    [DateInRange]
    [Display(Name = "Date of the incident")]
    public DateOnly? OccurredOn { get; set; }

    [Display(Name = "Time of the incident")]
    public TimeOnly? OccurredTime { get; set; }

    [Required]
    [DateInRange]
    [Display(Name = "Date the organisation learnt of it")]
    public DateOnly? AwareOn { get; set; }

    [Required]
    [Display(Name = "Time the organisation learnt of it")]
    public TimeOnly? AwareTime { get; set; }

    [Required]
    [Range(0, 10_000_000, ErrorMessage = "Enter a number of people from 0 to 10,000,000.")]
    [Display(Name = "Number of people affected")]
    public int? PeopleAffectedCount { get; set; }

    [StringLength(PrivacyIncident.PeopleMaxLength)]
    [Display(Name = "People affected (one a line)")]
    public string? PeopleAffected { get; set; }

    [Display(Name = "Risk of serious injury")]
    public bool? RiskOfSeriousInjury { get; set; }

    [StringLength(PrivacyIncident.TextMaxLength)]
    [Display(Name = "Analysis of the risk")]
    public string? RiskAnalysis { get; set; }

    [StringLength(PrivacyIncident.TextMaxLength)]
    [Display(Name = "Measures taken")]
    public string? Measures { get; set; }

    [DateInRange]
    [Display(Name = "Date the authority was notified")]
    public DateOnly? AuthorityNotifiedOn { get; set; }

    [Display(Name = "Time the authority was notified")]
    public TimeOnly? AuthorityNotifiedTime { get; set; }

    [DateInRange]
    [Display(Name = "Date the people concerned were notified")]
    public DateOnly? PeopleNotifiedOn { get; set; }

    [StringLength(PrivacyIncident.TextMaxLength)]
    [Display(Name = "Why the authority is not notified")]
    public string? NotNotifiedReason { get; set; }

    public int Version { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var t = validationContext.GetRequiredService<IStringLocalizer<Text>>();
        if (OccurredOn is { } occurred && AwareOn is { } aware
            && aware.ToDateTime(AwareTime ?? TimeOnly.MaxValue) < occurred.ToDateTime(OccurredTime ?? TimeOnly.MinValue))
            yield return new ValidationResult(t[AwareBeforeIncident], [nameof(AwareOn)]);
        if (AwareOn is { } known && AuthorityNotifiedOn is { } authority
            && authority.ToDateTime(AuthorityNotifiedTime ?? TimeOnly.MaxValue) < known.ToDateTime(AwareTime ?? TimeOnly.MinValue))
            yield return new ValidationResult(t[NoticeBeforeAwareness], [nameof(AuthorityNotifiedOn)]);
        if (AwareOn is { } learnt && PeopleNotifiedOn is { } people && people < learnt)
            yield return new ValidationResult(t[NoticeBeforeAwareness], [nameof(PeopleNotifiedOn)]);
    }

    /// <summary>The moments typed, as instants in <paramref name="zone"/>; a local time a clock change skips or repeats,
    /// or a moment still to come, is reported next to its field.</summary>
    public (Instant OccurredAt, Instant AwareAt, Instant? AuthorityNotifiedAt, Instant? PeopleNotifiedAt)? Resolve(
        string zoneId, Instant now, ModelStateDictionary modelState, IStringLocalizer t)
    {
        Instant? At(DateOnly? date, TimeOnly? time, string field)
        {
            if (date is not { } day) return null;
            var result = Features.Coaching.SessionTime.Resolve(LocalDate.FromDateOnly(day), LocalTime.FromTimeOnly(time ?? TimeOnly.MinValue), zoneId);
            if (result.Problem is { } problem) modelState.AddModelError($"Input.{field}", t[problem]);
            else if (result.At > now) modelState.AddModelError($"Input.{field}", t[InTheFuture]);
            return result.At;
        }

        var occurred = At(OccurredOn, OccurredTime, nameof(OccurredOn));
        var aware = At(AwareOn, AwareTime, nameof(AwareOn));
        var authority = At(AuthorityNotifiedOn, AuthorityNotifiedTime, nameof(AuthorityNotifiedOn));
        var people = At(PeopleNotifiedOn, null, nameof(PeopleNotifiedOn));
        if (!modelState.IsValid || occurred is null || aware is null) return null;
        return (occurred.Value, aware.Value, authority, people);
    }

    public void ApplyTo(PrivacyIncident incident, (Instant OccurredAt, Instant AwareAt, Instant? AuthorityNotifiedAt, Instant? PeopleNotifiedAt) moments)
    {
        incident.Summary = Summary!.Trim();
        incident.DataConcerned = DataConcerned!.Trim();
        incident.Circumstances = Circumstances!.Trim();
        (incident.OccurredAt, incident.AwareAt, incident.AuthorityNotifiedAt, incident.PeopleNotifiedAt) = moments;
        incident.PeopleAffectedCount = PeopleAffectedCount!.Value;
        incident.PeopleAffected = PeopleAffected?.Trim() ?? "";
        incident.RiskOfSeriousInjury = RiskOfSeriousInjury;
        incident.RiskAnalysis = RiskAnalysis?.Trim() ?? "";
        incident.Measures = Measures?.Trim() ?? "";
        incident.NotNotifiedReason = NotNotifiedReason?.Trim() ?? "";
    }

    public static IncidentForm From(PrivacyIncident incident, string zoneId)
    {
        var zone = TimeZones.Get(zoneId);
        LocalDateTime Local(Instant at) => at.InZone(zone).LocalDateTime;
        var (occurred, aware) = (Local(incident.OccurredAt), Local(incident.AwareAt));
        var authority = incident.AuthorityNotifiedAt is { } a ? Local(a) : (LocalDateTime?)null;
        return new IncidentForm
        {
            ControllerId = incident.ControllerId, Summary = incident.Summary, DataConcerned = incident.DataConcerned,
            Circumstances = incident.Circumstances,
            OccurredOn = occurred.Date.ToDateOnly(), OccurredTime = occurred.TimeOfDay.ToTimeOnly(),
            AwareOn = aware.Date.ToDateOnly(), AwareTime = aware.TimeOfDay.ToTimeOnly(),
            PeopleAffectedCount = incident.PeopleAffectedCount, PeopleAffected = incident.PeopleAffected,
            RiskOfSeriousInjury = incident.RiskOfSeriousInjury, RiskAnalysis = incident.RiskAnalysis, Measures = incident.Measures,
            AuthorityNotifiedOn = authority?.Date.ToDateOnly(), AuthorityNotifiedTime = authority?.TimeOfDay.ToTimeOnly(),
            PeopleNotifiedOn = incident.PeopleNotifiedAt is { } p ? p.InZone(zone).Date.ToDateOnly() : null,
            NotNotifiedReason = incident.NotNotifiedReason, Version = incident.Version,
        };
    }
}
