namespace Passerelles.Web.Features.Circles;

/// <summary>A circle: its purpose, co-facilitators and sessions (upcoming first, then past), each in both sides' time.</summary>
public sealed class DetailsModel(AppDbContext db, CurrentActor actors, ViewerTime time) : PageModel
{
    public const int SessionsShown = 50;

    public sealed record SessionRow(Guid Id, string Title, Instant StartsAt, int DurationMinutes, bool Cancelled, bool InOffsetWeek);

    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";
    public string Purpose { get; private set; } = "";
    public string QuebecCoFacilitator { get; private set; } = "";
    public string FranceCoFacilitator { get; private set; } = "";
    public int MemberCount { get; private set; }

    /// <summary>Their organisations answer for the circle's personal data.</summary>
    public IReadOnlyList<Guid> CoFacilitators { get; private set; } = [];
    public bool CanManage { get; private set; }
    public IReadOnlyList<SessionRow> Upcoming { get; private set; } = [];
    public IReadOnlyList<SessionRow> Past { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Title, bool Closed)> Polls { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var actor = await actors.GetAsync();
        var circle = await db.Circles.AsNoTracking().VisibleTo(actor).Where(c => c.Id == id)
            .Select(c => new
            {
                c.Name, c.Purpose, Members = c.Members.Count,
                Facilitators = c.Members.Where(m => m.IsCoFacilitator).Select(m => new { m.Side, m.UserId, m.User.DisplayName }).ToList(),
            })
            .SingleOrDefaultAsync();
        if (circle is null) return NotFound();
        Id = id;
        Name = circle.Name;
        Purpose = circle.Purpose;
        MemberCount = circle.Members;
        QuebecCoFacilitator = circle.Facilitators.FirstOrDefault(f => f.Side == Side.Quebec)?.DisplayName ?? "";
        FranceCoFacilitator = circle.Facilitators.FirstOrDefault(f => f.Side == Side.France)?.DisplayName ?? "";
        CoFacilitators = circle.Facilitators.Select(f => f.UserId).ToList();
        CanManage = await db.Circles.ManageableBy(actor).AnyAsync(c => c.Id == id);

        var now = time.Now;
        var sessions = db.CircleSessions.AsNoTracking().Where(s => s.CircleId == id);
        Upcoming = (await sessions.Where(s => s.StartsAt >= now).OrderBy(s => s.StartsAt).Take(SessionsShown)
            .Select(s => new { s.Id, s.Title, s.StartsAt, s.DurationMinutes, s.CancelledAt }).ToListAsync())
            .Select(s => new SessionRow(s.Id, s.Title, s.StartsAt, s.DurationMinutes, s.CancelledAt != null, OffsetWeeks.Contains(s.StartsAt))).ToList();
        Past = (await sessions.Where(s => s.StartsAt < now).OrderByDescending(s => s.StartsAt).Take(SessionsShown)
            .Select(s => new { s.Id, s.Title, s.StartsAt, s.DurationMinutes, s.CancelledAt }).ToListAsync())
            .Select(s => new SessionRow(s.Id, s.Title, s.StartsAt, s.DurationMinutes, s.CancelledAt != null, OffsetWeeks.Contains(s.StartsAt))).ToList();
        Polls = (await db.Polls.AsNoTracking().Where(p => p.CircleId == id).OrderBy(p => p.SessionId != null).ThenBy(p => p.Title).Take(SessionsShown)
            .Select(p => new { p.Id, p.Title, p.SessionId }).ToListAsync())
            .Select(p => (p.Id, p.Title, p.SessionId is not null)).ToList();
        return Page();
    }
}
