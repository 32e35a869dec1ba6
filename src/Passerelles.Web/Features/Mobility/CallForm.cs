namespace Passerelles.Web.Features.Mobility;

/// <summary>A call as its coordinators type it: the deadline is a day and an hour on the caller's side, in its zone
/// (<see cref="ZoneOf"/>), and stored as the instant they name.</summary>
public sealed class CallForm
{
    [Required]
    [StringLength(MobilityCall.TitleMaxLength)]
    [Display(Name = "Title")]
    public string? Title { get; set; }

    [StringLength(MobilityCall.DescriptionMaxLength)]
    [Display(Name = "Description")]
    public string? Description { get; set; }

    [Required]
    [Display(Name = "Programme")]
    public Guid? ProgrammeId { get; set; }

    [Required]
    [Display(Name = "Calling organisation")]
    public Guid? OrganisationId { get; set; }

    [Required]
    [DateInRange]
    [Display(Name = "Deadline date")]
    public DateOnly? DeadlineDate { get; set; }

    [Required]
    [Display(Name = "Deadline time")]
    public TimeOnly? DeadlineTime { get; set; }

    [Display(Name = "State")]
    public PublicationStatus Status { get; set; }

    public int Version { get; set; }

    /// <summary>The zone of a caller's side: the deadline is typed and stored in it.</summary>
    public static string ZoneOf(Side side) => side == Side.Quebec ? TimeZones.Quebec : TimeZones.France;

    public Instant Deadline(string zoneId) =>
        LocalDate.FromDateOnly(DeadlineDate!.Value).At(LocalTime.FromTimeOnly(DeadlineTime!.Value)).InZoneLeniently(TimeZones.Get(zoneId)).ToInstant();

    public static CallForm From(MobilityCall call)
    {
        var local = call.Deadline.InZone(TimeZones.Get(call.DeadlineZoneId)).LocalDateTime;
        return new()
        {
            Title = call.Title, Description = call.Description, ProgrammeId = call.ProgrammeId, OrganisationId = call.OrganisationId,
            DeadlineDate = local.Date.ToDateOnly(), DeadlineTime = local.TimeOfDay.ToTimeOnly(), Status = call.Status, Version = call.Version,
        };
    }

    public void ApplyTo(MobilityCall call, Side callerSide)
    {
        call.Title = Title!.Trim();
        call.Description = Description?.Trim() ?? "";
        call.ProgrammeId = ProgrammeId!.Value;
        call.OrganisationId = OrganisationId!.Value;
        call.DeadlineZoneId = ZoneOf(callerSide);
        call.Deadline = Deadline(call.DeadlineZoneId);
        call.Status = Status;
    }
}
