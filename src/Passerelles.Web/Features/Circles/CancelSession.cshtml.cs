using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NodaTime;
using Passerelles.Web.Data;
using Passerelles.Web.Infrastructure.Time;

namespace Passerelles.Web.Features.Circles;

/// <summary>Cancels a session after confirmation; the members receive a METHOD:CANCEL calendar message. The session
/// stays, marked cancelled, so calendars and the circle's history keep it.</summary>
public sealed class CancelSessionModel(AppDbContext db, ViewerTime time, SessionInvitations invitations, IStringLocalizer<Text> t) : PageModel
{
    public Guid Id { get; private set; }
    public string Title { get; private set; } = "";
    public string Circle { get; private set; } = "";
    public Instant StartsAt { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id) => await FindAsync(id) is not null ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await FindAsync(id) is not { } session) return NotFound();
        session.Cancel(time.Now);
        await db.SaveChangesAsync();
        await invitations.SendAsync(session.CircleId, [session.Id], InvitationKind.Cancelled, Request, HttpContext.RequestAborted);
        TempData["Notice"] = t["The session was cancelled and the members told."].Value;
        return Redirect($"/circles/sessions/{id}");
    }

    private async Task<CircleSession?> FindAsync(Guid id)
    {
        var session = await db.CircleSessions.Include(s => s.Circle)
            .SingleOrDefaultAsync(s => s.Id == id && s.CancelledAt == null && db.Circles.ManageableBy(User).Any(c => c.Id == s.CircleId));
        if (session is null) return null;
        (Id, Title, Circle, StartsAt) = (id, session.Title, session.Circle.Name, session.StartsAt);
        return session;
    }
}
