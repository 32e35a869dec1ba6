using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Passerelles.Web.Data;
using Passerelles.Web.Features.Projects;
using Passerelles.Web.Infrastructure.Security;
using Passerelles.Web.Infrastructure.Time;

namespace Passerelles.Web.Features.Coaching;

/// <summary>Corrects a logged session: open to those who may coach every project it coached.</summary>
public sealed class EditModel(AppDbContext db, ViewerTime time, IStringLocalizer<Text> t) : PageModel, ISessionPage
{
    [BindProperty] public SessionForm Input { get; set; } = new();

    public Guid SessionId { get; private set; }
    public SessionEditor Editor { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id) is not { } session) return NotFound();
        Input = SessionEditor.FormFor(session, Editor.ProjectId);
        await Editor.LoadChoicesAsync(db, User, time.ZoneId, Input.OtherProjectIds, session.CoachId);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id) is not { } session) return NotFound();
        await Editor.LoadChoicesAsync(db, User, time.ZoneId, Input.OtherProjectIds, session.CoachId);
        Editor.Check(Input, ModelState, t);
        if (!ModelState.IsValid)
        {
            Input.AddBlankActionRows();
            return Page();
        }

        Editor.Apply(Input, session, User.UserId()!.Value);
        db.Entry(session).Property(s => s.Version).OriginalValue = Input.Version;
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", t["Someone else changed this record while you were editing it. Reload the page and make your change again."]);
            Input.AddBlankActionRows();
            return Page();
        }
        TempData["Notice"] = t["The changes to the session were saved."].Value;
        return Redirect($"/projects/{Editor.ProjectId}/coaching");
    }

    /// <summary>The session, tracked with its projects, participants and actions, when the person may coach all its projects.</summary>
    private async Task<CoachingSession?> LoadAsync(Guid id)
    {
        var session = await db.CoachingSessions
            .Include(s => s.Projects).Include(s => s.Participants).Include(s => s.Actions)
            .AsSplitQuery()
            .SingleOrDefaultAsync(s => s.Id == id);
        if (session is null) return null;
        var projectIds = session.Projects.Select(p => p.ProjectId).ToList();
        var coachable = await db.Projects.CoachableBy(db, User).Where(p => projectIds.Contains(p.Id)).Select(p => p.Id).ToListAsync();
        if (coachable.Count != projectIds.Count || projectIds.Count == 0) return null;
        if (await SessionEditor.ForAsync(db, User, projectIds[0], session.IncubatorId) is not { } editor) return null;
        SessionId = id;
        Editor = editor;
        return session;
    }
}
