namespace Passerelles.Web.Features.Organisations;

/// <summary>Those who manage an organisation edit it: network administrators, its administrators and those of its
/// carriers (<see cref="OrganisationRules"/>). Only network administrators change its carrier.</summary>
public sealed class EditModel(AppDbContext db, CurrentActor actors, IStringLocalizer<Text> t) : PageModel
{
    [BindProperty] public OrganisationForm Input { get; set; } = new();

    public Guid Id { get; private set; }
    public string CurrentName { get; private set; } = "";
    public IReadOnlyList<OrganisationFields.Choice> Carriers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var actor = await actors.GetAsync();
        if (await OrganisationRefusal.UnlessAsync(db, actor, id, OrganisationRules.MayManage) is { } refusal) return refusal;
        var organisation = await db.Organisations.AsNoTracking().Include(o => o.Themes).SingleAsync(o => o.Id == id);

        Input = OrganisationForm.From(organisation);
        await ShowAsync(organisation, actor);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var actor = await actors.GetAsync();
        if (await OrganisationRefusal.UnlessAsync(db, actor, id, OrganisationRules.MayManage) is { } refusal) return refusal;
        var organisation = await db.Organisations.Include(o => o.Themes).SingleAsync(o => o.Id == id);

        if (Input.ParentId != organisation.ParentId && !actor.MayChooseCarrier())
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.ParentId)}", t["This value is not valid."]);
        if (ModelState.IsValid) await Input.CheckAgainstNetworkAsync(db, ModelState, t, nameof(Input), id);
        if (!ModelState.IsValid)
        {
            await ShowAsync(organisation, actor);
            return Page();
        }

        Input.ApplyTo(organisation);
        // Saving only succeeds if the record is still at the version the form was filled in from; a change of themes
        // alone counts as a change of the organisation, so it is checked and versioned too.
        db.Entry(organisation).State = EntityState.Modified;
        if (!await db.SaveAtVersionAsync(organisation, Input.Version, ModelState, t))
        {
            await ShowAsync(await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == id), actor);
            return Page();
        }

        TempData["Notice"] = t["The changes to {0} were saved.", organisation.Name].Value;
        return Redirect($"/organisations/{id}");
    }

    private async Task ShowAsync(Organisation organisation, Actor actor)
    {
        Id = organisation.Id;
        CurrentName = organisation.Name;
        // Others than network administrators keep the carrier the organisation has: it is the only one offered.
        Carriers = actor.MayChooseCarrier()
            ? await OrganisationFields.CarriersAsync(db, except: organisation.Id)
            : await db.Organisations.AsNoTracking()
                .Where(o => o.Id == organisation.ParentId)
                .Select(o => new OrganisationFields.Choice(o.Id, o.Name))
                .ToListAsync();
    }
}
