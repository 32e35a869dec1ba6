namespace Passerelles.Web.Features.Projects;

/// <summary>A project's coaching log: its sessions, newest first, its actions and its total hours. A session is changed
/// only by the staff of the incubator that logged it (<see cref="ProjectRules.MayChangeCoachingSession"/>).</summary>
public sealed class CoachingModel(AppDbContext db, CurrentActor actors, ViewerTime time) : PageModel
{
    public const int PageSize = 20;

    public sealed record SessionRow(Guid Id, Instant StartsAt, int DurationMinutes, string Coach, CoachingKind Kind, string Topics,
        string Notes, IReadOnlyList<string> Participants, IReadOnlyList<string> OtherProjects, bool MayChange);

    public sealed record ActionRow(Guid Id, string Description, string Owner, LocalDate DueOn, Instant? DoneAt);

    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public Guid ProjectId { get; private set; }
    public Guid IncubatorId { get; private set; }
    public string ProjectName { get; private set; } = "";
    public bool MayCoach { get; private set; }
    public IReadOnlyList<SessionRow> Sessions { get; private set; } = [];
    public IReadOnlyList<ActionRow> OpenActions { get; private set; } = [];
    public IReadOnlyList<ActionRow> DoneActions { get; private set; } = [];
    public int SessionCount { get; private set; }
    public int PageCount { get; private set; }
    public decimal TotalHours { get; private set; }
    public int DoneCount { get; private set; }
    public decimal PlannedHours { get; private set; }
    public int PlannedCount { get; private set; }
    public LocalDate Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var actor = await actors.GetAsync();
        var project = await db.Projects.AsNoTracking().VisibleTo(actor).Where(p => p.Id == id)
            .Select(p => new { p.Id, p.Name, p.IncubatorId }).SingleOrDefaultAsync();
        if (project is null) return NotFound();
        ProjectId = project.Id;
        IncubatorId = project.IncubatorId;
        ProjectName = project.Name;
        var coachable = db.Projects.CoachableBy(actor).Select(p => p.Id);
        MayCoach = await coachable.ContainsAsync(id);
        Today = time.InViewerZone(time.Now).Date;

        var sessions = db.CoachingSessionProjects.AsNoTracking().Where(sp => sp.ProjectId == id);
        SessionCount = await sessions.CountAsync();
        var times = await db.CoachingSessions.AsNoTracking()
            .Where(s => s.Projects.Any(p => p.ProjectId == id)).Select(s => new { s.StartsAt, s.DurationMinutes }).ToListAsync();
        var done = times.Where(s => CoachingHours.HasTakenPlace(s.StartsAt, s.DurationMinutes, time.Now)).ToList();
        TotalHours = CoachingHours.ToHours(done.Sum(s => s.DurationMinutes));
        DoneCount = done.Count;
        PlannedHours = CoachingHours.ToHours(times.Sum(s => s.DurationMinutes)) - TotalHours;
        PlannedCount = times.Count - done.Count;
        PageCount = Math.Max(1, (SessionCount + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        var page = await sessions
            .OrderByDescending(sp => sp.StartsAt).ThenBy(sp => sp.SessionId)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(sp => sp.SessionId)
            .ToListAsync();
        var rows = await db.CoachingSessions.AsNoTracking().Where(s => page.Contains(s.Id))
            .Select(s => new
            {
                s.Id, s.StartsAt, s.DurationMinutes, Coach = s.Coach.DisplayName, s.Kind, s.Topics, s.Notes,
                Participants = s.Participants.OrderBy(p => p.Name).Select(p => p.Name).ToList(),
                Others = s.Projects.Where(p => p.ProjectId != id).Select(p => p.Project.Name).ToList(),
                s.IncubatorId,
                CoachesAll = s.Projects.All(p => coachable.Contains(p.ProjectId)),
            })
            .ToListAsync();
        Sessions = rows.OrderByDescending(s => s.StartsAt)
            .Select(s => new SessionRow(s.Id, s.StartsAt, s.DurationMinutes, s.Coach, s.Kind, s.Topics, SafeMarkdown.ToHtml(s.Notes), s.Participants, s.Others,
                s.CoachesAll && actor.MayChangeCoachingSession(s.IncubatorId)))
            .ToList();

        var actions = await db.CoachingActions.AsNoTracking().Where(a => a.ProjectId == id)
            .OrderBy(a => a.DueOn).ThenBy(a => a.Id)
            .Select(a => new ActionRow(a.Id, a.Description, a.Owner.DisplayName, a.DueOn, a.DoneAt))
            .ToListAsync();
        OpenActions = actions.Where(a => a.DoneAt is null).ToList();
        DoneActions = actions.Where(a => a.DoneAt is not null).OrderByDescending(a => a.DoneAt).ToList();
        return Page();
    }

    public string PageLink(int page) => QueryLink.ToPage($"/projects/{ProjectId}/coaching", Request.Query, page);
}
