namespace Passerelles.Web.Features.Funding;

/// <summary>A grant as typed: a funder of the directory, its programme by name (created the first time it is named), an
/// amount to the cent in CAD or EUR, a period that does not end before it starts, the beneficiary (an organisation the
/// person administers) and, for a grant to the partnership, the beneficiary on the other side.</summary>
public sealed class GrantForm : AmountFields
{
    [Required]
    [StringLength(Grant.TitleMaxLength)]
    [Display(Name = "Title")]
    public string? Title { get; set; }

    [Required(ErrorMessage = "Choose the funder.")]
    [Display(Name = "Funder")]
    public Guid? FunderId { get; set; }

    [Required]
    [StringLength(FundingProgramme.NameMaxLength)]
    [Display(Name = "Programme")]
    public string? Programme { get; set; }

    [Required]
    [DateInRange]
    [Display(Name = "From")]
    public DateOnly? StartsOn { get; set; }

    [Required]
    [DateInRange]
    [Display(Name = "To")]
    public DateOnly? EndsOn { get; set; }

    [Required(ErrorMessage = "Choose the beneficiary.")]
    [Display(Name = "Beneficiary")]
    public Guid? BeneficiaryId { get; set; }

    [Display(Name = "Beneficiary on the other side (grant to the partnership)")]
    public Guid? PartnerBeneficiaryId { get; set; }

    [Required]
    [Display(Name = "Co-funding rule")]
    public CoFundingRule? CoFundingRule { get; set; }

    public int Version { get; set; }

    public static GrantForm From(Grant grant) => new()
    {
        Title = grant.Title, FunderId = grant.FunderId, Programme = grant.Programme.Name, Amount = grant.Amount.Value, Currency = grant.Currency,
        StartsOn = grant.StartsOn.ToDateOnly(), EndsOn = grant.EndsOn.ToDateOnly(), BeneficiaryId = grant.BeneficiaryId,
        PartnerBeneficiaryId = grant.PartnerBeneficiaryId, CoFundingRule = grant.CoFundingRule, Version = grant.Version,
    };

    /// <summary>Adds, next to each field, what the rules refuse.</summary>
    public async Task CheckAsync(AppDbContext db, Actor actor, GrantChoices choices, ModelStateDictionary state, IStringLocalizer t)
    {
        MoneyAmount.Check(Amount, Currency, state, t);
        if (StartsOn is { } start && EndsOn is { } end && end < start)
            state.AddModelError("Input.EndsOn", t["The grant cannot end before it starts."]);
        if (FunderId is { } funder && !await db.Organisations.VisibleTo(actor).AnyAsync(o => o.Id == funder))
            state.AddModelError("Input.FunderId", t["Choose an organisation from the list."]);
        if (BeneficiaryId is { } beneficiary && choices.Beneficiaries.All(o => o.Id != beneficiary))
            state.AddModelError("Input.BeneficiaryId", t["Choose one of the values in the list."]);
        if (PartnerBeneficiaryId is { } partner)
        {
            var chosen = choices.Partners.FirstOrDefault(o => o.Id == partner);
            var side = choices.Beneficiaries.FirstOrDefault(o => o.Id == BeneficiaryId)?.Side;
            if (chosen is null) state.AddModelError("Input.PartnerBeneficiaryId", t["Choose one of the values in the list."]);
            else if (chosen.Side == side) state.AddModelError("Input.PartnerBeneficiaryId", t["The beneficiary on the other side must be on the other side of the Atlantic."]);
        }
    }

    /// <summary>Writes the form into the grant; the programme is found by name among the funder's, or created.</summary>
    public async Task ApplyToAsync(AppDbContext db, Grant grant)
    {
        var name = Programme!.Trim();
        var programme = await db.FundingProgrammes.SingleOrDefaultAsync(p => p.FunderId == FunderId!.Value && p.Name == name)
            ?? db.FundingProgrammes.Add(new FundingProgramme { FunderId = FunderId!.Value, Name = name }).Entity;
        grant.Title = Title!.Trim();
        grant.FunderId = FunderId!.Value;
        grant.ProgrammeId = programme.Id;
        grant.Currency = Currency!;
        grant.AmountMinor = MoneyAmount.FromDecimal(Amount!.Value, Currency!)!.Value.Minor;
        grant.StartsOn = LocalDate.FromDateOnly(StartsOn!.Value);
        grant.EndsOn = LocalDate.FromDateOnly(EndsOn!.Value);
        grant.BeneficiaryId = BeneficiaryId!.Value;
        grant.PartnerBeneficiaryId = PartnerBeneficiaryId;
        grant.CoFundingRule = CoFundingRule!.Value;
    }
}

/// <summary>The organisations a grant form offers: as beneficiary, those the person administers (all the network's for
/// its administrators); on the other side, any organisation of the network (with members) the person may see.</summary>
public sealed record GrantChoices(IReadOnlyList<GrantChoices.Choice> Beneficiaries, IReadOnlyList<GrantChoices.Choice> Partners)
{
    public sealed record Choice(Guid Id, string Name, Side Side);

    public static async Task<GrantChoices> LoadAsync(AppDbContext db, Actor actor, params Guid?[] current)
    {
        var administered = actor.Administers.ToList();
        var kept = current.OfType<Guid>().ToList();
        var network = db.Organisations.AsNoTracking().Where(o => db.Memberships.Any(m => m.OrganisationId == o.Id) || kept.Contains(o.Id));
        var beneficiaries = actor.IsNetworkAdministrator ? network : db.Organisations.AsNoTracking().Where(o => administered.Contains(o.Id) || kept.Contains(o.Id));
        var partners = network.VisibleTo(actor);
        return new(await Choices(beneficiaries), await Choices(partners));
    }

    private static async Task<IReadOnlyList<Choice>> Choices(IQueryable<Organisation> organisations) =>
        (await organisations.Select(o => new Choice(o.Id, o.Name, o.Side)).Take(500).ToListAsync())
        .OrderBy(o => o.Name, StringComparer.CurrentCulture).ToList();
}

/// <summary>A grant with everything its pages show, for those who manage it; anyone else gets 404.</summary>
public static class GrantAccess
{
    public static async Task<(Grant? Grant, IActionResult? Refusal)> LoadAsync(AppDbContext db, Actor actor, Guid id, bool tracked = false)
    {
        var query = tracked ? db.Grants : db.Grants.AsNoTracking();
        var grant = await query.Include(g => g.Funder).Include(g => g.Programme).Include(g => g.Beneficiary).Include(g => g.PartnerBeneficiary)
            .Include(g => g.Lines).Include(g => g.Deadlines).ThenInclude(d => d.Responsible).ThenInclude(r => r.User)
            .AsSplitQuery().SingleOrDefaultAsync(g => g.Id == id);
        if (grant is null || !actor.Manages(grant)) return (null, new NotFoundResult());
        return (grant, null);
    }

    public static string Address(Guid id) => $"/funding/grants/{id}";
}
