namespace Passerelles.Web.Features.Privacy.Requests;

/// <summary>The signed-in person's own privacy requests, with where each stands and when it is due.</summary>
[Authorize]
public sealed class MyRequestsModel(AppDbContext db) : PageModel
{
    public sealed record Row(Guid Id, PrivacyRequestKind Kind, string Controller, Instant ReceivedAt, LocalDate DueOn, PrivacyRequestStatus Status, string Answer);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var userId = User.UserId();
        Rows = await db.PrivacyRequests.AsNoTracking().Where(r => r.Person.UserId == userId)
            .OrderByDescending(r => r.ReceivedAt).ThenBy(r => r.Id).Take(200)
            .Select(r => new Row(r.Id, r.Kind, r.Controller.Name, r.ReceivedAt, r.DueOn, r.Status, r.Answer))
            .ToListAsync();
    }
}
