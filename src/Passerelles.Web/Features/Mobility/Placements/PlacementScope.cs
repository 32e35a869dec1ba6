namespace Passerelles.Web.Features.Mobility.Placements;

/// <summary>A placement as its pages show it, found for the person asking: its coordinators
/// (<see cref="MobilityRules.Coordinates"/>), its student and its supervisor see it; to anyone else it is not found.</summary>
public sealed record PlacementScope(
    Placement Placement, string Student, string Supervisor, string Sending, Side SendingSide, string Host, Side HostSide, string Programme,
    bool IsCoordinator, bool IsStudent, bool IsSupervisor)
{
    public Guid Id => Placement.Id;

    /// <summary>The placement, or null when the actor may not see it.</summary>
    public static async Task<PlacementScope?> LoadAsync(AppDbContext db, Actor actor, Guid id, bool tracked = false)
    {
        var placements = tracked ? db.Placements : db.Placements.AsNoTracking();
        var placement = await placements.Include(p => p.Student).Include(p => p.Supervisor).Include(p => p.SendingOrganisation)
            .Include(p => p.HostOrganisation).Include(p => p.Programme).AsSplitQuery().SingleOrDefaultAsync(p => p.Id == id);
        if (placement is null) return null;
        var scope = new PlacementScope(placement, placement.Student?.DisplayName ?? Placement.AnonymousStudent, placement.Supervisor.DisplayName,
            placement.SendingOrganisation.Name, placement.SendingOrganisation.Side, placement.HostOrganisation.Name, placement.HostOrganisation.Side,
            placement.Programme.Name, actor.Coordinates(placement), actor.UserId == placement.StudentId, actor.UserId == placement.SupervisorId);
        return scope.IsCoordinator || scope.IsStudent || scope.IsSupervisor ? scope : null;
    }

    /// <summary>The placement, when the actor coordinates it; else the refusal: not found to those who do not see it,
    /// forbidden to its student and supervisor.</summary>
    public static async Task<(PlacementScope? Scope, IActionResult? Refusal)> ForCoordinatingAsync(AppDbContext db, Actor actor, Guid id)
    {
        var scope = await LoadAsync(db, actor, id, tracked: true);
        if (scope is null) return (null, new NotFoundResult());
        return scope.IsCoordinator ? (scope, null) : (null, new ForbidResult());
    }
}
