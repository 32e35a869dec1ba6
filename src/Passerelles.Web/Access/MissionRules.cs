using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Passerelles.Web.Access;

/// <summary>Delegation missions. The members of the delegation (invited or accepted), those who manage it and network
/// administrators see the whole mission; the people of an organisation visited (its hosts) see only the visits at their organisation;
/// nobody else learns a mission exists. The mission's leads, the administrators of its lead organisation and network
/// administrators manage it; the staff of any organisation may plan one.</summary>
public static class MissionRules
{
    /// <summary>The missions the actor sees whole or in part (as a host).</summary>
    public static IQueryable<Mission> VisibleTo(this IQueryable<Mission> missions, Actor actor)
    {
        if (actor.IsNetworkAdministrator) return missions;
        var userId = actor.UserId;
        var hosts = actor.MemberOf.ToList();
        var administered = actor.Administers.ToList();
        return missions.Where(m => m.Members.Any(x => x.UserId == userId && x.Status != MissionInvitationStatus.Declined)
            || administered.Contains(m.LeadOrganisationId)
            || m.Items.Any(i => i.OrganisationId != null && hosts.Contains(i.OrganisationId.Value)));
    }

    /// <summary>The items of a mission a host sees: the visits and meetings at their own organisations.</summary>
    public static IQueryable<ItineraryItem> HostedBy(this IQueryable<ItineraryItem> items, Actor actor)
    {
        var hosts = actor.MemberOf.ToList();
        return items.Where(i => i.OrganisationId != null && hosts.Contains(i.OrganisationId.Value));
    }

    /// <summary>Whether the actor sees the whole mission (its members need <see cref="Mission.Members"/> loaded): its
    /// delegation, and those who manage it.</summary>
    public static bool SeesWhole(this Actor actor, Mission mission) =>
        actor.Manages(mission) || mission.Members.Any(m => m.UserId == actor.UserId && m.Status != MissionInvitationStatus.Declined);

    /// <summary>The missions the actor sees whole: those whose delegation they belong to, those they manage as
    /// administrators of the lead organisation, every one for network administrators.</summary>
    public static IQueryable<Mission> SeenWholeBy(this IQueryable<Mission> missions, Actor actor)
    {
        if (actor.IsNetworkAdministrator) return missions;
        var userId = actor.UserId;
        var administered = actor.Administers.ToList();
        return missions.Where(m => administered.Contains(m.LeadOrganisationId)
            || m.Members.Any(x => x.UserId == userId && x.Status != MissionInvitationStatus.Declined));
    }

    public static bool Manages(this Actor actor, Mission mission) =>
        actor.IsNetworkAdministrator
        || actor.Administers.Contains(mission.LeadOrganisationId)
        || mission.Members.Any(m => m.UserId == actor.UserId && m.Role == MissionRole.Lead && m.Status == MissionInvitationStatus.Accepted);

    public static bool MayPlanMission(this Actor actor) => actor.IsStaffSomewhere;
}

/// <summary>See: the whole mission. Edit and Manage: its itinerary, delegation and set-up.</summary>
public sealed class MissionHandler(CurrentActor actors) : AuthorizationHandler<OperationAuthorizationRequirement, Mission>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement operation, Mission mission)
    {
        var actor = await actors.ForAsync(context.User);
        var allowed = operation.Name switch
        {
            nameof(Operations.See) => actor.SeesWhole(mission),
            nameof(Operations.Edit) or nameof(Operations.Manage) => actor.Manages(mission),
            _ => false,
        };
        if (allowed) context.Succeed(operation);
    }
}
