namespace Passerelles.Web.Features.Privacy.Register;

/// <summary>The register of processing of the organisations whose privacy the person answers for, by organisation and
/// purpose.</summary>
public sealed class RegisterModel(AppDbContext db, CurrentActor actors) : ListPageModel
{
    public const int PageSize = 25;

    public sealed record Row(Guid Id, string Organisation, Side Side, LocalisedText Name, LegalBasis LegalBasis, int RetentionMonths,
        LocalisedText RetentionFrom, RetentionAction AtExpiry, Side? TransferredTo);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public string PageLink(int page) => $"/privacy/register?p={page}";

    public async Task<IActionResult> OnGetAsync()
    {
        var actor = await actors.GetAsync();
        if (!await db.KeepsAnyRegisterAsync(actor)) return Forbid();
        var activities = db.ProcessingActivities.AsNoTracking().VisibleTo(db, actor);
        await CountPagesAsync(activities, PageSize);
        Rows = await activities.OrderBy(a => a.Controller.SearchName).ThenBy(a => a.Purpose).ThenBy(a => a.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(a => new Row(a.Id, a.Controller.Name, a.Controller.Side, a.Name, a.LegalBasis, a.RetentionMonths, a.RetentionFrom, a.AtExpiry, a.TransferredTo))
            .ToListAsync();
        return Page();
    }
}
