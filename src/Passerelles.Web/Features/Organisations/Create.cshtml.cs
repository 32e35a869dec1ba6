namespace Passerelles.Web.Features.Organisations;

[Authorize(Policy = Policies.NetworkAdministrator)]
public sealed class CreateModel(AppDbContext db, IStringLocalizer<Text> t) : PageModel
{
    [BindProperty] public OrganisationForm Input { get; set; } = new();

    public IReadOnlyList<OrganisationFields.Choice> Carriers { get; private set; } = [];

    public async Task OnGetAsync() => Carriers = await OrganisationFields.CarriersAsync(db, except: null);

    public async Task<IActionResult> OnPostAsync()
    {
        if (ModelState.IsValid) await Input.CheckAgainstNetworkAsync(db, ModelState, t, nameof(Input), organisationId: null);
        if (!ModelState.IsValid)
        {
            Carriers = await OrganisationFields.CarriersAsync(db, except: null);
            return Page();
        }

        var organisation = new Organisation();
        Input.ApplyTo(organisation);
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();

        TempData["Notice"] = t["{0} was created.", organisation.Name].Value;
        return Redirect($"/organisations/{organisation.Id}");
    }
}
