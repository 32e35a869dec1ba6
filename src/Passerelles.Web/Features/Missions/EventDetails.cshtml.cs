namespace Passerelles.Web.Features.Missions;

/// <summary>An event: its dates and place, its themes and tracks, the network's presentations there, each in the local
/// time of the place and in both sides' zones, and the missions whose itinerary includes it (those the person sees or manages).</summary>
public sealed class EventDetailsModel(AppDbContext db, CurrentActor actors) : PageModel
{
    public sealed record PresentationRow(Guid Id, string Title, string? Track, MissionThemes? Theme, Instant StartsAt, Instant EndsAt, string ZoneId)
    {
        public IReadOnlyList<string> Speakers { get; set; } = [];
    }

    public sealed record MissionRow(Guid Id, string Title);

    public Event Event { get; private set; } = null!;
    public string? Organiser { get; private set; }
    public bool Edits { get; private set; }
    public IReadOnlyList<PresentationRow> Presentations { get; private set; } = [];
    public IReadOnlyList<MissionRow> Missions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var actor = await actors.GetAsync();
        if (await EventAccess.LoadAsync(db, actor, id) is not { } access) return NotFound();
        (Event, Edits) = (access.Event, access.Edits);
        Organiser = Event.OrganiserId is { } organiser
            ? await db.Organisations.AsNoTracking().VisibleTo(actor).Where(o => o.Id == organiser).Select(o => o.Name).SingleOrDefaultAsync()
            : null;
        var rows = await db.Presentations.AsNoTracking().Where(p => p.EventId == id).OrderBy(p => p.StartsAt).ThenBy(p => p.Title)
            .Select(p => new PresentationRow(p.Id, p.Title, p.Track!.Name, p.Theme, p.StartsAt, p.EndsAt, p.ZoneId))
            .ToListAsync();
        var ids = rows.Select(r => r.Id).ToList();
        var speakers = await db.PresentationSpeakers.AsNoTracking().Where(s => ids.Contains(s.PresentationId))
            .Select(s => new { s.PresentationId, s.User.DisplayName }).ToListAsync();
        foreach (var row in rows)
            row.Speakers = speakers.Where(s => s.PresentationId == row.Id).Select(s => s.DisplayName).Order(StringComparer.CurrentCulture).ToList();
        Presentations = rows;
        var visible = db.Missions.VisibleTo(actor).Select(m => m.Id);
        var managed = actor.Administers.ToList();
        Missions = await db.Missions.AsNoTracking()
            .Where(m => m.Items.Any(i => i.EventId == id) && (visible.Contains(m.Id) || managed.Contains(m.LeadOrganisationId)))
            .OrderBy(m => m.StartsOn).Select(m => new MissionRow(m.Id, m.Title)).ToListAsync();
        return Page();
    }
}
