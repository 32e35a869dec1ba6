namespace Passerelles.Web.Features.Missions;

/// <summary>The itinerary day by day: each item in the local time of its place, and in the home side's zone; flags for
/// overlaps, impossible connections and public holidays. Hosts see only the visits at their organisation, without the
/// delegation's notes.</summary>
public sealed class ItineraryModel(AppDbContext db, CurrentActor actors, ViewerTime viewer) : PageModel
{
    public sealed record Row(
        Guid Id, ItineraryKind Kind, string Title, TravelMode? Mode, string DeparturePlace, string ArrivalPlace,
        Instant StartsAt, Instant EndsAt, string StartZoneId, string EndZoneId,
        Guid? OrganisationId, string? Organisation, string? Locality, Guid? HostPersonId, string Address, double? Latitude, double? Longitude,
        Guid? EventId, string? Event, string Notes)
    {
        public string? Host { get; set; }
        public IReadOnlyList<ItineraryChecks.Flag> Flags { get; set; } = [];
        public LocalDate Day => StartsAt.InZone(TimeZones.Get(StartZoneId)).Date;
        public bool EndsAnotherDay => EndsAt.InZone(TimeZones.Get(EndZoneId)).Date != Day;
    }

    public sealed record Day(LocalDate Date, IReadOnlyList<Row> Items);

    public Mission Mission { get; private set; } = null!;
    public bool Manages { get; private set; }
    public bool SeesWhole { get; private set; }
    public IReadOnlyList<Day> Days { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var actor = await actors.GetAsync();
        if (await ItineraryAccess.LoadAsync(db, actor, id) is not { } access) return NotFound();
        (Mission, Manages, SeesWhole) = (access.Mission, access.Manages, access.SeesWhole);
        var rows = await access.Items(db, actor).AsNoTracking()
            .OrderBy(i => i.StartsAt).ThenBy(i => i.EndsAt)
            .Select(i => new Row(i.Id, i.Kind, i.Title, i.Mode, i.DeparturePlace, i.ArrivalPlace, i.StartsAt, i.EndsAt, i.StartZoneId, i.EndZoneId,
                i.OrganisationId, i.Organisation!.Name, i.Organisation.Locality, i.HostPersonId, i.Address, i.Latitude, i.Longitude,
                i.EventId, i.Event!.Name, access.SeesWhole ? i.Notes : ""))
            .ToListAsync();
        var hostIds = rows.Select(r => r.HostPersonId).OfType<Guid>().Distinct().ToList();
        var hosts = await db.People.AsNoTracking().VisibleTo(actor).Where(p => hostIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.DisplayName);
        var flags = ItineraryChecks.Check(rows.Select(r => new ItineraryChecks.Span(r.Id, r.Title, r.Kind, r.StartsAt, r.EndsAt, r.StartZoneId)).ToList());
        foreach (var row in rows)
        {
            row.Host = row.HostPersonId is { } host ? hosts.GetValueOrDefault(host) : null;
            row.Flags = flags[row.Id];
        }
        Days = rows.GroupBy(r => r.Day).OrderBy(g => g.Key).Select(g => new Day(g.Key, g.ToList())).ToList();
        return Page();
    }

    /// <summary>The zones a time at <paramref name="placeZone"/> is shown in, for this viewer.</summary>
    public IReadOnlyList<string> ZonesAt(string placeZone) => ItineraryTimes.Zones(placeZone, Mission.HomeSide, viewer.ZoneId);
}
