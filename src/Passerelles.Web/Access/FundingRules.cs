
namespace Passerelles.Web.Access;

/// <summary>Grants. The administrators of a grant's beneficiaries (either side, for a grant to the partnership), those
/// who act for them through a carrier, and network administrators manage it; nobody else learns it exists.</summary>
public static class FundingRules
{
    /// <summary>The grants the actor manages.</summary>
    public static IQueryable<Grant> ManagedBy(this IQueryable<Grant> grants, Actor actor)
    {
        if (actor.IsNetworkAdministrator) return grants;
        var administered = actor.Administers.ToList();
        return grants.Where(g => administered.Contains(g.BeneficiaryId)
            || (g.PartnerBeneficiaryId != null && administered.Contains(g.PartnerBeneficiaryId.Value)));
    }

    public static bool Manages(this Actor actor, Grant grant) =>
        actor.IsNetworkAdministrator || actor.Administers.Contains(grant.BeneficiaryId)
        || grant.PartnerBeneficiaryId is { } partner && actor.Administers.Contains(partner);

    /// <summary>Whether the actor may record grants at all: network administrators and organisation administrators.</summary>
    public static bool MayManageGrants(this Actor actor) => actor.IsNetworkAdministrator || actor.Administers.Count > 0;
}
