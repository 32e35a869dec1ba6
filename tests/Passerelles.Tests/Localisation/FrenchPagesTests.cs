using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelles.Tests.Security;

namespace Passerelles.Tests.Localisation;

/// <summary>Every page the app maps, rendered in Québec French and in France French for the people who may see it
/// (the roles and records of the access sweep), shows no English word of the interface.</summary>
public sealed class FrenchPagesTests(SweepApp app) : IClassFixture<SweepApp>
{
    /// <summary>Routes that answer no page of their own: files, feeds, JSON, health, and the ones that only redirect.</summary>
    private static readonly HashSet<string> NotPages =
    [
        "/account/logout",
        "/account/language",
        "/health",
        "/calendar/{token}.ics",
        "/missions/calendar/{token}.ics",
        "/openapi/{documentName}.json",
        "/directory/export/{format}",
        "/dev/mail/{id?}",
        "/agreements/{id:guid}/evidence-pack",
        "/projects/export/{kind}",
        "/circles/calendar-feed/revoke",
        "/api/v1/mobility/residences/{id:guid}/occupancy",
        "/api/v1/me/export",
    ];

    /// <summary>Pages only an invitation's secret link opens, to someone who has no account yet; the invitation journeys
    /// read them in French.</summary>
    private static readonly HashSet<string> OpenedBySecretLinks = ["/assessments/invitations/{id:guid}/join", "/privacy/packages/{token}"];

    /// <summary>The pages of a second factor, seen by someone who has one: signed in, or halfway through signing in.</summary>
    private const string HasSecondFactor = "someone with a second factor";
    private const string HalfwaySignedIn = "someone asked for their second factor";

    private static readonly Dictionary<string, string> SecondFactorPages = new()
    {
        ["/account/two-factor/disable"] = HasSecondFactor,
        ["/account/two-factor/recovery-codes"] = HasSecondFactor,
        ["/account/login/two-factor"] = HalfwaySignedIn,
        ["/account/login/recovery-code"] = HalfwaySignedIn,
    };

    /// <summary>Pages that need more than a record's id: the project a coaching session is logged for.</summary>
    private static readonly Dictionary<string, Func<SweepWorld, (SweepRole Role, string Url)>> Addressed = new()
    {
        ["/coaching/new"] = world => (SweepRole.OwnerCoach, $"/coaching/new?project={world.Records["project"][0].Values["id"]}"),
    };

    [Theory]
    [InlineData("fr-CA")]
    [InlineData("fr-FR")]
    public async Task No_page_shows_an_English_word_in_French(string culture)
    {
        var world = await app.WorldAsync();
        await app.WithDbAsync(db => db.Users.ExecuteUpdateAsync(s => s.SetProperty(u => u.PreferredCulture, culture)));
        var names = await NamesAsync();
        var clients = new Dictionary<string, HttpClient>();
        async Task<HttpClient> ClientAsync(string? email)
        {
            if (clients.TryGetValue(email ?? "", out var known)) return known;
            var client = email is null ? app.CreateBrowserlikeClient() : await app.SignedInClientAsync(email);
            client.DefaultRequestHeaders.AcceptLanguage.Add(StringWithQualityHeaderValue.Parse(culture));
            return clients[email ?? ""] = client;
        }

        (clients[HasSecondFactor], clients[HalfwaySignedIn]) = await SecondFactorClientsAsync(culture);

        var matrix = AccessMatrix.Read();
        var leaks = new List<string>();
        var unrendered = new List<string>();
        var rendered = 0;
        foreach (var route in GetRoutes().Where(r => !NotPages.Contains(r) && !OpenedBySecretLinks.Contains(r)))
        {
            var rows = matrix.Rows.Where(r => r.Route == route).ToList();
            var visits = SecondFactorPages.TryGetValue(route, out var who) ? [(who, route)]
                : Addressed.TryGetValue(route, out var address) ? [(EmailOf(world, address(world).Role, world.Teams[0]), address(world).Url)]
                : rows.Count > 0 ? RecordVisits(world, rows)
                : EveryoneVisits(world, route);
            var shown = false;
            foreach (var (email, url) in visits)
            {
                var response = await (await ClientAsync(email)).GetAsync(url);
                var isPage = response.Content.Headers.ContentType?.MediaType == "text/html";
                // A file or a feed counts as shown; error pages are pages too, and speak French as well.
                if (response.StatusCode == HttpStatusCode.OK && !isPage) shown = true;
                if (!isPage || (int)response.StatusCode is < 200 or (>= 300 and < 400)) continue;
                shown = true;
                rendered++;
                var html = await response.Content.ReadAsStringAsync();
                leaks.AddRange(EnglishLeaks.Find(html, names).Select(leak => $"GET {url} as {email ?? "a visitor"}: {leak}"));
            }
            if (!shown) unrendered.Add(route);
        }

        Assert.True(leaks.Count == 0, $"{leaks.Count} English words on {culture} pages:\n" + string.Join("\n", leaks.Distinct()));
        Assert.True(unrendered.Count == 0, "These routes rendered no page for any role: " + string.Join(", ", unrendered));
        Assert.True(rendered > 100, $"Only {rendered} pages were rendered.");
    }

