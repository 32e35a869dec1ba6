using Passerelles.Web.Features.Home;
using Passerelles.Web.Infrastructure;

namespace Passerelles.Web.Features.Coaching;

/// <summary>All the open actions the person owns, earliest due (so overdue) first.</summary>
public sealed class MyActionsModel(AppDbContext db, ViewerTime time) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Dashboards.ActionRow> Actions { get; private set; } = [];
    public int PageCount { get; private set; }
    public LocalDate Today { get; private set; }

    public async Task OnGetAsync()
    {
        Today = time.InViewerZone(time.Now).Date;
        var userId = User.UserId();
        var mine = db.CoachingActions.AsNoTracking().Where(a => a.OwnerId == userId && a.DoneAt == null);
        var total = await mine.CountAsync();
        PageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Actions = await mine.OrderBy(a => a.DueOn).ThenBy(a => a.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(a => new Dashboards.ActionRow(a.Id, a.Description, a.ProjectId, a.Project.Name, a.Owner.DisplayName, a.DueOn))
            .ToListAsync();
    }

    public string PageLink(int page) => QueryLink.ToPage("/coaching/my-actions", Request.Query, page);
}
