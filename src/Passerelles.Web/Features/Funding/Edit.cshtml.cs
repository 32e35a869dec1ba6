namespace Passerelles.Web.Features.Funding;

/// <summary>Those who manage a grant correct it; a change made meanwhile by someone else is not overwritten.</summary>
public sealed class EditModel(AppDbContext db, CurrentActor actors, OrganisationPicks picks, IStringLocalizer<Text> t) : GrantFormPage(db, actors, picks, t)
{
    public Grant Grant { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var actor = await Actors.GetAsync();
        var (grant, refusal) = await GrantAccess.LoadAsync(Db, actor, id);
        if (grant is null) return refusal!;
        Grant = grant;
        Input = GrantForm.From(grant);
        return await ShowAsync(actor, grant);
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var actor = await Actors.GetAsync();
        var (grant, refusal) = await GrantAccess.LoadAsync(Db, actor, id, tracked: true);
        if (grant is null) return refusal!;
        Grant = grant;
        if (!await CheckAsync(actor, grant)) return await ShowAsync(actor, grant);
        await Input.ApplyToAsync(Db, grant);
        if (!await Db.SaveAtVersionAsync(grant, Input.Version, ModelState, T)) return await ShowAsync(actor, grant);
        TempData["Notice"] = T["The grant was saved."].Value;
        return Redirect(GrantAccess.Address(grant.Id));
    }
}
