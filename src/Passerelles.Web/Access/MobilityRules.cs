using Passerelles.Web.Features.Mobility;

namespace Passerelles.Web.Access;

/// <summary>Student mobility. A call is run by its organisation's administrators (the side's mobility coordinators);
/// an offer is published by its host's staff. A placement's coordinators are the administrators of its sending
/// organisation, of its host and of the organisation running its call, on both sides: only they see its sensitive
/// documents. A residence's housing association answers the requests for housing. Network administrators pass every
/// rule.</summary>
public static class MobilityRules
{
    public static bool ManagesCall(this Actor actor, MobilityCall call) =>
        actor.IsNetworkAdministrator || actor.Administers.Contains(call.OrganisationId);

    /// <summary>The host's staff publish its offers, under a call that is open to them.</summary>
    public static bool MayPublishOfferFor(this Actor actor, Guid hostOrganisationId) =>
        actor.IsNetworkAdministrator || actor.Staffs.Contains(hostOrganisationId) || actor.Administers.Contains(hostOrganisationId);

    public static bool Coordinates(this Actor actor, Placement placement) =>
        actor.IsNetworkAdministrator
        || actor.Administers.Contains(placement.SendingOrganisationId)
        || actor.Administers.Contains(placement.HostOrganisationId)
        || actor.Administers.Contains(placement.CoordinatingOrganisationId);

    /// <summary>The placements the actor coordinates (<see cref="Coordinates"/>), as a query.</summary>
    public static IQueryable<Placement> CoordinatedBy(this IQueryable<Placement> placements, Actor actor)
    {
        if (actor.IsNetworkAdministrator) return placements;
        var administers = actor.Administers.ToList();
        return placements.Where(p => administers.Contains(p.SendingOrganisationId) || administers.Contains(p.HostOrganisationId)
            || administers.Contains(p.CoordinatingOrganisationId));
    }

    /// <summary>Those who review applications to an offer: the coordinators of its call and of the sending
    /// organisation, and the host's staff.</summary>
    public static bool Reviews(this Actor actor, MobilityApplication application, InternshipOffer offer, MobilityCall call) =>
        actor.ManagesCall(call)
        || actor.Administers.Contains(application.SendingOrganisationId)
        || actor.MayPublishOfferFor(offer.HostOrganisationId);

    public static bool AnswersFor(this Actor actor, Residence residence) =>
        actor.IsNetworkAdministrator || actor.Administers.Contains(residence.OrganisationId) || actor.Staffs.Contains(residence.OrganisationId);
}
