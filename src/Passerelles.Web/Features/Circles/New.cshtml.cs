
namespace Passerelles.Web.Features.Circles;

/// <summary>Starts a circle with its two co-facilitators, who become its first members.</summary>
public sealed class NewModel(AppDbContext db, CurrentActor actors, PeoplePicks picks, ViewerTime time, IStringLocalizer<Text> t) : PageModel, ICircleFormPage
{
    [BindProperty] public CircleForm Input { get; set; } = new();
    public Picker QuebecCoFacilitator { get; private set; } = null!;
    public Picker FranceCoFacilitator { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        if (!(await actors.GetAsync()).MayStartCircle()) return Forbid();
        return await ShowAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!(await actors.GetAsync()).MayStartCircle()) return Forbid();
        if (this.IsSearchStep()) return await ShowAsync();
        await Input.CheckFacilitatorsAsync(db, ModelState, t);
        await Input.CheckTransferAsync(db, null, time.Now, ModelState, t);
        if (!ModelState.IsValid) return await ShowAsync();
        var circle = new Circle();
        Input.Apply(circle);
        db.Circles.Add(circle);
        await db.SaveChangesAsync();
        TempData["Notice"] = t["The circle was started."].Value;
        return Redirect($"/circles/{circle.Id}");
    }

    private async Task<IActionResult> ShowAsync()
    {
        (QuebecCoFacilitator, FranceCoFacilitator) = await Input.PickersAsync(this, picks, t, circleId: null);
        return Page();
    }
}
