namespace Passerelles.Web.Features.Mobility;

/// <summary>The mobility programmes (LOJIQ's internships, OFQJ's) with their rules, for those who manage them.</summary>
public sealed class ProgrammesModel(AppDbContext db, CurrentActor actors) : PageModel
{
    public sealed record Row(Guid Id, string Name, string? Funder, int MinimumAge, int MaximumAge, int MinimumMonths, int MaximumMonths, int Questions);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!(await actors.GetAsync()).ManagesProgrammes()) return Forbid();
        Rows = await db.MobilityProgrammes.AsNoTracking().OrderBy(p => p.Name)
            .Select(p => new Row(p.Id, p.Name, p.FunderOrganisation != null ? p.FunderOrganisation.Name : null, p.MinimumAge, p.MaximumAge,
                p.MinimumMonths, p.MaximumMonths, p.Questions.Count))
            .ToListAsync();
        return Page();
    }
}
