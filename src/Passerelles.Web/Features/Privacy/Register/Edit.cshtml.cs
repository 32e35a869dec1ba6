namespace Passerelles.Web.Features.Privacy.Register;

/// <summary>An entry of the register, as its organisation's officers keep it: its wording, ground, recipients, transfers
/// and retention. Two officers editing at once: the second save is refused and shows the entry as it now is.</summary>
public sealed class EditActivityModel(AppDbContext db, CurrentActor actors, IStringLocalizer<Text> t) : PageModel
{
    [BindProperty] public ActivityForm Input { get; set; } = new();

    public string Organisation { get; private set; } = "";
    public Side Side { get; private set; }
    public string Purpose { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await FindAsync(id) is not { } activity) return NotFound();
        Input = ActivityForm.From(activity, activity.Controller.Side);
        return Show(activity);
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await FindAsync(id) is not { } activity) return NotFound();
        var side = activity.Controller.Side;
        Input.CheckFor(side, ModelState, t);
        if (!ModelState.IsValid) return Show(activity);
        Input.ApplyTo(activity, side);
        if (!await db.SaveAtVersionAsync(activity, Input.Version, ModelState, t))
            return await FindAsync(id) is { } current ? Show(current) : NotFound();
        TempData["Notice"] = t["The register entry was saved."].Value;
        return Redirect($"/privacy/register/{id}");
    }

    private async Task<ProcessingActivity?> FindAsync(Guid id) =>
        await db.ProcessingActivities.VisibleTo(db, await actors.GetAsync()).Include(a => a.Controller).SingleOrDefaultAsync(a => a.Id == id);

    private PageResult Show(ProcessingActivity activity)
    {
        (Organisation, Side, Purpose) = (activity.Controller.Name, activity.Controller.Side, activity.Name.ForCurrentCulture());
        return Page();
    }
}
