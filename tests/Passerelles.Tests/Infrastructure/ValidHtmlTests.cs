using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Passerelles.Tests.Security;

namespace Passerelles.Tests.Infrastructure;

/// <summary>The main pages, in each language the app speaks, pass the Nu HTML Checker (vnu.jar) without an error. The
/// browser journeys validate every page they visit; this is the quick guard that needs no browser.</summary>
public sealed class ValidHtmlTests(SweepApp app) : IClassFixture<SweepApp>
{
    [Fact]
    public async Task The_main_pages_are_valid_html_in_every_language()
    {
        // A real clock stamps records with fractions of a second.
        app.Clock.Advance(TimeSpan.FromTicks(1_234_567));
        var world = await app.WorldAsync();
        var quebec = world.Teams[0];
        string Url(string route, string record) => AccessMatrix.UrlFor(route, world.Records[record][0].Values)!;
        var project = world.Records["project"][0].Values;
        (string? Email, string Url)[] visits =
        [
            (null, "/account/login"),
            (world.NetworkAdministrator.Email, "/"),
            (quebec.Administrator.Email, "/"),
            (quebec.Coach.Email, "/"),
            (quebec.ProjectMember.Email, "/"),
            (quebec.Guest.Email, "/"),
            (null, "/directory"),
            (quebec.Coach.Email, "/directory"),
            (null, Url("/directory/{id:guid}", "organisation")),
            (quebec.Administrator.Email, Url("/organisations/{id:guid}/edit", "organisation")),
            (quebec.Coach.Email, Url("/circles/sessions/{id:guid}", "circle session")),
            (quebec.CarrierAdministrator.Email, Url("/agreements/{id:guid}", "agreement (a carrier is party)")),
            (quebec.Coach.Email, Url("/projects/{id:guid}", "project")),
            (quebec.Coach.Email, $"/projects/{project["id"]}/assessments/results/{project["versionId"]}"),
            (quebec.Administrator.Email, Url("/assessments/territories/{id:guid}/results/{versionId:guid}", "territory study results")),
            (quebec.Administrator.Email, Url("/missions/{id:guid}/itinerary", "mission with a visit")),
            (quebec.Administrator.Email, Url("/missions/{id:guid}/itinerary/new", "mission with a visit") + "?kind=Leg"),
            (quebec.Administrator.Email, Url("/missions/{id:guid}/itinerary/{itemId:guid}/edit", "itinerary item (a visit)")),
            (quebec.Administrator.Email, Url("/missions/{id:guid}/itinerary/{itemId:guid}/delete", "itinerary item (a visit)")),
            (quebec.Coach.Email, "/missions"),
            (quebec.Coach.Email, Url("/missions/{id:guid}", "mission")),
            (quebec.Coach.Email, "/missions/new"),
        ];

        using var pages = new ServedPages();
        foreach (var culture in new[] { "fr-CA", "fr-FR", "en" })
        {
            await app.WithDbAsync(db => db.Users.ExecuteUpdateAsync(s => s.SetProperty(u => u.PreferredCulture, culture)));
            var clients = new Dictionary<string, HttpClient>();
            foreach (var (email, url) in visits)
            {
                if (!clients.TryGetValue(email ?? "", out var client))
                {
                    client = email is null ? app.CreateBrowserlikeClient() : await app.SignedInClientAsync(email);
                    client.DefaultRequestHeaders.AcceptLanguage.Add(StringWithQualityHeaderValue.Parse(culture));
                    clients[email ?? ""] = client;
                }
                var response = await client.GetAsync(url);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} as {email ?? "a visitor"} in {culture}: {(int)response.StatusCode}");
                pages.Keep($"{url} as {email ?? "a visitor"}", await response.Content.ReadAsStringAsync());
            }
        }

        Assert.Equal(visits.Length * 3, pages.Count);
        var errors = await pages.ValidateAsync();
        Assert.True(errors.Count == 0, $"{errors.Count} errors from the Nu HTML Checker:\n" + string.Join("\n", errors));
    }
}
