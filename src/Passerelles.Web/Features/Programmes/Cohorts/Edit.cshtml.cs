
namespace Passerelles.Web.Features.Programmes.Cohorts;

/// <summary>Changes a cohort's name, dates or capacity.</summary>
public sealed class EditModel(AppDbContext db, CurrentActor actors, IStringLocalizer<Text> t) : PageModel
{
    [BindProperty] public CohortForm Input { get; set; } = new();

    public Guid ProgrammeId { get; private set; }
    public string Programme { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var cohort = await db.Cohorts.AsNoTracking().Include(c => c.Programme).SingleOrDefaultAsync(c => c.Id == id);
        if (cohort is null) return NotFound();
        var actor = await actors.GetAsync();
        if (Refusals.Unless(actor.KnowsSetUpOf(cohort.Programme.IncubatorId), actor.IsStaffOf(cohort.Programme.IncubatorId)) is { } refused) return refused;
        Input = CohortForm.From(cohort);
        Show(cohort);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var cohort = await db.Cohorts.Include(c => c.Programme).SingleOrDefaultAsync(c => c.Id == id);
        if (cohort is null) return NotFound();
        var actor = await actors.GetAsync();
        if (Refusals.Unless(actor.KnowsSetUpOf(cohort.Programme.IncubatorId), actor.IsStaffOf(cohort.Programme.IncubatorId)) is { } refused) return refused;
        Show(cohort);
        if (Input.Name is { } name && await db.Cohorts.AnyAsync(c => c.ProgrammeId == cohort.ProgrammeId && c.Id != id && c.Name == name.Trim()))
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Name)}", t["This programme already has a cohort of this name."]);
        if (!ModelState.IsValid) return Page();

        Input.ApplyTo(cohort);
        if (!await db.SaveAtVersionAsync(cohort, Input.Version, ModelState, t)) return Page();
        TempData["Notice"] = t["The changes to the cohort were saved."].Value;
        return Redirect($"/programmes/{cohort.ProgrammeId}");
    }

    private void Show(Cohort cohort)
    {
        ProgrammeId = cohort.ProgrammeId;
        Programme = cohort.Programme.Name;
    }
}
