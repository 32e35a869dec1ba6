using Passerelles.Tests.Missions;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Features.People;

namespace Passerelles.Tests.Privacy.Requests;

/// <summary>Builders of the privacy requests' tests: a controller with its officer, and a person with an account and a
/// directory entry under that controller.</summary>
internal static class RequestsTesting
{
    public sealed record Controller(Organisation Organisation, MissionsTesting.Person Officer);

    public sealed record Subject(Guid PersonId, Guid UserId, string Name, string Email, string Phone, HttpClient Client);

    public static async Task<Controller> ControllerAsync(this AppFactory app, Side side, string culture = "en")
    {
        var organisation = await app.CreateOrganisationAsync("Organisation " + Guid.NewGuid().ToString("N")[..8], side);
        return new Controller(organisation, await MissionsTesting.PersonAsync(app, organisation.Id, MemberRole.OrganisationAdministrator, culture));
    }

    public static async Task<Subject> SubjectAsync(this AppFactory app, Guid controllerId, string culture = "en")
    {
        var unique = Guid.NewGuid().ToString("N")[..10];
        var (name, email, phone) = ($"Zoë Tremblay{unique}", $"zoe.{unique}@test.passerelles.org", $"+33 6 {unique}");
        var user = await app.CreateUserAsync(email, name, culture);
        await app.AddMemberAsync(controllerId, user.Id, MemberRole.ProjectMember);
        var personId = await app.WithDbAsync(async db =>
        {
            var person = new Person { DisplayName = name, Email = email, Phone = phone, UserId = user.Id, ControllerOrganisationId = controllerId };
            person.Roles.Add(new PersonRole { PersonId = person.Id, OrganisationId = controllerId, Title = "Porteuse de projet " + unique });
            db.People.Add(person);
            await db.SaveChangesAsync();
            return person.Id;
        });
        return new Subject(personId, user.Id, name, email, phone, await app.SignedInClientAsync(email));
    }
}
