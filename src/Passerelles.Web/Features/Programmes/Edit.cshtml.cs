
namespace Passerelles.Web.Features.Programmes;

/// <summary>Renames or redescribes a programme; it stays with its incubator.</summary>
public sealed class EditModel(AppDbContext db, CurrentActor actors, IStringLocalizer<Text> t) : PageModel
{
    [BindProperty] public ProgrammeForm Input { get; set; } = new();

    public Guid Id { get; private set; }
    public string Incubator { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var programme = await db.Programmes.AsNoTracking().Include(p => p.Incubator).SingleOrDefaultAsync(p => p.Id == id);
        if (programme is null) return NotFound();
        var actor = await actors.GetAsync();
        if (Refusals.Unless(actor.KnowsSetUpOf(programme.IncubatorId), actor.IsStaffOf(programme.IncubatorId)) is { } refused) return refused;
        Input = ProgrammeForm.From(programme);
        Show(programme);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var programme = await db.Programmes.Include(p => p.Incubator).SingleOrDefaultAsync(p => p.Id == id);
        if (programme is null) return NotFound();
        var actor = await actors.GetAsync();
        if (Refusals.Unless(actor.KnowsSetUpOf(programme.IncubatorId), actor.IsStaffOf(programme.IncubatorId)) is { } refused) return refused;
        Show(programme);
        if (Input.Name is { } name && await db.Programmes.AnyAsync(p => p.IncubatorId == programme.IncubatorId && p.Id != id && p.Name == name.Trim()))
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Name)}", t["This incubator already has a programme of this name."]);
        if (!ModelState.IsValid) return Page();

        Input.ApplyTo(programme);
        if (!await db.SaveAtVersionAsync(programme, Input.Version, ModelState, t)) return Page();
        TempData["Notice"] = t["The changes to the programme were saved."].Value;
        return Redirect($"/programmes/{id}");
    }

    private void Show(Programme programme)
    {
        Id = programme.Id;
        Incubator = programme.Incubator.Name;
    }
}
