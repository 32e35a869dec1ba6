namespace Passerelles.Web.Features.Funding;

/// <summary>What the pages that record and edit a grant share: the form's choices, its funder picker, its checks.</summary>
public abstract class GrantFormPage(AppDbContext db, CurrentActor actors, OrganisationPicks picks, IStringLocalizer<Text> t) : PageModel
{
    [BindProperty] public GrantForm Input { get; set; } = new();

    public GrantChoices Choices { get; private set; } = null!;
    public Picker Funder { get; private set; } = null!;

    protected AppDbContext Db => db;
    protected CurrentActor Actors => actors;
    protected IStringLocalizer<Text> T => t;

    protected async Task<IActionResult> ShowAsync(Actor actor, Grant? current)
    {
        Choices = await GrantChoices.LoadAsync(db, actor, current?.BeneficiaryId, current?.PartnerBeneficiaryId);
        Funder = await picks.PickerAsync(this, "Input.FunderId", t["Funder"], Input.FunderId,
            hint: t["The organisation of the directory that grants the money: FFQCD, LOJIQ, OFQJ, a ministry, a region."]);
        return Page();
    }

    /// <summary>Checks the posted form; true when it may be saved, false when the page is to be shown again.</summary>
    protected async Task<bool> CheckAsync(Actor actor, Grant? current)
    {
        if (this.IsSearchStep() || Request.SearchStep() is not null) return false;
        var choices = await GrantChoices.LoadAsync(db, actor, current?.BeneficiaryId, current?.PartnerBeneficiaryId);
        await Input.CheckAsync(db, actor, choices, ModelState, t);
        return ModelState.IsValid;
    }
}
