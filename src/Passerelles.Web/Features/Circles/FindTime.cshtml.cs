namespace Passerelles.Web.Features.Circles;

/// <summary>The slot finder for a circle: its members' working hours in their own zones, less the sessions they already
/// have, over the coming weeks; with who carried the inconvenient hour at the circle's last session.</summary>
public sealed class FindTimeModel(AppDbContext db, CurrentActor actors, ViewerTime time) : PageModel
{
    public sealed class SearchForm
    {
        [Range(1, 12, ErrorMessage = "Choose between 1 and 12 weeks.")]
        [Display(Name = "Over the next weeks")]
        public int Weeks { get; set; } = 4;

        [Range(15, CircleSession.MaxDurationMinutes, ErrorMessage = "The duration is a number of minutes between 15 and 480.")]
        [Display(Name = "Duration (minutes)")]
        public int Minutes { get; set; } = 60;
    }

    [BindProperty(SupportsGet = true)] public SearchForm Input { get; set; } = new();
    public Guid Id { get; private set; }
    public string Circle { get; private set; } = "";
    public int Participants { get; private set; }
    public Side? LastBurdened { get; private set; }
    public IReadOnlyList<SlotFinder.Slot> Slots { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var actor = await actors.GetAsync();
        var circle = await db.Circles.AsNoTracking().VisibleTo(actor).Where(c => c.Id == id).Select(c => c.Name).SingleOrDefaultAsync();
        if (circle is null) return NotFound();
        (Id, Circle) = (id, circle);
        if (!ModelState.IsValid) return Page();

        var now = time.Now;
        var until = now + Duration.FromDays(7 * Input.Weeks + 1);
        var members = await db.CircleMembers.AsNoTracking().Where(m => m.CircleId == id)
            .Select(m => new { m.UserId, m.User.DisplayName, m.Side, m.User.TimeZoneId })
            .ToListAsync();
        var ids = members.Select(m => m.UserId).ToList();
        var hours = await db.WorkingHours.AsNoTracking().Where(w => ids.Contains(w.UserId)).ToDictionaryAsync(w => w.UserId);
        var busy = await (
                from m in db.CircleMembers.AsNoTracking()
                join s in db.CircleSessions on m.CircleId equals s.CircleId
                where ids.Contains(m.UserId) && s.CancelledAt == null && s.StartsAt < until && s.StartsAt > now - Duration.FromDays(1)
                select new { m.UserId, s.StartsAt, s.DurationMinutes })
            .ToListAsync();
        var participants = members.Select(m => new SlotFinder.Participant(m.UserId, m.DisplayName, m.Side,
                TimeZones.IsKnown(m.TimeZoneId) ? m.TimeZoneId : m.Side == Side.Quebec ? TimeZones.Quebec : TimeZones.France,
                hours.TryGetValue(m.UserId, out var h) ? h.Window : SlotFinder.WorkingWindow.Default,
                busy.Where(b => b.UserId == m.UserId).Select(b => new Interval(b.StartsAt, b.StartsAt + Duration.FromMinutes(b.DurationMinutes))).ToList()))
            .ToList();
        Participants = participants.Count;

        var last = await db.CircleSessions.AsNoTracking().Where(s => s.CircleId == id && s.CancelledAt == null && s.StartsAt < now)
            .OrderByDescending(s => s.StartsAt).Select(s => new { s.StartsAt, s.DurationMinutes }).FirstOrDefaultAsync();
        LastBurdened = last is null ? null : SlotFinder.Burden(last.StartsAt, last.DurationMinutes).Burdened;
        Slots = SlotFinder.Find(participants, now, Input.Weeks, Input.Minutes, LastBurdened);
        return Page();
    }
}
