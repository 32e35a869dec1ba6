
namespace Passerelles.Web.Features.Circles;

/// <summary>Changes a circle's name, purpose or co-facilitators; a co-facilitator replaced stays a member.</summary>
public sealed class EditModel(AppDbContext db, CurrentActor actors, PeoplePicks picks, ViewerTime time, IStringLocalizer<Text> t) : PageModel, ICircleFormPage
{
    [BindProperty] public CircleForm Input { get; set; } = new();
    public Picker QuebecCoFacilitator { get; private set; } = null!;
    public Picker FranceCoFacilitator { get; private set; } = null!;
    public Guid Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await CircleRefusal.UnlessRunningAsync(db, await actors.GetAsync(), id) is { } refusal) return refusal;
        if (await FindAsync(id) is not { } circle) return NotFound();
        Input = new CircleForm
        {
            Name = circle.Name, Purpose = circle.Purpose, Version = circle.Version,
            QuebecCoFacilitatorId = circle.CoFacilitator(Side.Quebec)?.UserId,
            FranceCoFacilitatorId = circle.CoFacilitator(Side.France)?.UserId,
        };
        return await ShowAsync();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await CircleRefusal.UnlessRunningAsync(db, await actors.GetAsync(), id) is { } refusal) return refusal;
        if (await FindAsync(id) is not { } circle) return NotFound();
        if (this.IsSearchStep()) return await ShowAsync();
        await Input.CheckFacilitatorsAsync(db, ModelState, t);
        await Input.CheckTransferAsync(db, circle, time.Now, ModelState, t);
        if (ModelState.IsValid)
        {
            Input.Apply(circle);
            if (await db.SaveAtVersionAsync(circle, Input.Version, ModelState, t))
            {
                TempData["Notice"] = t["The circle was saved."].Value;
                return Redirect($"/circles/{id}");
            }
        }
        return await ShowAsync();
    }

    private async Task<Circle?> FindAsync(Guid id)
    {
        var actor = await actors.GetAsync();
        Id = id;
        return await db.Circles.ManageableBy(actor).Include(c => c.Members).SingleOrDefaultAsync(c => c.Id == id);
    }

    private async Task<IActionResult> ShowAsync()
    {
        (QuebecCoFacilitator, FranceCoFacilitator) = await Input.PickersAsync(this, picks, t, Id);
        return Page();
    }
}
