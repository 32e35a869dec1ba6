
namespace Passerelles.Web.Features.Coaching;

/// <summary>Deletes a session logged by mistake, with its participants and actions, after confirmation: for the staff of
/// the incubator that logged it (<see cref="SessionEditor.RefusalAsync"/>).</summary>
public sealed class DeleteModel(AppDbContext db, CurrentActor actors, IStringLocalizer<Text> t) : PageModel
{
    public Instant StartsAt { get; private set; }
    public string Coach { get; private set; } = "";
    public IReadOnlyList<string> Projects { get; private set; } = [];
    public Guid ReturnProjectId { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id) => await FindAsync(id) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await FindAsync(id) is { } refused) return refused;
        var session = await db.CoachingSessions.SingleAsync(s => s.Id == id);
        db.CoachingSessions.Remove(session);
        await db.SaveChangesAsync();
        TempData["Notice"] = t["The coaching session was deleted."].Value;
        return Redirect($"/projects/{ReturnProjectId}/coaching");
    }

    private async Task<IActionResult?> FindAsync(Guid id)
    {
        var session = await db.CoachingSessions.AsNoTracking().Where(s => s.Id == id)
            .Select(s => new
            {
                s.StartsAt, s.IncubatorId, Coach = s.Coach.DisplayName,
                Projects = s.Projects.OrderBy(p => p.Project.SearchName).Select(p => new { p.ProjectId, p.Project.Name }).ToList(),
            })
            .SingleOrDefaultAsync();
        if (session is null) return NotFound();
        var ids = session.Projects.Select(p => p.ProjectId).ToList();
        if (await SessionEditor.RefusalAsync(db, await actors.GetAsync(), session.IncubatorId, ids) is { } refused) return refused;
        StartsAt = session.StartsAt;
        Coach = session.Coach;
        Projects = session.Projects.Select(p => p.Name).ToList();
        ReturnProjectId = ids[0];
        return null;
    }
}
