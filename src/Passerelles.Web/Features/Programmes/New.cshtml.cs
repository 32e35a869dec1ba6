using Passerelles.Web.Features.Projects;

namespace Passerelles.Web.Features.Programmes;

/// <summary>Creates a programme for one of the incubators the person is staff of.</summary>
public sealed class NewModel(AppDbContext db, CurrentActor actors, IStringLocalizer<Text> t) : PageModel
{
    [BindProperty] public ProgrammeForm Input { get; set; } = new();

    public IReadOnlyList<(Guid Id, string Name)> Incubators { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid? incubator)
    {
        Incubators = await IncubatorsAsync();
        if (Incubators.Count == 0) return Forbid();
        Input.IncubatorId = incubator ?? (Incubators.Count == 1 ? Incubators[0].Id : null);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Incubators = await IncubatorsAsync();
        if (Incubators.Count == 0) return Forbid();
        var field = $"{nameof(Input)}.{nameof(Input.IncubatorId)}";
        if (Input.IncubatorId is not { } incubatorId)
            ModelState.AddModelError(field, t["This field is required."]);
        else if (Incubators.All(i => i.Id != incubatorId))
            ModelState.AddModelError(field, t["You are not on the staff of this incubator."]);
        else if (Input.Name is { } name && await db.Programmes.AnyAsync(p => p.IncubatorId == incubatorId && p.Name == name.Trim()))
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Name)}", t["This incubator already has a programme of this name."]);
        if (!ModelState.IsValid) return Page();

        var programme = new Programme { IncubatorId = Input.IncubatorId!.Value };
        Input.ApplyTo(programme);
        db.Programmes.Add(programme);
        await db.SaveChangesAsync();
        TempData["Notice"] = t["The programme was created. Add its cohorts."].Value;
        return Redirect($"/programmes/{programme.Id}");
    }

    private async Task<IReadOnlyList<(Guid Id, string Name)>> IncubatorsAsync() =>
        (await db.Organisations.AsNoTracking().StaffedBy(await actors.GetAsync()).OrderBy(o => o.SearchName).Select(o => new { o.Id, o.Name }).ToListAsync())
        .Select(o => (o.Id, o.Name)).ToList();
}
