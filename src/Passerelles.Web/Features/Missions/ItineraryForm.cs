
namespace Passerelles.Web.Features.Missions;

/// <summary>What the pages adding and changing an itinerary item bind. Each end is a local date and time in the zone of
/// its place; a leg has a zone at each end, any other item one zone (for a visit, the organisation's when none is
/// chosen). A visit is at an organisation of the directory; a meeting may be held elsewhere (the Assises). The rules that need the mission — each end within its dates, the arrival after the departure once in UTC, a
/// local time that a change of clocks skips or repeats — are checked by <see cref="Resolve"/>.</summary>
public sealed class ItineraryForm : IValidatableObject
{
    public ItineraryKind Kind { get; set; }

    [Required]
    [StringLength(ItineraryItem.TitleMaxLength)]
    [Display(Name = "Title")]
    public string? Title { get; set; }

    [Display(Name = "Travel by")]
    public TravelMode? Mode { get; set; }

    [StringLength(ItineraryItem.PlaceMaxLength)]
    [Display(Name = "Departure place")]
    public string? DeparturePlace { get; set; }

    [StringLength(ItineraryItem.PlaceMaxLength)]
    [Display(Name = "Arrival place")]
    public string? ArrivalPlace { get; set; }

    public Guid? OrganisationId { get; set; }

    [Display(Name = "Host contact")]
    public Guid? HostPersonId { get; set; }

    [StringLength(ItineraryItem.AddressMaxLength)]
    [Display(Name = "Address")]
    public string? Address { get; set; }

    [Range(-90, 90, ErrorMessage = "The latitude is a number between -90 and 90.")]
    [Display(Name = "Latitude")]
    public double? Latitude { get; set; }

    [Range(-180, 180, ErrorMessage = "The longitude is a number between -180 and 180.")]
    [Display(Name = "Longitude")]
    public double? Longitude { get; set; }

    [Required]
    [Display(Name = "Start date")]
    public DateOnly? StartDate { get; set; }

    [Required]
    [Display(Name = "Start time")]
    public TimeOnly? StartTime { get; set; }

    [Display(Name = "Time zone")]
    public string? StartZoneId { get; set; }

    [Required]
    [Display(Name = "End date")]
    public DateOnly? EndDate { get; set; }

    [Required]
    [Display(Name = "End time")]
    public TimeOnly? EndTime { get; set; }

    [Display(Name = "Time zone of the arrival")]
    public string? EndZoneId { get; set; }

    [StringLength(ItineraryItem.NotesMaxLength)]
    [Display(Name = "Notes")]
    public string? Notes { get; set; }

    [Display(Name = "Event")]
    public Guid? EventId { get; set; }

    public int Version { get; set; }

    public bool IsLeg => Kind == ItineraryKind.Leg;
    public bool IsAtOrganisation => Kind is ItineraryKind.Visit or ItineraryKind.Meeting;

