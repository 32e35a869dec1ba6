using NodaTime.Text;

namespace Passerelles.Web.Features.Mobility;

/// <summary>The association's staff give how many units of a type the residence has from a month on; a figure for the
/// same type and month replaces the one there.</summary>
public sealed class CapacityModel(AppDbContext db, CurrentActor actors, IStringLocalizer<Text> t) : PageModel
{
    public const int MaxUnits = 5000;

    public sealed class Form
    {
        [Required]
        [Display(Name = "Unit type")]
        public UnitType? UnitType { get; set; }

        [Required]
        [Display(Name = "From the month")]
        public string? From { get; set; }

        [Required]
        [Range(0, MaxUnits)]
        [Display(Name = "Units")]
        public int? Units { get; set; }
    }

    [BindProperty] public Form Input { get; set; } = new();
    public Residence Residence { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var (residence, refusal) = await HousingAccess.ResidenceAsync(db, await actors.GetAsync(), id, change: true);
        if (residence is null) return refusal!;
        Residence = residence;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var (residence, refusal) = await HousingAccess.ResidenceAsync(db, await actors.GetAsync(), id, change: true);
        if (residence is null) return refusal!;
        Residence = residence;
        var month = Input.From is { } text ? YearMonthPattern.Iso.Parse(text) : null;
        if (month is { Success: false }) ModelState.AddModelError("Input.From", t["Give a month as 2027-03."]);
        if (!ModelState.IsValid) return Page();

        var from = month!.Value.OnDayOfMonth(1);
        if (residence.Capacities.SingleOrDefault(c => c.UnitType == Input.UnitType && c.From == from) is { } existing) existing.Units = Input.Units!.Value;
        else residence.Capacities.Add(new ResidenceCapacity { ResidenceId = id, UnitType = Input.UnitType!.Value, From = from, Units = Input.Units!.Value });
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException exception) when (UniqueViolation.Is(exception))
        {
            ModelState.AddModelError("", t[VersionedSave.ChangedMeanwhile]);
            return Page();
        }
        TempData["Notice"] = t["The units were saved."].Value;
        return Redirect($"/mobility/residences/{id}/capacity");
    }
}
