namespace Passerelles.Web.Features.Privacy.Transfers;

/// <summary>The transfer assessments of the organisations whose privacy the person answers for, with where each stands.</summary>
public sealed class TransfersModel(AppDbContext db, CurrentActor actors, ViewerTime time) : ListPageModel
{
    public const int PageSize = 25;

    public sealed record Row(Guid Id, string Quebec, string France, TransferPurposes Purposes, string Status, LocalDate ReviewOn);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public string PageLink(int page) => $"/privacy/transfers?p={page}";

    public async Task<IActionResult> OnGetAsync()
    {
        var actor = await actors.GetAsync();
        var duties = await db.TransferDutiesAsync(actor);
        if (!actor.KeepsTransfers(duties)) return Forbid();
        var assessments = db.TransferAssessments.AsNoTracking().VisibleTo(actor, duties);
        await CountPagesAsync(assessments, PageSize);
        var rows = await assessments.OrderBy(a => a.QuebecController.Name).ThenBy(a => a.FranceController.Name).ThenBy(a => a.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(a => new { a.Id, Quebec = a.QuebecController.Name, France = a.FranceController.Name, a.Purposes, a.ApprovedAt, a.ReviewOn })
            .ToListAsync();
        Rows = rows.Select(a => new Row(a.Id, a.Quebec, a.France, a.Purposes, TransferScope.Status(a.ApprovedAt is not null, a.ReviewOn, time.Now), a.ReviewOn)).ToList();
        return Page();
    }
}
