namespace Passerelles.Web.Features.Missions;

/// <summary>The report of a mission, made from its record each time it is opened, for those who see the whole
/// mission; printable, and offered as a PDF and a spreadsheet.</summary>
public sealed class ReportModel(AppDbContext db, CurrentActor actors, ViewerTime time) : PageModel
{
    public MissionReport Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var (report, refusal) = await MissionReport.LoadAsync(db, await actors.GetAsync(), time, id);
        if (report is null) return refusal!;
        Report = report;
        return Page();
    }
}