    public const string RequiredField = "This field is required.";
    public const string UnknownZone = "Choose a time zone from the list.";
    public const string ArrivalBeforeDeparture = "The arrival comes before the departure once both are converted to UTC: check the dates, times and time zones.";
    public const string EndBeforeStart = "The end comes before the start.";
    public const string OutsideMission = "This date is outside the mission's dates ({0} to {1}).";
    public const string UnknownOrganisation = "This organisation is not in the network.";
    public const string UnknownHost = "Choose the host contact from the list.";
    public const string UnknownEvent = "Choose an event from the list: those held during the mission.";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var t = validationContext.GetRequiredService<IStringLocalizer<Text>>();
        if (StartDate is { } start && !PlanningDates.Accepts(start))
            yield return new ValidationResult(t[PlanningDates.OutOfRange], [nameof(StartDate)]);
        if (EndDate is { } end && !PlanningDates.Accepts(end))
            yield return new ValidationResult(t[PlanningDates.OutOfRange], [nameof(EndDate)]);
        if (!string.IsNullOrWhiteSpace(StartZoneId) && !TimeZones.IsKnown(StartZoneId))
            yield return new ValidationResult(t[UnknownZone], [nameof(StartZoneId)]);
        else if (string.IsNullOrWhiteSpace(StartZoneId) && !(IsAtOrganisation && OrganisationId is not null))
            yield return new ValidationResult(t[RequiredField], [nameof(StartZoneId)]);
        if (Kind == ItineraryKind.Visit && OrganisationId is null)
            yield return new ValidationResult(t[RequiredField], [nameof(OrganisationId)]);
        if (!IsLeg) yield break;
        if (Mode is null) yield return new ValidationResult(t[RequiredField], [nameof(Mode)]);
        if (string.IsNullOrWhiteSpace(DeparturePlace)) yield return new ValidationResult(t[RequiredField], [nameof(DeparturePlace)]);
        if (string.IsNullOrWhiteSpace(ArrivalPlace)) yield return new ValidationResult(t[RequiredField], [nameof(ArrivalPlace)]);
        if (string.IsNullOrWhiteSpace(EndZoneId)) yield return new ValidationResult(t[RequiredField], [nameof(EndZoneId)]);
        else if (!TimeZones.IsKnown(EndZoneId)) yield return new ValidationResult(t[UnknownZone], [nameof(EndZoneId)]);
    }

    /// <summary>The item's two instants and zones, or null with the reasons beside their fields. <paramref name="place"/>
    /// is the organisation visited, when there is one: its zone is the item's when none was chosen.</summary>
    public Resolved? Resolve(Mission mission, Organisation? place, ModelStateDictionary modelState, IStringLocalizer t, string prefix)
    {
        var startZone = TimeZones.Canonical(StartZoneId) ?? (place is null ? null : TimeZones.Canonical(place.TimeZoneId) ?? ItineraryTimes.ZoneOf(place.Side));
        var endZone = IsLeg ? TimeZones.Canonical(EndZoneId) : startZone;
        if (startZone is null || endZone is null) return null;
        var startDate = LocalDate.FromDateOnly(StartDate!.Value);
        var endDate = LocalDate.FromDateOnly(EndDate!.Value);
        var start = SessionTime.Resolve(startDate, LocalTime.FromTimeOnly(StartTime!.Value), startZone);
        var end = SessionTime.Resolve(endDate, LocalTime.FromTimeOnly(EndTime!.Value), endZone);
        if (start.Problem is { } startProblem) modelState.AddModelError($"{prefix}.{nameof(StartTime)}", t[startProblem]);
        if (end.Problem is { } endProblem) modelState.AddModelError($"{prefix}.{nameof(EndTime)}", t[endProblem]);
        if (start.At is { } startsAt && end.At is { } endsAt && endsAt < startsAt)
            modelState.AddModelError($"{prefix}.{nameof(EndTime)}", t[IsLeg ? ArrivalBeforeDeparture : EndBeforeStart]);
        var first = mission.StartsOn.ToString("D", System.Globalization.CultureInfo.CurrentCulture);
        var last = mission.EndsOn.ToString("D", System.Globalization.CultureInfo.CurrentCulture);
        if (!mission.Covers(startDate)) modelState.AddModelError($"{prefix}.{nameof(StartDate)}", t[OutsideMission, first, last]);
        if (!mission.Covers(endDate)) modelState.AddModelError($"{prefix}.{nameof(EndDate)}", t[OutsideMission, first, last]);
        return modelState.IsValid ? new Resolved(start.At!.Value, end.At!.Value, startZone, endZone) : null;
    }

    public sealed record Resolved(Instant StartsAt, Instant EndsAt, string StartZoneId, string EndZoneId);

    public void ApplyTo(ItineraryItem item, Resolved when, Organisation? place)
    {
        item.Kind = Kind;
        item.Title = Title!.Trim();
        (item.StartsAt, item.EndsAt, item.StartZoneId, item.EndZoneId) = (when.StartsAt, when.EndsAt, when.StartZoneId, when.EndZoneId);
        item.Mode = IsLeg ? Mode : null;
        item.DeparturePlace = IsLeg ? DeparturePlace!.Trim() : "";
        item.ArrivalPlace = IsLeg ? ArrivalPlace!.Trim() : "";
        item.OrganisationId = IsAtOrganisation ? place?.Id : null;
        item.HostPersonId = IsAtOrganisation ? HostPersonId : null;
        var address = Address?.Trim() ?? "";
        item.Address = IsLeg ? "" : address.Length == 0 && place is not null ? AddressOf(place) : address;
        item.Latitude = IsLeg ? null : Latitude ?? (Longitude is null ? place?.Latitude : null);
        item.Longitude = IsLeg ? null : Longitude ?? (Latitude is null ? place?.Longitude : null);
        item.Notes = Notes?.Trim() ?? "";
        item.EventId = IsLeg ? null : EventId;
    }

    /// <summary>The organisation's address in one line, the item's address when none is typed.</summary>
    public static string AddressOf(Organisation organisation) =>
        string.Join(", ", new[] { organisation.StreetAddress, $"{organisation.PostalCode} {organisation.Locality}".Trim() }.Where(p => p.Length > 0));

    public static ItineraryForm For(ItineraryItem item)
    {
        var start = SessionTime.Local(item.StartsAt, item.StartZoneId);
        var end = SessionTime.Local(item.EndsAt, item.EndZoneId);
        return new ItineraryForm
        {
            Kind = item.Kind, Title = item.Title, Mode = item.Mode, DeparturePlace = item.DeparturePlace, ArrivalPlace = item.ArrivalPlace,
            OrganisationId = item.OrganisationId, HostPersonId = item.HostPersonId, Address = item.Address, Latitude = item.Latitude,
            Longitude = item.Longitude, StartDate = start.Date.ToDateOnly(), StartTime = start.TimeOfDay.ToTimeOnly(), StartZoneId = item.StartZoneId,
            EndDate = end.Date.ToDateOnly(), EndTime = end.TimeOfDay.ToTimeOnly(), EndZoneId = item.EndZoneId, Notes = item.Notes,
            EventId = item.EventId, Version = item.Version,
        };
    }
}
