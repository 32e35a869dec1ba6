
namespace Passerelles.Web.Access;

/// <summary>People in the directory. Everyone signed in sees the people who consent to be listed, and a person always
/// sees their own record. The administrators of a person's controller organisation or of one of its carriers, and
/// network administrators, control the record: they see it listed or not, correct it, and record or withdraw consent.</summary>
public static class PeopleRules
{
    public static bool Controls(this Actor actor, Guid controllerOrganisationId) =>
        actor.IsNetworkAdministrator || actor.Administers.Contains(controllerOrganisationId);

    /// <summary>Whether the person may create people records at all: they administer an organisation.</summary>
    public static bool ControlsAny(this Actor actor) => actor.IsNetworkAdministrator || actor.Administers.Count > 0;

    public static bool MaySeePerson(this Actor actor, Guid controllerOrganisationId, Guid? personUserId, bool listed) =>
        listed || actor.Controls(controllerOrganisationId) || (personUserId is not null && personUserId == actor.UserId);

    /// <summary>The people listed in the directory, plus those the person controls.</summary>
    public static IQueryable<Person> VisibleTo(this IQueryable<Person> people, Actor actor)
    {
        if (actor.IsNetworkAdministrator) return people;
        var controlled = actor.Administers.ToList();
        return people.Where(p => p.Consents.Any(c => c.Purpose == Consent.DirectoryListing && c.WithdrawnAt == null) ||
                                 controlled.Contains(p.ControllerOrganisationId));
    }
}
