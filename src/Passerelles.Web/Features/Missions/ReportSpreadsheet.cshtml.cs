namespace Passerelles.Web.Features.Missions;

/// <summary>The report of a mission as a spreadsheet, made now, for those who see the whole mission.</summary>
public sealed class ReportSpreadsheetModel(AppDbContext db, CurrentActor actors, ViewerTime time, IStringLocalizer<Text> t) : PageModel
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public Task<IActionResult> OnGetAsync(Guid id) =>
        this.ReportFileAsync(db, actors, time, id, report => File(ReportSpreadsheet.Build(report, t), ContentType, report.FileName("xlsx")));
}
