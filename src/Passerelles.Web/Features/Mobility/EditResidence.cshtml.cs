namespace Passerelles.Web.Features.Mobility;

/// <summary>The association's staff correct a residence; a change saved meanwhile by someone else is not overwritten.</summary>
public sealed class EditResidenceModel(AppDbContext db, CurrentActor actors, IStringLocalizer<Text> t) : PageModel
{
    [BindProperty] public ResidenceForm Input { get; set; } = new();
    public Residence Residence { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var (residence, refusal) = await HousingAccess.ResidenceAsync(db, await actors.GetAsync(), id, change: true);
        if (residence is null) return refusal!;
        Residence = residence;
        Input = ResidenceForm.From(residence);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var (residence, refusal) = await HousingAccess.ResidenceAsync(db, await actors.GetAsync(), id, change: true);
        if (residence is null) return refusal!;
        Residence = residence;
        Input.Check(ModelState, t);
        if (!ModelState.IsValid) return Page();
        Input.ApplyTo(residence);
        if (!await db.SaveAtVersionAsync(residence, Input.Version, ModelState, t)) return Page();
        TempData["Notice"] = t["The residence was saved."].Value;
        return Redirect($"/mobility/residences/{id}");
    }
}
