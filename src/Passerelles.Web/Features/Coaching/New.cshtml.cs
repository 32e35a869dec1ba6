using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using NodaTime;
using Passerelles.Web.Data;
using Passerelles.Web.Features.Projects;
using Passerelles.Web.Infrastructure.Security;
using Passerelles.Web.Infrastructure.Time;

namespace Passerelles.Web.Features.Coaching;

/// <summary>Logs a coaching session for a project, by its incubator's staff or a partner's coach under a share.</summary>
public sealed class NewModel(AppDbContext db, ViewerTime time, IStringLocalizer<Text> t) : PageModel, ISessionPage
{
    [BindProperty(SupportsGet = true, Name = "project")] public Guid ProjectId { get; set; }
    [BindProperty] public SessionForm Input { get; set; } = new();

    public SessionEditor Editor { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await SessionEditor.ForAsync(db, User, ProjectId) is not { } editor) return NotFound();
        Editor = editor;
        var now = SessionTime.Local(time.Now, editor.DefaultTimeZoneId);
        Input = new SessionForm
        {
            Date = now.Date.ToDateOnly(), Time = new TimeOnly(now.Hour, 0), TimeZoneId = editor.DefaultTimeZoneId,
            DurationMinutes = 60, CoachId = User.UserId(),
        };
        Input.AddBlankActionRows();
        await editor.LoadChoicesAsync(db, User, time.ZoneId, Input.OtherProjectIds, null);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await SessionEditor.ForAsync(db, User, ProjectId) is not { } editor) return NotFound();
        Editor = editor;
        await editor.LoadChoicesAsync(db, User, time.ZoneId, Input.OtherProjectIds, null);
        editor.Check(Input, ModelState, t);
        if (!ModelState.IsValid)
        {
            Input.AddBlankActionRows();
            return Page();
        }

        var session = new CoachingSession();
        editor.Apply(Input, session, User.UserId()!.Value);
        db.CoachingSessions.Add(session);
        await db.SaveChangesAsync();
        TempData["Notice"] = t["The coaching session was logged."].Value;
        return Redirect($"/projects/{ProjectId}/coaching");
    }
}
