namespace Passerelles.Web.Features.Missions;

/// <summary>A mission as the pages of its record need it, and whether the person asking reads it and writes it: loaded
/// once per request, answering 404 to whoever may not read the record and 403 to a reader asking to write.</summary>
public sealed record MissionScope(Guid Id, string Title, Guid LeadOrganisationId, Side HostSide, IReadOnlyList<MissionScope.Objective> Objectives,
    IReadOnlyList<MissionScope.Member> Members, bool MayWrite)
{
    public sealed record Objective(Guid Id, int Position, string Text);

    public sealed record Member(Guid UserId, string Name, Guid OrganisationId, string Organisation, MissionInvitationStatus Status);

    /// <summary>The mission, or why the actor may not have it: null and a refusal.</summary>
    public static async Task<(MissionScope? Scope, IActionResult? Refusal)> LoadAsync(AppDbContext db, Actor actor, Guid id, bool write)
    {
        var mission = await db.Missions.AsNoTracking().AsSplitQuery()
            .Include(m => m.Members).ThenInclude(m => m.User)
            .Include(m => m.Members).ThenInclude(m => m.Organisation)
            .Include(m => m.Objectives)
            .SingleOrDefaultAsync(m => m.Id == id);
        if (mission is null || !actor.MayReadRecord(mission)) return (null, new NotFoundResult());
        var mayWrite = actor.MayWriteRecord(mission);
        if (write && !mayWrite) return (null, new ForbidResult());
        return (new MissionScope(mission.Id, mission.Title, mission.LeadOrganisationId, mission.HostSide,
            mission.Objectives.OrderBy(o => o.Position).Select(o => new Objective(o.Id, o.Position, o.Text)).ToList(),
            mission.Members.Where(m => m.Status != MissionInvitationStatus.Declined)
                .Select(m => new Member(m.UserId, m.User.DisplayName, m.OrganisationId, m.Organisation.Name, m.Status))
                .OrderBy(m => m.Name, StringComparer.CurrentCulture).ToList(),
            mayWrite), null);
    }
}

/// <summary>A visit or meeting of a mission, with its mission: the one thing every page of a visit's record starts from.</summary>
public sealed record VisitScope(MissionScope Mission, Guid ItemId, string Title, ItineraryKind Kind, Instant StartsAt, string ZoneId,
    Guid? OrganisationId, string? Organisation)
{
    /// <summary>The zone of the place visited; the host side's when the stored one is unknown.</summary>
    public string Zone => TimeZones.Canonical(ZoneId) ?? Mission.HostSide.TimeZoneId();

    public static async Task<(VisitScope? Scope, IActionResult? Refusal)> LoadAsync(AppDbContext db, Actor actor, Guid id, Guid itemId, bool write)
    {
        var item = await db.ItineraryItems.AsNoTracking()
            .Where(i => i.Id == itemId && i.MissionId == id && (i.Kind == ItineraryKind.Visit || i.Kind == ItineraryKind.Meeting))
            .Select(i => new { i.Title, i.Kind, i.StartsAt, i.StartZoneId, i.OrganisationId, Organisation = i.Organisation == null ? null : i.Organisation.Name })
            .SingleOrDefaultAsync();
        if (item is null) return (null, new NotFoundResult());
        var (mission, refusal) = await MissionScope.LoadAsync(db, actor, id, write);
        if (mission is null) return (null, refusal);
        return (new VisitScope(mission, itemId, item.Title, item.Kind, item.StartsAt, item.StartZoneId, item.OrganisationId, item.Organisation), null);
    }
}
