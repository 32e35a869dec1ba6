using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Passerelles.Web.Access;

/// <summary>Bridges. A bridge tells who works with whom, so nothing about it is public unless both of its organisations
/// chose to be: visitors see the bridges between two public organisations (<see cref="Published"/>) on their directory
/// profiles, the map and the graph, and nothing else. A signed-in person sees a bridge when they may see both of its
/// organisations (<see cref="OrganisationRules"/>) — on the list, the map, the graph, their data and every
/// organisation's page alike. The staff of either
/// organisation — its administrators and coaches, and the administrators of its carriers — and network administrators
/// record and edit it.</summary>
public static class BridgeRules
{
    /// <summary>Whether the person could record any bridge at all: the record page is not offered to others.</summary>
    public static bool MayRecordBridges(this Actor actor) => actor.IsStaffSomewhere;

    public static bool MayRecordBetween(this Actor actor, Guid from, Guid to) =>
        actor.IsNetworkAdministrator || actor.Staffs.Contains(from) || actor.Staffs.Contains(to);

    public static IQueryable<Bridge> VisibleTo(this IQueryable<Bridge> bridges, Actor actor)
    {
        if (actor.IsNetworkAdministrator) return bridges;
        if (!actor.IsSignedIn) return bridges.Where(b => false);
        var sees = actor.Sees.ToList();
        return bridges.Where(b => (b.FromOrganisation.IsPublic || sees.Contains(b.FromOrganisationId)) &&
                                  (b.ToOrganisation.IsPublic || sees.Contains(b.ToOrganisationId)));
    }

    /// <summary>The bridges a visitor sees on the map and the graph: the published ones; a signed-in person, those
    /// they may see.</summary>
    public static IQueryable<Bridge> ShownOnTheNetworkTo(this IQueryable<Bridge> bridges, Actor actor) =>
        actor.IsSignedIn ? bridges.VisibleTo(actor) : bridges.Published();

    /// <summary>The bridges visitors see: those between two public organisations.</summary>
    public static IQueryable<Bridge> Published(this IQueryable<Bridge> bridges) =>
        bridges.Where(b => b.FromOrganisation.IsPublic && b.ToOrganisation.IsPublic);
}

/// <summary>A bridge as the resource of an authorisation check: its two ends and whether each is public.</summary>
public sealed record BridgeResource(Guid From, bool FromIsPublic, Guid To, bool ToIsPublic);

public sealed class BridgeHandler(CurrentActor actors) : AuthorizationHandler<OperationAuthorizationRequirement, BridgeResource>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement operation,
        BridgeResource bridge)
    {
        var actor = await actors.ForAsync(context.User);
        var sees = actor.IsSignedIn && actor.MaySee(bridge.From, bridge.FromIsPublic) && actor.MaySee(bridge.To, bridge.ToIsPublic);
        var allowed = operation.Name switch
        {
            nameof(Operations.See) => sees,
            nameof(Operations.Edit) or nameof(Operations.Manage) => sees && actor.MayRecordBetween(bridge.From, bridge.To),
            _ => false,
        };
        if (allowed) context.Succeed(operation);
    }
}
