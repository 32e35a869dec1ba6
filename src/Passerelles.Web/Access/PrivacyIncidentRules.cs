namespace Passerelles.Web.Access;

/// <summary>An organisation's register of confidentiality incidents is kept by those who answer for its privacy
/// (<see cref="PrivacyOfficerRules"/>): its designated officer and those who manage the organisation (its
/// administrators, its carriers' administrators, network administrators); nobody else learns of an incident.</summary>
public static class PrivacyIncidentRules
{
    public static IQueryable<PrivacyIncident> VisibleTo(this IQueryable<PrivacyIncident> incidents, AppDbContext db, Actor actor) =>
        incidents.OfOrganisationsAnsweredForBy(db, actor, i => i.ControllerId);

    /// <summary>Whether the person manages an organisation, and so keeps its registers, without asking the database.</summary>
    public static bool KeepsAnyRegister(this Actor actor) => actor.IsNetworkAdministrator || actor.Administers.Count > 0;

    public static async Task<bool> KeepsAnyRegisterAsync(this AppDbContext db, Actor actor) =>
        actor.KeepsAnyRegister() || (actor.UserId is { } userId && await db.PrivacyOfficers.AnyAsync(o => o.UserId == userId));
}
