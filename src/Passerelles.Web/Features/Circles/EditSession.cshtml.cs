using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Passerelles.Web.Data;
using Passerelles.Web.Infrastructure.Time;

namespace Passerelles.Web.Features.Circles;

/// <summary>Changes one session (even one of a series); the members receive the new version, whose raised SEQUENCE
/// replaces the old one in their calendars.</summary>
public sealed class EditSessionModel(AppDbContext db, ViewerTime time, SessionInvitations invitations, IStringLocalizer<Text> t) : PageModel, ISessionFormPage
{
    [BindProperty] public SessionForm Input { get; set; } = new();
    public IReadOnlyList<string> Zones { get; private set; } = [];
    public Guid Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await FindAsync(id) is not { } session) return NotFound();
        Input = SessionForm.For(session);
        Zones = SessionForm.ZoneChoices(time.ZoneId, Input.TimeZoneId);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await FindAsync(id) is not { } session) return NotFound();
        Zones = SessionForm.ZoneChoices(time.ZoneId, Input.TimeZoneId);
        if (!ModelState.IsValid) return Page();
        db.Entry(session).Property(s => s.Version).OriginalValue = Input.Version;
        var sequence = session.Sequence;
        session.Schedule(Input.StartsAt(), Input.CanonicalZone, Input.DurationMinutes!.Value);
        var (title, agenda) = (Input.Title!.Trim(), Input.Agenda?.Trim() ?? "");
        if (title != session.Title || agenda != session.Agenda)
        {
            (session.Title, session.Agenda) = (title, agenda);
            if (session.Sequence == sequence) session.Revise();
        }
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", t["Someone else changed this record while you were editing it. Reload the page and make your change again."]);
            return Page();
        }
        if (session.Sequence != sequence)
            await invitations.SendAsync(session.CircleId, [session.Id], InvitationKind.Updated, Request, HttpContext.RequestAborted);
        TempData["Notice"] = t["The session was changed and the members told."].Value;
        return Redirect($"/circles/sessions/{id}");
    }

    private async Task<CircleSession?> FindAsync(Guid id)
    {
        Id = id;
        return await db.CircleSessions.SingleOrDefaultAsync(s => s.Id == id && s.CancelledAt == null && db.Circles.ManageableBy(User).Any(c => c.Id == s.CircleId));
    }
}
