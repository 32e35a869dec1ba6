namespace Passerelles.Web.Features.Privacy;

/// <summary>The audit trail of who read or exported personal data, newest first, for the network administrators.</summary>
[Authorize(Policy = Policies.NetworkAdministrator)]
public sealed class AccessLogModel(AppDbContext db, ViewerTime time) : ListPageModel
{
    public const int PageSize = 50;
    public const string Path = "/privacy/access-log";

    /// <summary>A line of the trail; the reader's or the person's name is missing once their record is gone. A placement's
    /// document names its kind and the placement's student.</summary>
    public sealed record Row(Instant At, string? Reader, string? ReaderEmail, PersonalDataAccessKind Kind, Guid? PersonId, string? Person, string Export,
        Guid? PlacementId, string Document, string? Student);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var log = db.PersonalDataAccessLog.AsNoTracking();
        await CountPagesAsync(log, PageSize);
        Rows = await log
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Skip((PageNumber - 1) * PageSize)
            .Take(PageSize)
            .Select(a => new Row(
                a.At,
                db.Users.Where(u => u.Id == a.UserId).Select(u => u.DisplayName).FirstOrDefault(),
                db.Users.Where(u => u.Id == a.UserId).Select(u => u.Email).FirstOrDefault(),
                a.Kind,
                a.PersonId,
                db.People.Where(p => p.Id == a.PersonId).Select(p => p.DisplayName).FirstOrDefault(),
                a.Export,
                a.PlacementId,
                a.Document,
                db.Placements.Where(p => p.Id == a.PlacementId).Select(p => p.Student.DisplayName).FirstOrDefault()))
            .ToListAsync();
    }

    public string When(Instant instant) => time.DateTime(instant);

    public string PageLink(int page) => QueryLink.ToPage(Path, Request.Query, page);
}
