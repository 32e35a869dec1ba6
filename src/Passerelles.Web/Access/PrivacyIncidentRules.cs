namespace Passerelles.Web.Access;

/// <summary>An organisation's register of confidentiality incidents is kept by those who manage the organisation (its
/// administrators, its carriers' administrators, network administrators); nobody else learns of an incident.</summary>
public static class PrivacyIncidentRules
{
    public static IQueryable<PrivacyIncident> VisibleTo(this IQueryable<PrivacyIncident> incidents, Actor actor) =>
        incidents.OfOrganisationsManagedBy(actor, i => i.ControllerId);

    public static bool MayKeepRegisterOf(this Actor actor, Guid organisationId) => actor.MayManage(organisationId);

    public static bool KeepsAnyRegister(this Actor actor) => actor.IsNetworkAdministrator || actor.Administers.Count > 0;
}
