using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Passerelles.Web.Features.Directory;
using Passerelles.Web.Features.Bridges;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Features.People;

namespace Passerelles.Tests.Directory;

/// <summary>An app whose directory searches go to the database's full-text search, as while the index in memory is
/// being rebuilt.</summary>
public sealed class DatabaseSearchApp : AppFactory
{
    public DatabaseSearchApp() => WithSetting("Directory:Index", "false");
}

internal static class DirectoryTesting
{
    /// <summary>A word no other test uses, to keep a search to this test's own organisations.</summary>
    public static string Tag() => "t" + Guid.NewGuid().ToString("N")[..10];

    /// <summary>The app's index of the directory in memory (answering nothing when the app is set to search the database).</summary>
    public static DirectoryIndex DirectoryIndex(this AppFactory app) => app.Services.GetRequiredService<DirectoryIndex>();

    public static Task<Organisation> OrganisationAsync(this AppFactory app, string name, Action<Organisation>? shape = null, params string[] themes) =>
        app.WithDbAsync(async db =>
        {
            var organisation = new Organisation
            {
                Name = name,
                Kind = OrganisationKind.Association,
                Side = Side.Quebec,
                CountryCode = "CA",
                Region = "Lanaudière",
                LegalForm = "OBNL",
                DefaultCulture = "fr-CA",
                TimeZoneId = "America/Toronto",
                IsPublic = true,
            };
            shape?.Invoke(organisation);
            organisation.Themes.AddRange(themes.Select(t => new OrganisationTheme { Name = t }));
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync();
            return organisation;
        });

    public static Task BridgeAsync(this AppFactory app, Guid from, Guid to, BridgeKind kind = BridgeKind.Partnership) =>
        app.WithDbAsync(async db =>
        {
            db.Bridges.Add(new Bridge { FromOrganisationId = from, ToOrganisationId = to, Kind = kind, StartDate = new LocalDate(2023, 10, 16) });
            await db.SaveChangesAsync();
        });

    public static Task PersonAsync(this AppFactory app, Guid organisationId, string name, string title, bool consented, bool withdrawn = false) =>
        app.WithDbAsync(async db =>
        {
            var person = new Person
            {
                DisplayName = name,
                Email = $"{Guid.NewGuid():N}@test.org",
                ControllerOrganisationId = organisationId,
                Roles = [new PersonRole { OrganisationId = organisationId, Title = title }],
            };
            if (consented)
            {
                person.Consents.Add(new Consent
                {
                    Purpose = Consent.DirectoryListing,
                    GivenAt = Instant.FromUtc(2026, 1, 5, 10, 0),
                    WithdrawnAt = withdrawn ? Instant.FromUtc(2026, 2, 5, 10, 0) : null,
                });
            }
            db.People.Add(person);
            await db.SaveChangesAsync();
        });

    public static async Task<HttpClient> MemberClientAsync(this AppFactory app, string culture = "")
    {
        var user = await app.CreateUserAsync($"{Guid.NewGuid():N}@test.passerelles.org", culture: culture);
        return await app.SignedInClientAsync(user.Email!);
    }

    public static IReadOnlyList<string> ResultNames(this HtmlPage page) => page.Texts(".directory-results h2");
}
