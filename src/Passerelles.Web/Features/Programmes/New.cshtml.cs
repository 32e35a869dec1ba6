
namespace Passerelles.Web.Features.Programmes;

/// <summary>Creates a programme for one of the incubators the person is staff of.</summary>
public sealed class NewModel(AppDbContext db, CurrentActor actors, OrganisationPicks picks, IStringLocalizer<Text> t) : PageModel
{
    [BindProperty] public ProgrammeForm Input { get; set; } = new();

    public Picker Incubator { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid? incubator)
    {
        var staffed = await StaffedAsync();
        if (staffed.Count == 0) return Forbid();
        Input.IncubatorId = incubator ?? (staffed.Count == 1 ? staffed[0] : null);
        return await ShowAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if ((await StaffedAsync()).Count == 0) return Forbid();
        if (this.IsSearchStep()) return await ShowAsync();
        var field = $"{nameof(Input)}.{nameof(Input.IncubatorId)}";
        var staffed = db.Organisations.StaffedBy(await actors.GetAsync());
        if (Input.IncubatorId is not { } incubatorId)
            ModelState.AddModelError(field, t["This field is required."]);
        else if (!await staffed.AnyAsync(o => o.Id == incubatorId))
            ModelState.AddModelError(field, t["You are not on the staff of this incubator."]);
        else if (Input.Name is { } name && await db.Programmes.AnyAsync(p => p.IncubatorId == incubatorId && p.Name == name.Trim()))
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Name)}", t["This incubator already has a programme of this name."]);
        if (!ModelState.IsValid) return await ShowAsync();

        var programme = new Programme { IncubatorId = Input.IncubatorId!.Value };
        Input.ApplyTo(programme);
        db.Programmes.Add(programme);
        await db.SaveChangesAsync();
        TempData["Notice"] = t["The programme was created. Add its cohorts."].Value;
        return Redirect($"/programmes/{programme.Id}");
    }

    private async Task<IActionResult> ShowAsync()
    {
        Incubator = await picks.PickerAsync(this, $"{nameof(Input)}.{nameof(Input.IncubatorId)}", t["Incubator"], Input.IncubatorId, only: OrganisationPick.StaffedIncubators);
        return Page();
    }

    /// <summary>Two of the incubators the person is on the staff of, at most: whether there is none, one or more.</summary>
    private async Task<List<Guid>> StaffedAsync() =>
        await db.Organisations.StaffedBy(await actors.GetAsync()).OrderBy(o => o.SearchName).Select(o => o.Id).Take(2).ToListAsync();
}
