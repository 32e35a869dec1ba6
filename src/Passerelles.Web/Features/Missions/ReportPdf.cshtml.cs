namespace Passerelles.Web.Features.Missions;

/// <summary>The report of a mission as a PDF document, made now, for those who see the whole mission.</summary>
public sealed class ReportPdfModel(AppDbContext db, CurrentActor actors, ViewerTime time, IStringLocalizer<Text> t) : PageModel
{
    public Task<IActionResult> OnGetAsync(Guid id) =>
        this.ReportFileAsync(db, actors, time, id, report => File(ReportPdf.Build(report, t), "application/pdf", report.FileName("pdf")));
}

public static class ReportFiles
{
    /// <summary>The report made into a file, never kept by a cache; 404 for whoever does not see the whole mission.</summary>
    public static async Task<IActionResult> ReportFileAsync(this PageModel page, AppDbContext db, CurrentActor actors, ViewerTime time, Guid id,
        Func<MissionReport, IActionResult> file)
    {
        var (report, refusal) = await MissionReport.LoadAsync(db, await actors.GetAsync(), time, id);
        if (report is null) return refusal!;
        page.Response.Headers.CacheControl = "private, no-store";
        return file(report);
    }
}
