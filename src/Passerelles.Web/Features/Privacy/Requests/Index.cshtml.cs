namespace Passerelles.Web.Features.Privacy.Requests;

/// <summary>The requests of the organisations whose privacy the person answers for: open ones first, soonest due first,
/// with the days left counted in each controller's zone.</summary>
public sealed class RequestsModel(AppDbContext db, CurrentActor actors, TimeProvider clock) : ListPageModel
{
    public const int PageSize = 25;

    public sealed record Row(Guid Id, PrivacyRequestKind Kind, string Person, string Controller, LocalDate DueOn, int DaysLeft, PrivacyRequestStatus Status);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public string PageLink(int page) => $"/privacy/requests?p={page}";

    public static string StatusText(PrivacyRequestStatus status) => status switch
    {
        PrivacyRequestStatus.Open => "Open",
        PrivacyRequestStatus.Answered => "Answered",
        _ => "Refused",
    };

    public static string Countdown(int daysLeft) => daysLeft switch
    {
        < 0 => "Overdue",
        0 => "Due today",
        1 => "{0} day left",
        _ => "{0} days left",
    };

    public async Task<IActionResult> OnGetAsync()
    {
        var duties = await db.PrivacyDutiesAsync(await actors.GetAsync());
        if (duties.Count == 0) return Forbid();
        var requests = db.PrivacyRequests.AsNoTracking().Where(r => duties.Contains(r.ControllerId));
        await CountPagesAsync(requests, PageSize);
        var now = Instant.FromDateTimeOffset(clock.GetUtcNow());
        var rows = await requests.OrderBy(r => r.Status == PrivacyRequestStatus.Open ? 0 : 1).ThenBy(r => r.DueOn).ThenBy(r => r.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(r => new { r.Id, r.Kind, Person = r.Person.DisplayName, Controller = r.Controller.Name, r.Controller.Side, r.DueOn, r.Status })
            .ToListAsync();
        Rows = rows.Select(r => new Row(r.Id, r.Kind, r.Person, r.Controller, r.DueOn, RequestDeadline.DaysLeft(r.Side, r.DueOn, now), r.Status)).ToList();
        return Page();
    }
}
