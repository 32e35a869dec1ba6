using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Web.Data;
using Passerelles.Web.Infrastructure.Security;

namespace Passerelles.Web.Features.Circles;

/// <summary>One session: when in both sides' time (and the viewer's), why the hour differs in an offset week, the agenda.</summary>
public sealed class SessionModel(AppDbContext db, CurrentActor actors) : PageModel
{
    public sealed record ActionRow(Guid Id, string Description, string Owner, LocalDate DueOn, bool Done);

    public sealed record AttendeeRow(string Name, bool Present, bool ConsentsToRecording);

    public Guid Id { get; private set; }
    public Guid CircleId { get; private set; }
    public string Circle { get; private set; } = "";
    public string Title { get; private set; } = "";
    public string Agenda { get; private set; } = "";
    public Instant StartsAt { get; private set; }
    public string TimeZoneId { get; private set; } = "";
    public int DurationMinutes { get; private set; }
    public bool Cancelled { get; private set; }
    public bool InSeries { get; private set; }
    public bool CanManage { get; private set; }
    public OffsetWeeks.Period? OffsetPeriod { get; private set; }
    public string Notes { get; private set; } = "";
    public Uri? RecordingUrl { get; private set; }
    public IReadOnlyList<string> Decisions { get; private set; } = [];
    public IReadOnlyList<ActionRow> Actions { get; private set; } = [];
    public IReadOnlyList<AttendeeRow> Attendance { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var actor = await actors.GetAsync();
        var session = await db.CircleSessions.AsNoTracking()
            .Where(s => s.Id == id && db.Circles.VisibleTo(actor).Any(c => c.Id == s.CircleId))
            .Select(s => new
            {
                s.CircleId, Circle = s.Circle.Name, s.Title, s.Agenda, s.StartsAt, s.TimeZoneId, s.DurationMinutes, s.CancelledAt, s.SeriesId, s.Notes, s.RecordingUrl,
                Runs = db.Circles.ManageableBy(actor).Any(c => c.Id == s.CircleId),
            })
            .SingleOrDefaultAsync();
        if (session is null) return NotFound();
        Id = id;
        (CircleId, Circle, Title, Agenda, StartsAt, TimeZoneId, DurationMinutes) =
            (session.CircleId, session.Circle, session.Title, session.Agenda, session.StartsAt, session.TimeZoneId, session.DurationMinutes);
        Cancelled = session.CancelledAt is not null;
        InSeries = session.SeriesId is not null;
        CanManage = session.Runs;
        OffsetPeriod = OffsetWeeks.Around(StartsAt);
        Notes = session.Notes;
        RecordingUrl = Directory.WebAddress.Safe(session.RecordingUrl);
        Decisions = await DecisionsAsync(db, id);
        Actions = await ActionsAsync(db, id);
        Attendance = await (
                from a in db.SessionAttendance.AsNoTracking()
                join u in db.Users on a.UserId equals u.Id
                where a.SessionId == id
                orderby u.DisplayName
                select new AttendeeRow(u.DisplayName, a.Present, a.ConsentsToRecording))
            .ToListAsync();
        return Page();
    }

    public static async Task<IReadOnlyList<string>> DecisionsAsync(AppDbContext db, Guid sessionId) =>
        (await db.SessionDecisions.AsNoTracking().Where(d => d.SessionId == sessionId)
            .Select(d => new { d.Text, d.CreatedAt, d.Id }).ToListAsync())
        .OrderBy(d => d.CreatedAt).ThenBy(d => d.Id).Select(d => d.Text).ToList();

    public static async Task<IReadOnlyList<ActionRow>> ActionsAsync(AppDbContext db, Guid sessionId) =>
        await db.CircleActions.AsNoTracking().Where(a => a.SessionId == sessionId)
            .OrderBy(a => a.DueOn).ThenBy(a => a.Description)
            .Select(a => new ActionRow(a.Id, a.Description, a.Owner.DisplayName, a.DueOn, a.DoneAt != null))
            .ToListAsync();
}
