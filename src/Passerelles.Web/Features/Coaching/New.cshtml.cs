
namespace Passerelles.Web.Features.Coaching;

/// <summary>Logs a coaching session for a project, by its incubator's staff or a partner's coach under a share: not found
/// to whoever may not see the project, forbidden to whoever sees it without coaching it, or when it is archived.</summary>
public sealed class NewModel(AppDbContext db, CurrentActor actors, IAuthorizationService authorization, ViewerTime time, IStringLocalizer<Text> t)
    : PageModel, ISessionPage
{
    [BindProperty(SupportsGet = true, Name = "project")] public Guid ProjectId { get; set; }
    [BindProperty] public SessionForm Input { get; set; } = new();

    public SessionEditor Editor { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync() is { } refused) return refused;
        var now = SessionTime.Local(time.Now, Editor.DefaultTimeZoneId);
        Input = new SessionForm
        {
            Date = now.Date.ToDateOnly(), Time = new TimeOnly(now.Hour, 0), TimeZoneId = Editor.DefaultTimeZoneId,
            DurationMinutes = 60, CoachId = User.UserId(),
        };
        Input.AddBlankActionRows();
        await Editor.LoadChoicesAsync(db, await actors.GetAsync(), time.ZoneId, Input.OtherProjectIds, null);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is { } refused) return refused;
        await Editor.LoadChoicesAsync(db, await actors.GetAsync(), time.ZoneId, Input.OtherProjectIds, null);
        Editor.Check(Input, ModelState, t);
        if (!ModelState.IsValid)
        {
            Input.AddBlankActionRows();
            return Page();
        }

        var session = new CoachingSession();
        Editor.Apply(Input, session, User.UserId()!.Value);
        db.CoachingSessions.Add(session);
        await db.SaveChangesAsync();
        TempData["Notice"] = t["The coaching session was logged."].Value;
        return Redirect($"/projects/{ProjectId}/coaching");
    }

    private async Task<IActionResult?> LoadAsync()
    {
        if (await authorization.RefusalAsync(User, new ProjectResource(ProjectId), Operations.Edit) is { } refused) return refused;
        if (await SessionEditor.ForAsync(db, await actors.GetAsync(), ProjectId) is not { } editor) return Forbid();
        Editor = editor;
        return null;
    }
}
