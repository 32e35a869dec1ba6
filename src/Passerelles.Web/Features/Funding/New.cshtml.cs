namespace Passerelles.Web.Features.Funding;

/// <summary>Organisation and network administrators record a grant of one of their organisations.</summary>
public sealed class NewModel(AppDbContext db, CurrentActor actors, OrganisationPicks picks, IStringLocalizer<Text> t) : GrantFormPage(db, actors, picks, t)
{
    public async Task<IActionResult> OnGetAsync()
    {
        var actor = await Actors.GetAsync();
        if (!actor.MayManageGrants()) return Forbid();
        Input = new GrantForm { Currency = MoneyAmount.Canadian, CoFundingRule = CoFundingRule.None };
        return await ShowAsync(actor, null);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var actor = await Actors.GetAsync();
        if (!actor.MayManageGrants()) return Forbid();
        if (!await CheckAsync(actor, null)) return await ShowAsync(actor, null);
        var grant = new Grant();
        await Input.ApplyToAsync(Db, grant);
        Db.Grants.Add(grant);
        await Db.SaveChangesAsync();
        TempData["Notice"] = T["The grant was recorded."].Value;
        return Redirect(GrantAccess.Address(grant.Id));
    }
}
