
namespace Passerelles.Web.Features.Programmes.Cohorts;

/// <summary>Opens a new cohort in a programme.</summary>
public sealed class NewModel(AppDbContext db, CurrentActor actors, IStringLocalizer<Text> t) : PageModel
{
    [BindProperty] public CohortForm Input { get; set; } = new();

    public Guid ProgrammeId { get; private set; }
    public string Programme { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid programmeId) => await FindAsync(programmeId) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid programmeId)
    {
        if (await FindAsync(programmeId) is { } refused) return refused;
        if (Input.Name is { } name && await db.Cohorts.AnyAsync(c => c.ProgrammeId == programmeId && c.Name == name.Trim()))
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Name)}", t["This programme already has a cohort of this name."]);
        if (!ModelState.IsValid) return Page();

        var cohort = new Cohort { ProgrammeId = programmeId };
        Input.ApplyTo(cohort);
        db.Cohorts.Add(cohort);
        await db.SaveChangesAsync();
        TempData["Notice"] = t["The cohort was created."].Value;
        return Redirect($"/programmes/{programmeId}");
    }

    private async Task<IActionResult?> FindAsync(Guid programmeId)
    {
        var programme = await db.Programmes.AsNoTracking().Where(p => p.Id == programmeId)
            .Select(p => new { p.Name, p.IncubatorId }).SingleOrDefaultAsync();
        if (programme is null) return NotFound();
        var actor = await actors.GetAsync();
        if (Refusals.Unless(actor.KnowsSetUpOf(programme.IncubatorId), actor.IsStaffOf(programme.IncubatorId)) is { } refused) return refused;
        ProgrammeId = programmeId;
        Programme = programme.Name;
        return null;
    }
}
