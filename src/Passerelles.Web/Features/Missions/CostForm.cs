namespace Passerelles.Web.Features.Missions;

/// <summary>A cost of a mission as typed: the rate of the day is required and positive, the amount positive and to the
/// cent, the currency CAD or EUR, the funder an organisation of the directory the person may see, or none.</summary>
public sealed class CostForm : AmountFields
{
    public const decimal MaxAmount = 1_000_000_000m;
    public const decimal MaxRate = 1_000m;

    /// <summary>Flights and rooms are booked ahead: a cost may be dated up to this many days before the mission starts.</summary>
    public const int BookingDaysAhead = 60;

    public const string OutsideMission = "The date must fall within the mission's dates ({0} to {1}), or in the {2} days before it for what was booked ahead ({3} at the earliest).";

    [Required]
    [StringLength(MissionCost.LabelMaxLength)]
    [Display(Name = "Label")]
    public string? Label { get; set; }

    [Required]
    [Display(Name = "Category")]
    public CostCategory? Category { get; set; }

    [Required]
    [Display(Name = "Date")]
    public DateOnly? SpentOn { get; set; }

    [Required(ErrorMessage = "Give the exchange rate of the day, as 1 EUR = x CAD.")]
    [Display(Name = "Exchange rate of the day (1 EUR = x CAD)")]
    public decimal? CadPerEur { get; set; }

    [Display(Name = "Charged to")]
    public Guid? FunderId { get; set; }

    public int Version { get; set; }

    public static CostForm From(MissionCost cost) => new()
    {
        Label = cost.Label, Category = cost.Category, SpentOn = cost.SpentOn.ToDateOnly(), Amount = cost.Amount, Currency = cost.Currency,
        CadPerEur = cost.CadPerEur, FunderId = cost.FunderId, Version = cost.Version,
    };

    /// <summary>Adds, next to each field, what the rules refuse; the funder is checked against what the person may see,
    /// the date against the mission's dates.</summary>
    public async Task CheckAsync(AppDbContext db, Actor actor, CostScope mission, Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary state, IStringLocalizer t)
    {
        var earliest = mission.StartsOn.PlusDays(-BookingDaysAhead);
        if (SpentOn is { } spentOn && (LocalDate.FromDateOnly(spentOn) < earliest || LocalDate.FromDateOnly(spentOn) > mission.EndsOn))
            state.AddModelError("Input.SpentOn", t[OutsideMission, Long(mission.StartsOn), Long(mission.EndsOn), BookingDaysAhead, Long(earliest)]);
        if (Amount is { } amount && (amount <= 0 || amount >= MaxAmount || decimal.Round(amount, 2) != amount))
            state.AddModelError("Input.Amount", amount <= 0 ? t["The amount must be more than zero."] : t["Give the amount to the cent, under one billion."]);
        if (Currency is { } currency && !MissionCost.Currencies.Contains(currency))
            state.AddModelError("Input.Currency", t["Choose CAD or EUR."]);
        if (CadPerEur is { } rate && (rate <= 0 || rate >= MaxRate || decimal.Round(rate, 6) != rate))
            state.AddModelError("Input.CadPerEur", t["The exchange rate must be more than zero, with at most 6 decimals."]);
        if (FunderId is { } funder && !await db.Organisations.VisibleTo(actor).AnyAsync(o => o.Id == funder))
            state.AddModelError("Input.FunderId", t["Choose an organisation from the list."]);
    }

    public void ApplyTo(MissionCost cost)
    {
        cost.Label = Label!.Trim();
        cost.Category = Category!.Value;
        cost.SpentOn = LocalDate.FromDateOnly(SpentOn!.Value);
        cost.Amount = Amount!.Value;
        cost.Currency = Currency!;
        cost.CadPerEur = CadPerEur!.Value;
        cost.FunderId = FunderId;
    }

    private static string Long(LocalDate date) => date.ToString("D", CultureInfo.CurrentCulture);

    /// <summary>The rate as the person reads it, "1 EUR = 1,4725 CAD" in French.</summary>
    public static string Rate(decimal cadPerEur) => $"1 EUR = {cadPerEur.ToString("0.######", CultureInfo.CurrentCulture)} CAD";
}

/// <summary>A mission as its costs need it: those who see the whole mission and those who manage it read the costs;
/// only those who manage it change them. Anyone else gets 404; a reader asking to change, 403.</summary>
public sealed record CostScope(Guid Id, string Title, bool MayChange, bool SeesReport, LocalDate StartsOn, LocalDate EndsOn)
{
    public static async Task<(CostScope? Scope, IActionResult? Refusal)> LoadAsync(AppDbContext db, Actor actor, Guid id, bool change)
    {
        var mission = await db.Missions.AsNoTracking().Include(m => m.Members).SingleOrDefaultAsync(m => m.Id == id);
        if (mission is null || !(actor.SeesWhole(mission) || actor.Manages(mission))) return (null, new NotFoundResult());
        var mayChange = actor.Manages(mission);
        if (change && !mayChange) return (null, new ForbidResult());
        return (new CostScope(mission.Id, mission.Title, mayChange, actor.SeesWhole(mission), mission.StartsOn, mission.EndsOn), null);
    }

    public string Address => $"/missions/{Id}/costs";

    /// <summary>The funder picker of the cost form.</summary>
    public static Task<Picker> FunderPickerAsync(PageModel page, OrganisationPicks picks, IStringLocalizer t, Guid? chosen) =>
        picks.PickerAsync(page, "Input.FunderId", t["Charged to"], chosen, none: t["No funder"], hint: t["The organisation of the directory that pays for this item, if any."]);
}
