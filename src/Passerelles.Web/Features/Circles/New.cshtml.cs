namespace Passerelles.Web.Features.Circles;

/// <summary>Starts a circle with its two co-facilitators, who become its first members.</summary>
public sealed class NewModel(AppDbContext db, CurrentActor actors, IStringLocalizer<Text> t) : PageModel, ICircleFormPage
{
    [BindProperty] public CircleForm Input { get; set; } = new();
    public IReadOnlyList<CirclePeople.Person> QuebecPeople { get; private set; } = [];
    public IReadOnlyList<CirclePeople.Person> FrancePeople { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!(await actors.GetAsync()).MayStartCircle()) return Forbid();
        await LoadPeopleAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!(await actors.GetAsync()).MayStartCircle()) return Forbid();
        await Input.CheckFacilitatorsAsync(db, ModelState, t);
        if (!ModelState.IsValid)
        {
            await LoadPeopleAsync();
            return Page();
        }
        var circle = new Circle();
        Input.Apply(circle);
        db.Circles.Add(circle);
        await db.SaveChangesAsync();
        TempData["Notice"] = t["The circle was started."].Value;
        return Redirect($"/circles/{circle.Id}");
    }

    private async Task LoadPeopleAsync()
    {
        QuebecPeople = await CirclePeople.OfSideAsync(db, Side.Quebec);
        FrancePeople = await CirclePeople.OfSideAsync(db, Side.France);
    }
}
