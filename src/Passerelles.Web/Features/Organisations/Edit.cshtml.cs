namespace Passerelles.Web.Features.Organisations;

/// <summary>Those who manage an organisation edit it: network administrators, its administrators and those of its
/// carriers (<see cref="OrganisationRules"/>). Only network administrators change its carrier.</summary>
public sealed class EditModel(AppDbContext db, OrganisationPicks picks, CurrentActor actors, IStringLocalizer<Text> t) : PageModel
{
    [BindProperty] public OrganisationForm Input { get; set; } = new();

    public Guid Id { get; private set; }
    public string CurrentName { get; private set; } = "";
    public Picker Carrier { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var actor = await actors.GetAsync();
        if (await OrganisationRefusal.UnlessAsync(db, actor, id, OrganisationRules.MayManage) is { } refusal) return refusal;
        var organisation = await db.Organisations.AsNoTracking().Include(o => o.Themes).SingleAsync(o => o.Id == id);

        Input = OrganisationForm.From(organisation);
        return await ShowAsync(organisation, actor);
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var actor = await actors.GetAsync();
        if (await OrganisationRefusal.UnlessAsync(db, actor, id, OrganisationRules.MayManage) is { } refusal) return refusal;
        var organisation = await db.Organisations.Include(o => o.Themes).SingleAsync(o => o.Id == id);
        if (this.IsSearchStep()) return await ShowAsync(organisation, actor);

        if (Input.ParentId != organisation.ParentId && !actor.MayChooseCarrier())
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.ParentId)}", t["This value is not valid."]);
        if (ModelState.IsValid) await Input.CheckAgainstNetworkAsync(db, ModelState, t, nameof(Input), id);
        if (!ModelState.IsValid) return await ShowAsync(organisation, actor);

        Input.ApplyTo(organisation);
        // Saving only succeeds if the record is still at the version the form was filled in from; a change of themes
        // alone counts as a change of the organisation, so it is checked and versioned too.
        db.Entry(organisation).State = EntityState.Modified;
        if (!await db.SaveAtVersionAsync(organisation, Input.Version, ModelState, t))
            return await ShowAsync(await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == id), actor);

        TempData["Notice"] = t["The changes to {0} were saved.", organisation.Name].Value;
        return Redirect($"/organisations/{id}");
    }

    /// <summary>The form again; the carrier picker shows the one chosen, or for those who may not choose it, the one the
    /// organisation has.</summary>
    private async Task<IActionResult> ShowAsync(Organisation organisation, Actor actor)
    {
        Id = organisation.Id;
        CurrentName = organisation.Name;
        var chosen = actor.MayChooseCarrier() ? Input.ParentId : organisation.ParentId;
        Carrier = await OrganisationFields.CarrierAsync(this, picks, actor, t, chosen);
        return Page();
    }
}
