namespace Passerelles.Web.Features.Missions;

/// <summary>The missions the person may see, the latest first. Hosts, who see only their own visits, go to the
/// itinerary rather than to the whole mission.</summary>
public sealed class IndexModel(AppDbContext db, CurrentActor actors) : ListPageModel
{
    public const int PageSize = 25;

    public sealed record Row(Guid Id, string Title, MissionDirection Direction, LocalDate StartsOn, LocalDate EndsOn, MissionStatus Status,
        string LeadOrganisation, int Members, bool SeenWhole)
    {
        public string Url => SeenWhole ? $"/missions/{Id}" : $"/missions/{Id}/itinerary";
    }

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public bool CanPlan { get; private set; }

    public async Task OnGetAsync()
    {
        var actor = await actors.GetAsync();
        CanPlan = actor.MayPlanMission();
        var missions = db.Missions.AsNoTracking().VisibleTo(actor);
        await CountPagesAsync(missions, PageSize);
        var whole = db.Missions.SeenWholeBy(actor);
        Rows = await missions
            .OrderByDescending(m => m.StartsOn).ThenBy(m => m.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(m => new Row(m.Id, m.Title, m.Direction, m.StartsOn, m.EndsOn, m.Status, m.LeadOrganisation.Name,
                m.Members.Count(x => x.Status != MissionInvitationStatus.Declined), whole.Any(w => w.Id == m.Id)))
            .ToListAsync();
    }

    public string PageLink(int page) => QueryLink.ToPage("/missions", Request.Query, page);
}