    /// <summary>Someone whose second factor is turned on after they signed in, and someone else who gave their password
    /// and is asked for their code.</summary>
    private async Task<(HttpClient SignedIn, HttpClient Halfway)> SecondFactorClientsAsync(string culture)
    {
        var email = $"deux-facteurs.{culture.ToLowerInvariant()}@test.passerelles.org";
        await app.CreateUserAsync(email, "Deux Facteurs", culture: culture);
        var signedIn = await app.SignedInClientAsync(email);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Passerelles.Web.Features.Account.AppUser>>();
            var user = (await users.FindByEmailAsync(email))!;
            await users.ResetAuthenticatorKeyAsync(user);
            await users.SetTwoFactorEnabledAsync(user, true);
        }
        var halfway = app.CreateBrowserlikeClient();
        var login = await HtmlPage.GetAsync(halfway, "/account/login");
        var answer = await login.SubmitAsync(halfway, "main form", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = AppFactory.Password });
        Assert.Contains("/account/login/two-factor", answer.Headers.Location!.OriginalString, StringComparison.Ordinal);
        foreach (var client in new[] { signedIn, halfway })
            client.DefaultRequestHeaders.AcceptLanguage.Add(StringWithQualityHeaderValue.Parse(culture));
        return (signedIn, halfway);
    }

    /// <summary>The routes a browser can GET: every page, and the endpoints that answer GET.</summary>
    private IEnumerable<string> GetRoutes() =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null ||
                        e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains("GET") == true)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Distinct()
            .Order(StringComparer.Ordinal);

    /// <summary>A page about a record: the first record of each kind the matrix names, seen by the most and the least
    /// privileged roles the matrix lets see it.</summary>
    private static IEnumerable<(string? Email, string Url)> RecordVisits(SweepWorld world, IEnumerable<AccessMatrix.Row> rows)
    {
        foreach (var row in rows)
        {
            if (!world.Records.TryGetValue(row.Record, out var records) || AccessMatrix.UrlFor(row.Route, records[0].Values) is not { } url) continue;
            var allowed = row.Expected.Where(e => e.Value == "200").Select(e => e.Key).ToList();
            foreach (var role in allowed.Take(1).Concat(allowed.Skip(1).TakeLast(1)))
                yield return (EmailOf(world, role, records[0].Owner), url);
        }
    }

    /// <summary>A page about no record: seen by each kind of person, on both sides of the ocean.</summary>
    private static IEnumerable<(string? Email, string Url)> EveryoneVisits(SweepWorld world, string route)
    {
        if (AccessMatrix.UrlFor(route, new Dictionary<string, string>()) is not { } url) yield break;
        var quebec = world.Teams[0];
        var france = world.Teams.Single(t => t == quebec.Partner);
        foreach (var role in Enum.GetValues<SweepRole>().Where(r => r is not (SweepRole.PartnerCoach or SweepRole.UnrelatedCoach)))
            yield return (EmailOf(world, role, quebec), url);
        yield return (france.Coach.Email, url);
        yield return (france.ProjectMember.Email, url);
    }

    private static string? EmailOf(SweepWorld world, SweepRole role, SweepTeam owner) => role switch
    {
        SweepRole.NetworkAdministrator => world.NetworkAdministrator.Email,
        SweepRole.CarrierAdministrator => owner.CarrierAdministrator.Email,
        SweepRole.OwnerAdministrator => owner.Administrator.Email,
        SweepRole.OwnerCoach => owner.Coach.Email,
        SweepRole.PartnerCoach => owner.Partner.Coach.Email,
        SweepRole.UnrelatedCoach => owner.Unrelated.Coach.Email,
        SweepRole.ProjectMember => owner.ProjectMember.Email,
        SweepRole.PartnerGuest => owner.Guest.Email,
        SweepRole.OutsideAssessor => owner.Assessor.Email,
        _ => null,
    };

    /// <summary>The names the sweep gave its organisations and people: proper nouns, whatever their words.</summary>
    private Task<List<string>> NamesAsync() =>
        app.WithDbAsync(async db =>
            (await db.Organisations.Select(o => o.Name).ToListAsync())
            .Concat(await db.Users.Select(u => u.DisplayName).ToListAsync())
            .Concat(await db.ProjectMembers.Select(m => m.DisplayName).ToListAsync())
            .Concat(await db.People.Select(p => p.DisplayName).ToListAsync())
            .Distinct()
            .ToList());
}
