namespace Passerelles.Web.Access;

/// <summary>An organisation's register of processing is kept by those who answer for its privacy
/// (<see cref="PrivacyOfficerRules"/>): its officer, those who manage it, network administrators. Its officer is
/// designated by those who manage it. Its public privacy page, drawn from the register, is open to everyone.</summary>
public static class PrivacyRegisterRules
{
    public static IQueryable<Features.Privacy.Register.ProcessingActivity> VisibleTo(this IQueryable<Features.Privacy.Register.ProcessingActivity> activities,
        AppDbContext db, Actor actor) =>
        activities.OfOrganisationsAnsweredForBy(db, actor, a => a.ControllerId);

    public static bool MayDesignateOfficerOf(this Actor actor, Guid organisationId) => actor.MayManage(organisationId);
}
