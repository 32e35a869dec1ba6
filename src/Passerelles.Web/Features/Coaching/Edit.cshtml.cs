
namespace Passerelles.Web.Features.Coaching;

/// <summary>Corrects a logged session: open to the staff of the incubator that logged it, while they may coach every
/// project it coached (<see cref="SessionEditor.RefusalAsync"/>).</summary>
public sealed class EditModel(AppDbContext db, CurrentActor actors, ViewerTime time, IStringLocalizer<Text> t) : PageModel, ISessionPage
{
    [BindProperty] public SessionForm Input { get; set; } = new();

    public Guid SessionId { get; private set; }
    public SessionEditor Editor { get; private set; } = null!;

    private CoachingSession _session = null!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused) return refused;
        Input = SessionEditor.FormFor(_session, Editor.ProjectId);
        await Editor.LoadChoicesAsync(db, await actors.GetAsync(), time.ZoneId, Input.OtherProjectIds, _session.CoachId);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused) return refused;
        await Editor.LoadChoicesAsync(db, await actors.GetAsync(), time.ZoneId, Input.OtherProjectIds, _session.CoachId);
        Editor.Check(Input, ModelState, t);
        if (!ModelState.IsValid)
        {
            Input.AddBlankActionRows();
            return Page();
        }

        Editor.Apply(Input, _session, User.UserId()!.Value);
        if (!await db.SaveAtVersionAsync(_session, Input.Version, ModelState, t))
        {
            Input.AddBlankActionRows();
            return Page();
        }
        TempData["Notice"] = t["The changes to the session were saved."].Value;
        return Redirect($"/projects/{Editor.ProjectId}/coaching");
    }

    /// <summary>Tracks the session with its projects, participants and actions, or answers the refusal.</summary>
    private async Task<IActionResult?> LoadAsync(Guid id)
    {
        var session = await db.CoachingSessions
            .Include(s => s.Projects).Include(s => s.Participants).Include(s => s.Actions)
            .AsSplitQuery()
            .SingleOrDefaultAsync(s => s.Id == id);
        if (session is null) return NotFound();
        var actor = await actors.GetAsync();
        var projectIds = session.Projects.Select(p => p.ProjectId).ToList();
        if (await SessionEditor.RefusalAsync(db, actor, session.IncubatorId, projectIds) is { } refused) return refused;
        if (await SessionEditor.ForAsync(db, actor, projectIds[0], session.IncubatorId) is not { } editor) return Forbid();
        SessionId = id;
        Editor = editor;
        _session = session;
        return null;
    }
}
