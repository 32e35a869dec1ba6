namespace Passerelles.Web.Features.Privacy.Incidents;

/// <summary>The register of confidentiality incidents of the organisations the person manages, most recently known
/// first, with where each stands with the authority.</summary>
public sealed class IncidentsModel(AppDbContext db, CurrentActor actors, TimeProvider clock) : ListPageModel
{
    public const int PageSize = 25;

    public sealed record ClockView(Side Side, NotificationClock Clock);

    public sealed record Row(Guid Id, string Summary, string Organisation, Instant AwareAt, int PeopleAffected, ClockView Clock);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public string PageLink(int page) => $"/privacy/incidents?p={page}";

    public async Task<IActionResult> OnGetAsync()
    {
        var actor = await actors.GetAsync();
        if (!await db.KeepsAnyRegisterAsync(actor)) return Forbid();
        var now = Instant.FromDateTimeOffset(clock.GetUtcNow());
        var incidents = db.PrivacyIncidents.AsNoTracking().VisibleTo(db, actor);
        await CountPagesAsync(incidents, PageSize);
        var rows = await incidents.OrderByDescending(i => i.AwareAt).ThenBy(i => i.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(i => new { i.Id, i.Summary, Organisation = i.Controller.Name, i.Controller.Side, i.AwareAt, i.PeopleAffectedCount, i.AuthorityNotifiedAt, i.NotNotifiedReason })
            .ToListAsync();
        Rows = rows.Select(i => new Row(i.Id, i.Summary, i.Organisation, i.AwareAt, i.PeopleAffectedCount,
            new ClockView(i.Side, NotificationClock.For(i.Side, i.AwareAt, i.AuthorityNotifiedAt, i.NotNotifiedReason, now)))).ToList();
        return Page();
    }
}
