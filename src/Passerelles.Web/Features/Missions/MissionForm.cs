namespace Passerelles.Web.Features.Missions;

/// <summary>What the plan and edit pages of a mission bind.</summary>
public sealed class MissionForm : IValidatableObject
{
    [Required]
    [StringLength(Mission.TitleMaxLength)]
    [Display(Name = "Title")]
    public string? Title { get; set; }

    [Display(Name = "Direction")]
    public MissionDirection Direction { get; set; }

    [Required]
    [DateInRange]
    [Display(Name = "Starts on")]
    public DateOnly? StartsOn { get; set; }

    [Required]
    [DateInRange]
    [Display(Name = "Ends on")]
    public DateOnly? EndsOn { get; set; }

    [Display(Name = "Status")]
    public MissionStatus Status { get; set; }

    [Required]
    [Display(Name = "Lead organisation")]
    public Guid? LeadOrganisationId { get; set; }

    [Display(Name = "Funder")]
    public Guid? FunderOrganisationId { get; set; }

    [StringLength(Mission.FundingMaxLength)]
    [Display(Name = "Funding programme")]
    public string? FundingProgramme { get; set; }

    [StringLength(Mission.SummaryMaxLength)]
    [Display(Name = "Summary")]
    public string? Summary { get; set; }

    public int Version { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var t = validationContext.GetRequiredService<IStringLocalizer<Text>>();
        if (!Enum.IsDefined(Direction)) yield return new ValidationResult(t["Choose one of the values in the list."], [nameof(Direction)]);
        if (!Enum.IsDefined(Status)) yield return new ValidationResult(t["Choose one of the values in the list."], [nameof(Status)]);
        if (StartsOn is { } start && EndsOn is { } end && Mission.DatesProblem(LocalDate.FromDateOnly(start), LocalDate.FromDateOnly(end)) is { } problem)
            yield return new ValidationResult(t[problem], [nameof(EndsOn)]);
    }

    /// <summary>The rules that need the database: a lead organisation the planner is staff of (any for a network
    /// administrator; the current one may stay), and organisations that exist.</summary>
    public async Task CheckAgainstNetworkAsync(AppDbContext db, Actor actor, ModelStateDictionary modelState, IStringLocalizer t, Guid? currentLead = null)
    {
        if (LeadOrganisationId is { } lead && lead != currentLead &&
            ((!actor.IsNetworkAdministrator && !actor.Staffs.Contains(lead)) || !await db.Organisations.AnyAsync(o => o.Id == lead)))
            modelState.AddModelError($"Input.{nameof(LeadOrganisationId)}", t["Choose an organisation you are on the staff of."]);
        if (FunderOrganisationId is { } funder && !await db.Organisations.AsNoTracking().VisibleTo(actor).AnyAsync(o => o.Id == funder))
            modelState.AddModelError($"Input.{nameof(FunderOrganisationId)}", t["This value is not valid."]);
    }

    public static MissionForm From(Mission mission) => new()
    {
        Title = mission.Title, Direction = mission.Direction, StartsOn = mission.StartsOn.ToDateOnly(), EndsOn = mission.EndsOn.ToDateOnly(),
        Status = mission.Status, LeadOrganisationId = mission.LeadOrganisationId, FunderOrganisationId = mission.FunderOrganisationId,
        FundingProgramme = mission.FundingProgramme, Summary = mission.Summary, Version = mission.Version,
    };

    public void ApplyTo(Mission mission)
    {
        mission.Title = Title!.Trim();
        mission.Direction = Direction;
        mission.StartsOn = LocalDate.FromDateOnly(StartsOn!.Value);
        mission.EndsOn = LocalDate.FromDateOnly(EndsOn!.Value);
        mission.Status = Status;
        mission.LeadOrganisationId = LeadOrganisationId!.Value;
        mission.FunderOrganisationId = FunderOrganisationId;
        mission.FundingProgramme = FundingProgramme?.Trim() ?? "";
        mission.Summary = Summary?.Trim() ?? "";
    }
}

/// <summary>What the shared fields of the plan and edit pages show: the form and its two organisation pickers.</summary>
public sealed record MissionFields(MissionForm Input, Picker Lead, Picker Funder)
{
    public static async Task<MissionFields> LoadAsync(PageModel page, OrganisationPicks picks, IStringLocalizer t, MissionForm input) => new(input,
        await picks.PickerAsync(page, $"Input.{nameof(MissionForm.LeadOrganisationId)}", t["Lead organisation"], input.LeadOrganisationId,
            hint: t["The organisation that leads the mission: one you are on the staff of."], only: OrganisationPick.Staffed),
        await picks.PickerAsync(page, $"Input.{nameof(MissionForm.FunderOrganisationId)}", t["Funder"], input.FunderOrganisationId, none: t["None"]));
}
