namespace Passerelles.Web.Features.Missions;

/// <summary>The events the network takes part in, latest first: every event for the staff of an organisation, those
/// they speak at for anyone else.</summary>
public sealed class EventsModel(AppDbContext db, CurrentActor actors) : PageModel
{
    public sealed record Row(Guid Id, string Name, LocalDate StartsOn, LocalDate EndsOn, string City, MissionThemes Themes, int Presentations);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public bool MayCreate { get; private set; }

    public async Task OnGetAsync()
    {
        var actor = await actors.GetAsync();
        MayCreate = actor.MayCreateEvent();
        Rows = await db.Events.AsNoTracking().VisibleTo(actor)
            .OrderByDescending(e => e.StartsOn).ThenBy(e => e.Name)
            .Select(e => new Row(e.Id, e.Name, e.StartsOn, e.EndsOn, e.City, e.Themes, e.Presentations.Count))
            .ToListAsync();
    }
}
