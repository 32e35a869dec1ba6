namespace Passerelles.Web.Features.Mobility;

/// <summary>The staff of a housing association add one of its residences; its units come next, on the capacity page.</summary>
public sealed class NewResidenceModel(AppDbContext db, CurrentActor actors, IStringLocalizer<Text> t) : PageModel
{
    [BindProperty] public ResidenceForm Input { get; set; } = new() { Currency = "EUR" };
    [BindProperty] public Guid? OrganisationId { get; set; }
    public IReadOnlyList<(Guid Id, string Name)> Associations { get; private set; } = [];

    /// <summary>The housing associations whose residences the person answers for.</summary>
    public static IQueryable<Organisation> AssociationsOf(AppDbContext db, Actor actor) =>
        db.Organisations.Where(o => o.Kind == OrganisationKind.YouthHousing
            && (actor.IsNetworkAdministrator || actor.Staffs.Contains(o.Id)));

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync() is { } refused) return refused;
        OrganisationId = Associations[0].Id;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is { } refused) return refused;
        if (OrganisationId is not { } organisationId || Associations.All(a => a.Id != organisationId))
            ModelState.AddModelError(nameof(OrganisationId), t["Choose a housing association from the list."]);
        Input.Check(ModelState, t);
        if (!ModelState.IsValid) return Page();

        var residence = new Residence { OrganisationId = OrganisationId!.Value };
        Input.ApplyTo(residence);
        db.Residences.Add(residence);
        await db.SaveChangesAsync();
        TempData["Notice"] = t["The residence was added. Give its units by type."].Value;
        return Redirect($"/mobility/residences/{residence.Id}/capacity");
    }

    private async Task<IActionResult?> LoadAsync()
    {
        var rows = await AssociationsOf(db, await actors.GetAsync()).OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync();
        Associations = rows.Select(o => (o.Id, o.Name)).ToList();
        return Associations.Count == 0 ? Forbid() : null;
    }
}
