using Passerelles.Web.Features.Home;

namespace Passerelles.Web.Features.Coaching;

/// <summary>All the open actions the person owns, earliest due (so overdue) first.</summary>
public sealed class MyActionsModel(AppDbContext db, ViewerTime time) : ListPageModel
{
    public const int PageSize = 25;

    public IReadOnlyList<Dashboards.ActionRow> Actions { get; private set; } = [];
    public LocalDate Today { get; private set; }

    public async Task OnGetAsync()
    {
        Today = time.InViewerZone(time.Now).Date;
        var userId = User.UserId();
        var mine = db.CoachingActions.AsNoTracking().Where(a => a.OwnerId == userId && a.DoneAt == null);
        await CountPagesAsync(mine, PageSize);
        Actions = await mine.OrderBy(a => a.DueOn).ThenBy(a => a.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(a => new Dashboards.ActionRow(a.Id, a.Description, a.ProjectId, a.Project.Name, a.Owner.DisplayName, a.DueOn))
            .ToListAsync();
    }

    public string PageLink(int page) => QueryLink.ToPage("/coaching/my-actions", Request.Query, page);
}
