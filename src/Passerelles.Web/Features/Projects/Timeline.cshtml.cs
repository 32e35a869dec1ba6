namespace Passerelles.Web.Features.Projects;

/// <summary>Everything that happened to a project, newest first and a page at a time, for those who may see it.</summary>
public sealed class TimelineModel(AppDbContext db, CurrentActor actors) : ListPageModel
{
    public const int PageSize = 50;

    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";
    public IReadOnlyList<ProjectTimeline.Event> Events { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var name = await db.Projects.AsNoTracking().VisibleTo(await actors.GetAsync()).Where(p => p.Id == id).Select(p => p.Name).SingleOrDefaultAsync();
        if (name is null) return NotFound();
        Id = id;
        Name = name;
        CountPages(await ProjectTimeline.CountAsync(db, id), PageSize);
        // The timeline merges several sources newest first, so a page is the tail of the latest events up to its end.
        var upToThisPage = await ProjectTimeline.LoadAsync(db, id, CultureInfo.CurrentUICulture.Name, PageNumber * PageSize);
        Events = upToThisPage.Skip((PageNumber - 1) * PageSize).ToList();
        return Page();
    }

    public string PageLink(int page) => QueryLink.ToPage($"/projects/{Id}/timeline", Request.Query, page);
}
