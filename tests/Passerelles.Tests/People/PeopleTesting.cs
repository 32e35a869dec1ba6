using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Web.Features.People;

namespace Passerelles.Tests.People;

internal static class PeopleTesting
{
    /// <summary>A person controlled by <paramref name="controllerId"/>, with a role there, listed in the directory
    /// when <paramref name="listed"/>.</summary>
    public static Task<Person> CreatePersonAsync(this AppFactory app, Guid controllerId, string name, bool listed, string title = "Chargée de projet", Guid? userId = null) =>
        app.WithDbAsync(async db =>
        {
            var person = new Person
            {
                DisplayName = name, Email = "personne@exemple.org", Languages = "fr-CA", TimeZoneId = "America/Toronto",
                ControllerOrganisationId = controllerId, UserId = userId,
            };
            person.Roles.Add(new PersonRole { PersonId = person.Id, OrganisationId = controllerId, Title = title });
            if (listed) person.GiveConsent(Consent.DirectoryListing, Consent.DirectoryListingVersion, Instant.FromUtc(2026, 1, 5, 15, 0), null);
            db.People.Add(person);
            await db.SaveChangesAsync();
            return person;
        });

    public static Task<Person> ReloadPersonAsync(this AppFactory app, Guid id) =>
        app.WithDbAsync(db => db.People.AsNoTracking().Include(p => p.Roles).Include(p => p.Consents).SingleAsync(p => p.Id == id));

    public static async Task<HttpClient> SignedInOutsiderAsync(this AppFactory app, string culture = "en")
    {
        var email = $"{Guid.NewGuid():N}@test.passerelles.org";
        await app.CreateUserAsync(email, culture: culture);
        return await app.SignedInClientAsync(email);
    }

    public static IReadOnlyList<string> ListedNames(this HtmlPage page) =>
        page.Texts("table.people tbody td:first-child a");
}
