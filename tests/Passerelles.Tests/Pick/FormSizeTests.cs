using System.Net;
using Passerelles.Tests.Agreements;
using Passerelles.Tests.Projects;
using Passerelles.Web.Features.Bridges;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Tests.Pick;

/// <summary>No form lists a whole table: with 5,000 organisations in the directory, every page with a picker of
/// organisations stays small, as the role that may use it sees it.</summary>
public sealed class FormSizeTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const int Organisations = 5_000;
    private const int MaxBytes = 200 * 1024;

    [Fact]
    public async Task Every_form_with_a_picker_stays_under_200_KB_with_5000_organisations()
    {
        var world = await app.AgreementAsync();
        await FillDirectoryAsync();
        var bridge = await app.WithDbAsync(async db =>
        {
            var bridge = new Bridge { FromOrganisationId = world.Cereso.Id, ToOrganisationId = world.Tube.Id, Kind = BridgeKind.Partnership };
            db.Bridges.Add(bridge);
            await db.SaveChangesAsync();
            return bridge;
        });
        var administrator = await app.AdministratorClientAsync();
        string[] pages =
        [
            "/organisations/create", $"/organisations/{world.Cereso.Id}/edit",
            "/bridges/new", $"/bridges/{bridge.Id}/edit", "/bridges", "/bridges/map", "/bridges/graph", $"/bridges/suggestions?organisation={world.Cereso.Id}",
            "/agreements/new", $"/agreements/{world.AgreementId}/parties",
            "/projects", "/projects/apply", "/programmes/new", "/people", "/people/new", "/assessments/territories",
        ];

        var sizes = new List<(string Page, HttpStatusCode Status, int Bytes)>();
        foreach (var page in pages)
        {
            var response = await administrator.GetAsync(page);
            sizes.Add((page, response.StatusCode, (await response.Content.ReadAsByteArrayAsync()).Length));
        }
        var parties = await world.CeresoAdmin.Client.GetAsync($"/agreements/{world.AgreementId}/parties");
        sizes.Add(("parties, as a drafter", parties.StatusCode, (await parties.Content.ReadAsByteArrayAsync()).Length));
        var project = await app.CreateActiveProjectAsync(world.Cereso.Id, "Projet partagé");
        var sharing = await administrator.GetAsync($"/projects/{project.Id}/sharing");
        sizes.Add(("sharing", sharing.StatusCode, (await sharing.Content.ReadAsByteArrayAsync()).Length));

        var report = string.Join("\n", sizes.Select(s => $"{s.Page}: {s.Status}, {s.Bytes} bytes"));
        Assert.True(sizes.All(s => s.Status == HttpStatusCode.OK && s.Bytes < MaxBytes), report);
        // The forms that choose an incubator name none of the directory until a search asks for them.
        foreach (var page in new[] { "/projects/apply", "/programmes/new", $"/projects/{project.Id}/sharing" })
            Assert.True(!(await administrator.GetStringAsync(page)).Contains("Organisation remplie", StringComparison.Ordinal), $"{page} lists organisations of the directory.");
    }

    /// <summary>5,000 public organisations of every kind, in one save.</summary>
    private Task FillDirectoryAsync() => app.WithDbAsync(async db =>
    {
        var kinds = Enum.GetValues<OrganisationKind>();
        db.Organisations.AddRange(Enumerable.Range(0, Organisations).Select(i => new Organisation
        {
            Name = $"Organisation remplie {i:D5}",
            Kind = kinds[i % kinds.Length],
            Side = i % 2 == 0 ? Side.Quebec : Side.France,
            CountryCode = i % 2 == 0 ? "CA" : "FR",
            Region = i % 2 == 0 ? "Lanaudière" : "Nouvelle-Aquitaine",
            DefaultCulture = i % 2 == 0 ? "fr-CA" : "fr-FR",
            TimeZoneId = i % 2 == 0 ? "America/Toronto" : "Europe/Paris",
            IsPublic = true,
        }));
        await db.SaveChangesAsync();
    });
}
