
namespace Passerelles.Web.Access;

/// <summary>An organisation's governing bodies and their members are managed by those who manage the organisation (its
/// administrators, its carriers' administrators, network administrators); nobody else learns of them here. The
/// parity of the bodies is read on the parity page, in aggregate only.</summary>
public static class GoverningBodyRules
{
    public static IQueryable<GoverningBody> VisibleTo(this IQueryable<GoverningBody> bodies, Actor actor) =>
        bodies.OfOrganisationsManagedBy(actor, b => b.OrganisationId);

    /// <summary>Who reads the parity page: network administrators (the network and any organisation) and organisation
    /// administrators (their own).</summary>
    public static bool SeesParity(this Actor actor) => actor.IsNetworkAdministrator || actor.Administers.Count > 0;

    public static bool MayManageBodiesOf(this Actor actor, Guid organisationId) => actor.MayManage(organisationId);
}
