using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Passerelles.Web.Access;

/// <summary>Circles of the community of practice. Members see their circles, sessions, polls, discussions and
/// resources; the two co-facilitators and network administrators edit the circle, its members and its sessions; the
/// staff of any organisation may start a circle. Nobody else learns a circle exists.</summary>
public static class CircleRules
{
    public static IQueryable<Circle> VisibleTo(this IQueryable<Circle> circles, Actor actor)
    {
        if (actor.IsNetworkAdministrator) return circles;
        var userId = actor.UserId;
        return circles.Where(c => c.Members.Any(m => m.UserId == userId));
    }

    public static IQueryable<Circle> ManageableBy(this IQueryable<Circle> circles, Actor actor)
    {
        if (actor.IsNetworkAdministrator) return circles;
        var userId = actor.UserId;
        return circles.Where(c => c.Members.Any(m => m.UserId == userId && m.IsCoFacilitator));
    }

    public static bool MayStartCircle(this Actor actor) => actor.IsStaffSomewhere;
}

public sealed class CircleHandler(CurrentActor actors) : AuthorizationHandler<OperationAuthorizationRequirement, Circle>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement operation, Circle circle)
    {
        var actor = await actors.ForAsync(context.User);
        var member = circle.Members.FirstOrDefault(m => m.UserId == actor.UserId);
        var allowed = operation.Name switch
        {
            nameof(Operations.See) => actor.IsNetworkAdministrator || member is not null,
            nameof(Operations.Edit) or nameof(Operations.Manage) => actor.IsNetworkAdministrator || member is { IsCoFacilitator: true },
            _ => false,
        };
        if (allowed) context.Succeed(operation);
    }
}
