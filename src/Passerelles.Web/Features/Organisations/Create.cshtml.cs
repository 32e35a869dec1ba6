namespace Passerelles.Web.Features.Organisations;

[Authorize(Policy = Policies.NetworkAdministrator)]
public sealed class CreateModel(AppDbContext db, OrganisationPicks picks, CurrentActor actors, IStringLocalizer<Text> t) : PageModel
{
    [BindProperty] public OrganisationForm Input { get; set; } = new();

    public Picker Carrier { get; private set; } = null!;

    public Task<IActionResult> OnGetAsync() => ShowAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (this.IsSearchStep()) return await ShowAsync();
        if (ModelState.IsValid) await Input.CheckAgainstNetworkAsync(db, ModelState, t, nameof(Input), organisationId: null);
        if (!ModelState.IsValid) return await ShowAsync();

        var organisation = new Organisation();
        Input.ApplyTo(organisation);
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();

        TempData["Notice"] = t["{0} was created.", organisation.Name].Value;
        return Redirect($"/organisations/{organisation.Id}");
    }

    private async Task<IActionResult> ShowAsync()
    {
        Carrier = await OrganisationFields.CarrierAsync(this, picks, await actors.GetAsync(), t, Input.ParentId);
        return Page();
    }
}
