
namespace Passerelles.Web.Access;

/// <summary>Student mobility. A call is run by its organisation's administrators (the side's mobility coordinators);
/// an offer is published by its host's staff. A placement's coordinators are the administrators of its sending
/// organisation, of its host and of the organisation running its call, on both sides: only they see its sensitive
/// documents. A residence's housing association answers the requests for housing. Network administrators pass every
/// rule.</summary>
public static class MobilityRules
{
    public static bool ManagesCall(this Actor actor, MobilityCall call) =>
        actor.MayRunCallFor(call.OrganisationId);

    /// <summary>Programmes are the network's shared reference, like its grids: its administrators and the administrators
    /// of any organisation of either side (the sides' mobility coordinators, who run calls under them) create and edit
    /// them.</summary>
    public static bool ManagesProgrammes(this Actor actor) => actor.IsNetworkAdministrator || actor.Administers.Count > 0;

    /// <summary>A call is run for an organisation the actor administers: they are its mobility coordinators.</summary>
    public static bool MayRunCallFor(this Actor actor, Guid organisationId) =>
        actor.IsNetworkAdministrator || actor.Administers.Contains(organisationId);

    /// <summary>Those who may run a call for at least one organisation.</summary>
    public static bool RunsCalls(this Actor actor) => actor.ManagesProgrammes();

    /// <summary>The host's staff publish its offers, under a call that is open to them.</summary>
    public static bool MayPublishOfferFor(this Actor actor, Guid hostOrganisationId) =>
        actor.IsNetworkAdministrator || actor.Staffs.Contains(hostOrganisationId) || actor.Administers.Contains(hostOrganisationId);

    /// <summary>Those who may publish an offer for at least one host: the staff of any organisation.</summary>
    public static bool PublishesOffers(this Actor actor) => actor.IsStaffSomewhere;

    public static bool Coordinates(this Actor actor, Placement placement) =>
        actor.IsNetworkAdministrator
        || actor.Administers.Contains(placement.SendingOrganisationId)
        || actor.Administers.Contains(placement.HostOrganisationId)
        || actor.Administers.Contains(placement.CoordinatingOrganisationId);

    /// <summary>Those who know a placement exists: its coordinators, its student and its supervisor.</summary>
    public static bool SeesPlacement(this Actor actor, Placement placement) =>
        actor.Coordinates(placement) || actor.UserId == placement.StudentId || actor.UserId == placement.SupervisorId;

    /// <summary>A placement's sensitive documents (identity document, health information, emergency contact) are shown to
    /// its coordinators and its student only; only the student enters them.</summary>
    public static bool SeesSensitiveDocuments(this Actor actor, Placement placement) =>
        actor.Coordinates(placement) || actor.UserId == placement.StudentId;
    /// <summary>The placements the actor coordinates (<see cref="Coordinates"/>), as a query.</summary>
    public static IQueryable<Placement> CoordinatedBy(this IQueryable<Placement> placements, Actor actor)
    {
        if (actor.IsNetworkAdministrator) return placements;
        var administers = actor.Administers.ToList();
        return placements.Where(p => administers.Contains(p.SendingOrganisationId) || administers.Contains(p.HostOrganisationId)
            || administers.Contains(p.CoordinatingOrganisationId));
    }

    /// <summary>The placements whose funder's indicators the actor reports: those sent by an organisation they administer,
    /// or made under its calls.</summary>
    public static IQueryable<Placement> ReportedBy(this IQueryable<Placement> placements, Actor actor)
    {
        if (actor.IsNetworkAdministrator) return placements;
        var administers = actor.Administers.ToList();
        return placements.Where(p => administers.Contains(p.SendingOrganisationId) || administers.Contains(p.CoordinatingOrganisationId));
    }

    /// <summary>Those who report the funder's indicators: network administrators and the administrators of an organisation
    /// that runs a call or sends students.</summary>
    public static async Task<bool> ReportsIndicatorsAsync(this Actor actor, AppDbContext db)
    {
        if (actor.IsNetworkAdministrator) return true;
        var administers = actor.Administers.ToList();
        return administers.Count > 0 && (await db.MobilityCalls.AnyAsync(c => administers.Contains(c.OrganisationId))
            || await db.MobilityApplications.AnyAsync(a => administers.Contains(a.SendingOrganisationId)));
    }

    /// <summary>Those who review applications to an offer: the coordinators of its call and of the sending
    /// organisation, and the host's staff.</summary>
    public static bool Reviews(this Actor actor, MobilityApplication application, InternshipOffer offer, MobilityCall call) =>
        actor.ManagesCall(call)
        || actor.Administers.Contains(application.SendingOrganisationId)
        || actor.MayPublishOfferFor(offer.HostOrganisationId);

    /// <summary>Those who review every application of a call, and so see its shortlist: its coordinators, and the staff
    /// of the host of each of its offers.</summary>
    public static bool ReviewsCall(this Actor actor, MobilityCall call, IReadOnlyCollection<Guid> hostOrganisationIds) =>
        actor.ManagesCall(call) || hostOrganisationIds.Count > 0 && hostOrganisationIds.All(actor.MayPublishOfferFor);

    /// <summary>A sending organisation's coordinators (its administrators) invite students to apply in its name.</summary>
    public static bool InvitesStudentsFor(this Actor actor, Guid sendingOrganisationId) =>
        actor.IsNetworkAdministrator || actor.Administers.Contains(sendingOrganisationId);

    public static bool AnswersFor(this Actor actor, Residence residence) =>
        actor.IsNetworkAdministrator || actor.Administers.Contains(residence.OrganisationId) || actor.Staffs.Contains(residence.OrganisationId);
}

public static class MobilityFilters
{
    /// <summary>The applications <paramref name="actor"/> reviews (<see cref="MobilityRules.Reviews"/>), as a query.</summary>
    public static IQueryable<MobilityApplication> ReviewedBy(this IQueryable<MobilityApplication> applications, Actor actor) =>
        actor.IsNetworkAdministrator ? applications : applications.Where(a =>
            actor.Administers.Contains(a.Offer.Call.OrganisationId) || actor.Administers.Contains(a.SendingOrganisationId)
            || actor.Staffs.Contains(a.Offer.HostOrganisationId));

    /// <summary>A published offer is seen by everyone signed in; a draft by its host's staff and its call's coordinators.</summary>
    public static bool Sees(this Actor actor, InternshipOffer offer, MobilityCall call) =>
        (offer.Status != PublicationStatus.Draft && call.Status != PublicationStatus.Draft && actor.IsSignedIn)
        || actor.ManagesCall(call) || actor.MayPublishOfferFor(offer.HostOrganisationId);
}
