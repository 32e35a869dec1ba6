namespace Passerelles.Web.Features.Reports;

/// <summary>Freezing a reviewed report, once confirmed: its figures and texts no longer move, and the funder's guests
/// are told they can read it.</summary>
public sealed class FreezeModel(AppDbContext db, CurrentActor actors, ViewerTime time, ReportNotices notices, IStringLocalizer<Text> t) : PageModel
{
    public Report Report { get; private set; } = null!;
    public string Title => Report.Snapshot.Title.ForCurrentCulture();

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var (report, refusal) = await ReportAccess.LoadAsync(db, await actors.GetAsync(), id, manage: true);
        if (report is null) return refusal!;
        Report = report;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var actor = await actors.GetAsync();
        var (report, refusal) = await ReportAccess.LoadAsync(db, actor, id, manage: true, tracked: true);
        if (report is null) return refusal!;
        Report = report;
        if (!report.MayFreeze) return Page();
        report.Freeze(actor.UserId!.Value, time.Now);
        await db.SaveChangesAsync();
        await notices.FrozenAsync(Request, report);
        TempData["Notice"] = t["The report is frozen."].Value;
        return Redirect(ReportAccess.Address(id));
    }
}
