namespace Passerelles.Web.Features.Missions;

/// <summary>A host contact of a visit, as the programme prints it.</summary>
public sealed record ProgrammeContact(string Name, string Organisation, string Email, string Phone);

/// <summary>One item of the programme, with what the page, the PDF, the calendar feed and the API say about it.</summary>
public sealed record ProgrammeItem(
    Guid Id, ItineraryKind Kind, string Title, Instant StartsAt, Instant EndsAt, string StartZoneId, string EndZoneId,
    string DeparturePlace, string ArrivalPlace, TravelMode? Mode, Guid? OrganisationId, string? Organisation,
    string Address, double? Latitude, double? Longitude, ProgrammeContact? Host, Instant ChangedAt, int Sequence,
    Guid? EventId, string? Event, string Notes)
{
    public ZonedDateTime LocalStart => StartsAt.InZone(TimeZones.Get(StartZoneId));
    public ZonedDateTime LocalEnd => EndsAt.InZone(TimeZones.Get(EndZoneId));

    /// <summary>The day the item belongs to: the date where and when it starts.</summary>
    public LocalDate Day => LocalStart.Date;

    public bool IsVisit => Kind is ItineraryKind.Visit or ItineraryKind.Meeting;
}

/// <summary>The programme of a mission as one reader may see it: the whole itinerary for the members of the delegation and
/// network administrators, only the visits at their own organisations for hosts. <see cref="LoadAsync"/> answers null
/// to everyone else, who may not learn the mission exists.</summary>
public sealed record MissionProgramme(
    Guid Id, string Title, MissionDirection Direction, LocalDate StartsOn, LocalDate EndsOn, bool Whole, Guid? MemberId,
    IReadOnlyList<ProgrammeItem> Items)
{
    /// <summary>The zone of the side the delegation comes from: every time of the programme is also given there.</summary>
    public string HomeZoneId => Direction == MissionDirection.QuebecToFrance ? TimeZones.Quebec : TimeZones.France;

    public Side HomeSide => Direction == MissionDirection.QuebecToFrance ? Side.Quebec : Side.France;

    /// <summary>Day 1 is the mission's first day.</summary>
    public int DayNumber(LocalDate day) => Period.DaysBetween(StartsOn, day) + 1;

    public IReadOnlyList<IGrouping<LocalDate, ProgrammeItem>> Days => Items.GroupBy(i => i.Day).OrderBy(d => d.Key).ToList();

    /// <summary>The visits and meetings, where they take place.</summary>
    public IReadOnlyList<ProgrammeItem> Places => Items.Where(i => i.IsVisit).ToList();

    /// <summary>The host contacts, each once, by name.</summary>
    public IReadOnlyList<ProgrammeContact> Contacts =>
        Items.Where(i => i.Host is not null).Select(i => i.Host!).Distinct().OrderBy(c => c.Name, StringComparer.CurrentCulture).ToList();

    public static async Task<MissionProgramme?> LoadAsync(AppDbContext db, Actor actor, Guid id, CancellationToken cancellationToken = default)
    {
        if (!actor.IsSignedIn) return null;
        var mission = await db.Missions.AsNoTracking().Include(m => m.Members).SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (mission is null) return null;
        var whole = actor.SeesWhole(mission);
        var items = db.ItineraryItems.AsNoTracking().Where(i => i.MissionId == id);
        if (!whole) items = items.HostedBy(actor);
        var rows = await RowsAsync(items, cancellationToken);
        if (!whole && rows.Count == 0) return null;
        var member = mission.Members.FirstOrDefault(m => m.UserId == actor.UserId && m.Status != MissionInvitationStatus.Declined);
        return new MissionProgramme(mission.Id, mission.Title, mission.Direction, mission.StartsOn, mission.EndsOn, whole, member?.Id, rows);
    }

    /// <summary>The programme of the mission a member belongs to, whole, for their calendar feed; null once they declined.</summary>
    public static async Task<MissionProgramme?> OfMemberAsync(AppDbContext db, Guid memberId, CancellationToken cancellationToken = default)
    {
        var mission = await db.Missions.AsNoTracking()
            .Where(m => m.Members.Any(x => x.Id == memberId && x.Status != MissionInvitationStatus.Declined))
            .Select(m => new { m.Id, m.Title, m.Direction, m.StartsOn, m.EndsOn })
            .SingleOrDefaultAsync(cancellationToken);
        if (mission is null) return null;
        var rows = await RowsAsync(db.ItineraryItems.AsNoTracking().Where(i => i.MissionId == mission.Id), cancellationToken);
        return new MissionProgramme(mission.Id, mission.Title, mission.Direction, mission.StartsOn, mission.EndsOn, true, memberId, rows);
    }

    private static Task<List<ProgrammeItem>> RowsAsync(IQueryable<ItineraryItem> items, CancellationToken cancellationToken) =>
        items
            .OrderBy(i => i.StartsAt).ThenBy(i => i.EndsAt).ThenBy(i => i.Title)
            .Select(i => new ProgrammeItem(
                i.Id, i.Kind, i.Title, i.StartsAt, i.EndsAt, i.StartZoneId, i.EndZoneId, i.DeparturePlace, i.ArrivalPlace, i.Mode,
                i.OrganisationId, i.Organisation == null ? null : i.Organisation.Name, i.Address, i.Latitude, i.Longitude,
                i.HostPerson == null ? null : new ProgrammeContact(
                    i.HostPerson.DisplayName, i.Organisation == null ? "" : i.Organisation.Name, i.HostPerson.Email, i.HostPerson.Phone),
                i.UpdatedAt, i.Version, i.EventId, i.Event == null ? null : i.Event.Name, i.Notes))
            .ToListAsync(cancellationToken);
}

/// <summary>How the programme writes a time: in the local time of its place, then the delegation's home time when the
/// place is elsewhere ("9 h 30 Paris · 3 h 30 Montréal").</summary>
public static class ProgrammeTimes
{
    public static IReadOnlyList<(string Text, string Machine)> At(Instant at, string zoneId, string homeZoneId, System.Globalization.CultureInfo culture)
    {
        var zones = TimeZones.Canonical(zoneId) == TimeZones.Canonical(homeZoneId) ? new[] { zoneId } : [zoneId, homeZoneId];
        return zones.Select(zone =>
        {
            var local = at.InZone(TimeZones.Get(zone));
            return (ClockFormat.Time(local.TimeOfDay, culture) + " " + TimeZones.PlaceName(zone), BothSidesTimeTagHelper.Machine.Format(local.ToOffsetDateTime()));
        }).ToList();
    }

    /// <summary>The same, each time in a <c>time</c> element that gives it with its offset.</summary>
    public static Microsoft.AspNetCore.Html.IHtmlContent Html(Instant at, string zoneId, string homeZoneId, System.Globalization.CultureInfo culture)
    {
        var encoder = System.Text.Encodings.Web.HtmlEncoder.Default;
        return new Microsoft.AspNetCore.Html.HtmlString(string.Join(" · ", At(at, zoneId, homeZoneId, culture)
            .Select(t => $"<time datetime=\"{encoder.Encode(t.Machine)}\">{encoder.Encode(t.Text)}</time>")));
    }

    public static string Text(Instant at, string zoneId, string homeZoneId, System.Globalization.CultureInfo culture) =>
        string.Join(" · ", At(at, zoneId, homeZoneId, culture).Select(t => t.Text));
}
