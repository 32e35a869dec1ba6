namespace Passerelles.Web.Features.Reports;

/// <summary>What changed since the previous version of a report: figures before → after, and texts rewritten.</summary>
public sealed class ChangesModel(AppDbContext db, CurrentActor actors) : PageModel
{
    public Report Report { get; private set; } = null!;
    public int? PreviousNumber { get; private set; }
    public IReadOnlyList<ReportChanges.FigureChange> Figures { get; private set; } = [];
    public IReadOnlyList<ReportChanges.TextChange> Texts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var actor = await actors.GetAsync();
        var (report, refusal) = await ReportAccess.LoadAsync(db, actor, id, manage: false);
        if (report is null) return refusal!;
        Report = report;
        if (report.PreviousId is { } previousId
            && await db.Reports.AsNoTracking().Where(r => r.Id == previousId).Select(r => new { r.Number, r.SnapshotJson }).SingleOrDefaultAsync() is { } previous)
        {
            PreviousNumber = previous.Number;
            (Figures, Texts) = ReportChanges.Between(ReportJson.Read(previous.SnapshotJson), report.Snapshot);
        }
        return Page();
    }
}
