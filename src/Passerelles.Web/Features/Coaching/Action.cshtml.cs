using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NodaTime;
using Passerelles.Web.Data;
using Passerelles.Web.Features.Projects;
using Passerelles.Web.Infrastructure.Security;
using Passerelles.Web.Infrastructure.Time;

namespace Passerelles.Web.Features.Coaching;

/// <summary>One action agreed in a session: its owner, or anyone who may coach its project, marks it done or reopens it.</summary>
public sealed class ActionModel(AppDbContext db, ViewerTime time, IStringLocalizer<Text> t) : PageModel
{
    public sealed record View(Guid Id, Guid ProjectId, string Project, string Description, string Owner, LocalDate DueOn, Instant? DoneAt);

    [BindProperty(SupportsGet = true, Name = "returnUrl")] public string? ReturnUrl { get; set; }

    public View Action { get; private set; } = null!;
    public LocalDate Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id) => await FindAsync(id) ? Page() : NotFound();

    public Task<IActionResult> OnPostDoneAsync(Guid id) => ChangeAsync(id, action => action.MarkDone(time.Now), "The action is marked done.");

    public Task<IActionResult> OnPostReopenAsync(Guid id) => ChangeAsync(id, action => action.Reopen(), "The action is open again.");

    private async Task<IActionResult> ChangeAsync(Guid id, Action<CoachingAction> change, string notice)
    {
        if (!await FindAsync(id)) return NotFound();
        var action = await db.CoachingActions.SingleAsync(a => a.Id == id);
        change(action);
        await db.SaveChangesAsync();
        TempData["Notice"] = t[notice].Value;
        return Redirect(ReturnUrl is { Length: > 0 } url && Url.IsLocalUrl(url) ? url : $"/projects/{action.ProjectId}/coaching");
    }

    private async Task<bool> FindAsync(Guid id)
    {
        var action = await db.CoachingActions.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new { View = new View(a.Id, a.ProjectId, a.Project.Name, a.Description, a.Owner.DisplayName, a.DueOn, a.DoneAt), a.OwnerId })
            .SingleOrDefaultAsync();
        if (action is null) return false;
        if (action.OwnerId != User.UserId() && !await ProjectAccess.MayCoachAsync(db, User, action.View.ProjectId)) return false;
        Action = action.View;
        Today = time.InViewerZone(time.Now).Date;
        return true;
    }
}
