
namespace Passerelles.Web.Features.Circles;

/// <summary>What the new and edit pages of a circle bind: its name, purpose and two co-facilitators.</summary>
public sealed class CircleForm
{
    [Required]
    [StringLength(Circle.NameMaxLength)]
    [Display(Name = "Name")]
    public string? Name { get; set; }

    [StringLength(Circle.PurposeMaxLength)]
    [Display(Name = "Purpose (Markdown)")]
    public string? Purpose { get; set; }

    [Display(Name = "Co-facilitator for the Québec side")]
    public Guid? QuebecCoFacilitatorId { get; set; }

    [Display(Name = "Co-facilitator for the France side")]
    public Guid? FranceCoFacilitatorId { get; set; }

    public int Version { get; set; }

    /// <summary>The co-facilitators rule, checked on the server: one person per side, each a member of an organisation
    /// of that side, two different people.</summary>
    public async Task CheckFacilitatorsAsync(AppDbContext db, ModelStateDictionary modelState, IStringLocalizer t)
    {
        const string prefix = "Input.";
        foreach (var (side, id, field) in new[] { (Side.Quebec, QuebecCoFacilitatorId, nameof(QuebecCoFacilitatorId)), (Side.France, FranceCoFacilitatorId, nameof(FranceCoFacilitatorId)) })
        {
            if (id is null)
                modelState.AddModelError(prefix + field, t[Circle.FacilitatorsRule]);
            else if (!await CirclePeople.BelongsToSideAsync(db, id.Value, side))
                modelState.AddModelError(prefix + field, t[side == Side.Quebec
                    ? "The Québec co-facilitator must be a member of an organisation of the Québec side."
                    : "The France co-facilitator must be a member of an organisation of the France side."]);
        }
        if (QuebecCoFacilitatorId is { } quebec && quebec == FranceCoFacilitatorId)
            modelState.AddModelError(prefix + nameof(FranceCoFacilitatorId), t["The two co-facilitators are two different people, one per side."]);
    }

    /// <summary>The co-facilitators share the circle's members across the ocean: unless they are the ones
    /// <paramref name="circle"/> already has, a current transfer assessment covering circles must stand between their
    /// organisations, refused next to the co-facilitator who changed (the France one for a new circle).</summary>
    public async Task CheckTransferAsync(AppDbContext db, Circle? circle, Instant now, ModelStateDictionary modelState, IStringLocalizer t)
    {
        if (!modelState.IsValid || QuebecCoFacilitatorId is not { } quebec || FranceCoFacilitatorId is not { } france) return;
        var quebecChanged = circle?.CoFacilitator(Side.Quebec)?.UserId != quebec;
        var franceChanged = circle?.CoFacilitator(Side.France)?.UserId != france;
        if (!quebecChanged && !franceChanged) return;
        if (await CirclePeople.TransferBetweenAsync(db, (quebec, Side.Quebec), (france, Side.France), now, t) is { } missing)
            modelState.AddModelError("Input." + (franceChanged ? nameof(FranceCoFacilitatorId) : nameof(QuebecCoFacilitatorId)), missing);
    }

    /// <summary>The two co-facilitator pickers, each searching the members of an organisation of its side, for circle
    /// <paramref name="circleId"/> or one being started.</summary>
    public async Task<(Picker Quebec, Picker France)> PickersAsync(PageModel page, PeoplePicks picks, IStringLocalizer t, Guid? circleId) =>
        (await picks.PickerAsync(page, new PeopleContext(circleId, Side.Quebec), $"Input.{nameof(QuebecCoFacilitatorId)}", t["Co-facilitator for the Québec side"],
            QuebecCoFacilitatorId),
         await picks.PickerAsync(page, new PeopleContext(circleId, Side.France), $"Input.{nameof(FranceCoFacilitatorId)}", t["Co-facilitator for the France side"],
            FranceCoFacilitatorId));

    public void Apply(Circle circle)
    {
        circle.Name = Name!.Trim();
        circle.Purpose = Purpose?.Trim() ?? "";
        circle.ChooseCoFacilitator(Side.Quebec, QuebecCoFacilitatorId!.Value);
        circle.ChooseCoFacilitator(Side.France, FranceCoFacilitatorId!.Value);
    }
}
