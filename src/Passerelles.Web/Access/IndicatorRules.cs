namespace Passerelles.Web.Access;

/// <summary>Indicators. The network's are for network administrators; an organisation's for its staff (administrators
/// and coaches) and those who act for it through a carrier. Anyone else is told nothing exists (404).</summary>
public static class IndicatorRules
{
    public static bool SeesNetworkIndicators(this Actor actor) => actor.IsNetworkAdministrator;

    public static bool SeesIndicatorsOf(this Actor actor, Guid organisationId) =>
        actor.IsNetworkAdministrator || actor.Staffs.Contains(organisationId);

    /// <summary>Those who see the indicators of at least one organisation: the menu shows them the page.</summary>
    public static bool SeesSomeIndicators(this Actor actor) => actor.IsStaffSomewhere;
}
