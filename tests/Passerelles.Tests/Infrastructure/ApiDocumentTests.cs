using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Passerelles.Tests.Agreements;
using Passerelles.Tests.Assessments;
using Passerelles.Tests.Circles;
using Passerelles.Tests.Missions;
using Passerelles.Tests.Mobility;
using Passerelles.Web.Features.Grids;
using Xunit.Abstractions;

namespace Passerelles.Tests.Infrastructure;

/// <summary>The API's refusals, its OpenAPI document linted with redocly, and the answers of every documented operation
/// checked against that document with ajv.</summary>
public sealed class ApiDocumentTests(AppFactory app, ITestOutputHelper log) : IClassFixture<AppFactory>
{
    private static readonly string Folder = Path.Combine(SourceTree.Root, "tests", "Passerelles.Tests", "Infrastructure");
    private static readonly string Modules = Path.Combine(SourceTree.Root, "tests", "Passerelles.Tests", "node_modules");

    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private HttpClient Anonymous(string? accept, string language = "en")
    {
        var client = app.CreateBrowserlikeClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        if (accept is not null) client.DefaultRequestHeaders.TryAddWithoutValidation("Accept", accept);
        return client;
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Theory]
    [InlineData(null)]
    [InlineData("text/html")]
    [InlineData("*/*")]
    [InlineData("application/json")]
    [InlineData(BrowserAccept)]
    public async Task An_api_address_answers_a_caller_without_a_session_401_with_problem_details_whatever_they_accept(string? accept)
    {
        var response = await Anonymous(accept).GetAsync("/api/v1/projects");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var problem = await ProblemAsync(response);
        Assert.Equal(401, problem.GetProperty("status").GetInt32());
        Assert.Equal("Sign-in required", problem.GetProperty("title").GetString());
        Assert.Equal("Sign in to Passerelles to use this address.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task The_refusal_speaks_the_caller_s_language()
    {
        var problem = await ProblemAsync(await Anonymous(null, "fr-CA").GetAsync("/api/v1/agreements"));

        Assert.Equal("Connexion requise", problem.GetProperty("title").GetString());
        Assert.Equal("Connectez-vous à Passerelles pour utiliser cette adresse.", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("text/html")]
    [InlineData("*/*")]
    [InlineData("application/json")]
    public async Task An_api_address_answers_a_signed_in_caller_404_with_problem_details_whatever_they_accept(string? accept)
    {
        var client = await app.AdministratorClientAsync();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        if (accept is not null) client.DefaultRequestHeaders.TryAddWithoutValidation("Accept", accept);

        var response = await client.GetAsync($"/api/v1/grids/{ShippedGrids.SocialInnovation}/versions/99");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = await ProblemAsync(response);
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
        Assert.Equal("Page not found", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_documented_download_refuses_a_signed_in_caller_without_the_right_403_with_problem_details_when_asked_for_json()
    {
        var email = $"nobody-{Guid.NewGuid():N}@test.passerelles.org";
        await app.CreateUserAsync(email);
        var client = await app.SignedInClientAsync(email);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var page = await client.GetAsync("/projects/export/projects");
        client.DefaultRequestHeaders.TryAddWithoutValidation("Accept", "application/json");
        var json = await client.GetAsync("/projects/export/projects");

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.Forbidden, json.StatusCode);
        var problem = await ProblemAsync(json);
        Assert.Equal(403, problem.GetProperty("status").GetInt32());
        Assert.Equal("Access denied", problem.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Redirect)]
    [InlineData(BrowserAccept, HttpStatusCode.Redirect)]
    [InlineData("application/json", HttpStatusCode.Unauthorized)]
    public async Task A_documented_download_sends_a_browser_without_a_session_to_sign_in_and_answers_json_callers_401(string? accept, HttpStatusCode expected)
    {
        var response = await Anonymous(accept).GetAsync("/projects/export/projects");

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Redirect) Assert.Equal("/account/login", response.Headers.Location!.AbsolutePath);
        else Assert.Equal(401, (await ProblemAsync(response)).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task The_document_describes_the_session_numbers_dates_and_fixed_values_as_they_are()
    {
        var document = await DocumentAsync();
        var schemas = document["components"]!["schemas"]!;
        JsonNode Operation(string path) => document["paths"]![path]!["get"]!;
        JsonNode Parameter(string path, string name) => Operation(path)["parameters"]!.AsArray().Single(p => (string?)p!["name"] == name)!;

        var scheme = document["components"]!["securitySchemes"]!["sessionCookie"]!;
        Assert.Equal(("apiKey", "cookie", "passerelles.auth"), ((string?)scheme["type"], (string?)scheme["in"], (string?)scheme["name"]));
        Assert.Equal("""[{"sessionCookie":[]}]""", Operation("/api/v1/projects")["security"]!.ToJsonString());
        Assert.Equal("""[{},{"sessionCookie":[]}]""", Operation("/api/v1/organisations")["security"]!.ToJsonString());
        Assert.Equal("integer", (string?)schemas["ProjectList"]!["properties"]!["total"]!["type"]);
        Assert.Equal("number", (string?)schemas["GridLevelDefinition"]!["properties"]!["value"]!["type"]);
        Assert.Equal("date-time", (string?)schemas["SessionItem"]!["properties"]!["startUtc"]!["format"]);
        Assert.Equal("date-time", (string?)schemas["SessionItem"]!["properties"]!["localStartParis"]!["format"]);
        Assert.Equal("date-time", (string?)schemas["ItineraryEntry"]!["properties"]!["localEnd"]!["format"]);
        Assert.Equal(["Leg", "Visit", "Meeting", "FreeTime", "Accommodation"], schemas["ItineraryKind"]!["enum"]!.AsArray().Select(n => (string?)n));
        Assert.Equal(["key", "labels"], schemas["GridLevelDefinition"]!["required"]!.AsArray().Select(n => (string?)n));
        Assert.DoesNotContain("guidance", schemas["GridCriterionDefinition"]!["required"]!.AsArray().Select(n => (string?)n));
        Assert.True((bool?)Parameter("/assessments/export.csv", "version")["required"]);
        Assert.Equal(["projects", "milestones", "coaching-hours"], Parameter("/projects/export/{kind}", "kind")["schema"]!["enum"]!.AsArray().Select(n => (string?)n));
        Assert.Equal(["csv", "jsonld", "essglobal", "hsds"], Parameter("/directory/export/{format}", "format")["schema"]!["enum"]!.AsArray().Select(n => (string?)n));
        Assert.Equal("application/problem+json", Operation("/api/v1/grids")["responses"]!["401"]!["content"]!.AsObject().Single().Key);
    }

    [Fact]
    public async Task The_document_passes_redocly_s_recommended_rules()
    {
        var file = Path.GetTempFileName();
        await File.WriteAllTextAsync(file, (await DocumentAsync()).ToJsonString());
        try
        {
            var (exit, output) = await RunAsync(Path.Combine(Modules, ".bin", "redocly"),
                ["lint", file, "--config", Path.Combine(Folder, "redocly.yaml"), "--format", "stylish"]);

            // The warnings stay visible in the test's output; errors fail it.
            log.WriteLine(output);
            Assert.True(exit == 0, output);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Every_documented_operation_answers_as_the_document_says()
    {
        var p = await app.AssessedProjectAsync();
        var assessment = await p.Coach.AssessAsync(p, new Dictionary<string, string> { ["need"] = "strong", ["novelty"] = "absent", ["participation"] = "na" });
        await app.AgreementAsync();
        var circle = await app.CircleAsync();
        var mission = await app.ProgrammeAsync();
        var mobility = await app.MobilityWorldAsync();
        var funding = await Passerelles.Tests.Funding.FundingTesting.FundingWorldAsync(app);
        var planning = await HtmlPage.GetAsync(circle.Quebec.Client, $"/circles/{circle.CircleId}/sessions/new");
        Assert.Equal(HttpStatusCode.Redirect, (await planning.SubmitAsync(circle.Quebec.Client, "main form",
            CirclesTesting.SessionFields("Financer un projet collectif", "2026-03-17", "10:00"))).StatusCode);
        var admin = await app.AdministratorClientAsync();
        var anonymous = app.CreateBrowserlikeClient();
        var nobodyEmail = $"nobody-{Guid.NewGuid():N}@test.passerelles.org";
        await app.CreateUserAsync(nobodyEmail);
        var nobody = await app.SignedInClientAsync(nobodyEmail);
        var missing = Guid.NewGuid();
        var residence = new Passerelles.Web.Features.Mobility.Residence { Name = "Résidence de Tarnos", OrganisationId = (await app.CreateOrganisationAsync()).Id };
        await app.WithDbAsync(db => { db.Residences.Add(residence); return db.SaveChangesAsync(); });
        var results = $"/projects/{p.Project.Id}/assessments/results/{p.Version.Id}/export.csv";
        var privacy = await Passerelles.Tests.Privacy.Requests.RequestsTesting.ControllerAsync(app, Passerelles.Web.Features.Organisations.Side.France);
        var subject = await Passerelles.Tests.Privacy.Requests.RequestsTesting.SubjectAsync(app, privacy.Organisation.Id);
        await Passerelles.Tests.Projects.IntakeTesting.SubmitAsync(subject.Client, "/me/privacy/requests/new", new Dictionary<string, string> { ["Input.Kind"] = "Access" });

        (string Path, HttpClient Client, string Url)[] calls =
        [
            ("/api/v1/organisations", admin, "/api/v1/organisations?pageSize=100"),
            ("/api/v1/organisations", anonymous, "/api/v1/organisations?q=Cantine&side=Quebec"),
            ("/api/v1/organisations", anonymous, "/api/v1/organisations?page=first"),
            ("/api/v1/projects", p.Coach, "/api/v1/projects"),
            ("/api/v1/projects", p.Coach, "/api/v1/projects?stage=Nowhere"),
            ("/api/v1/projects", anonymous, "/api/v1/projects"),
            ("/api/v1/grids", admin, "/api/v1/grids"),
            ("/api/v1/grids", anonymous, "/api/v1/grids"),
            ("/api/v1/grids/{id}/versions/{v}", admin, $"/api/v1/grids/{ShippedGrids.SocialInnovation}/versions/1"),
            ("/api/v1/grids/{id}/versions/{v}", admin, $"/api/v1/grids/{p.Version.GridId}/versions/{p.Version.Number}"),
            ("/api/v1/grids/{id}/versions/{v}", admin, $"/api/v1/grids/{ShippedGrids.SocialInnovation}/versions/99"),
            ("/api/v1/grids/{id}/versions/{v}", anonymous, $"/api/v1/grids/{ShippedGrids.SocialInnovation}/versions/1"),
            ("/api/v1/sessions", circle.Member.Client, "/api/v1/sessions?from=2026-03-01&to=2026-04-01T00:00:00Z"),
            ("/api/v1/sessions", circle.Member.Client, "/api/v1/sessions?from=yesterday"),
            ("/api/v1/sessions", anonymous, "/api/v1/sessions"),
            ("/api/v1/agreements", admin, "/api/v1/agreements"),
            ("/api/v1/agreements", anonymous, "/api/v1/agreements"),
            ("/api/v1/grants", funding.FranceAdmin.Client, "/api/v1/grants"),
            ("/api/v1/grants", anonymous, "/api/v1/grants"),
            ("/api/v1/missions/{id}/itinerary", mission.Member.Client, $"/api/v1/missions/{mission.MissionId}/itinerary"),
            ("/api/v1/missions/{id}/itinerary", mission.Host.Client, $"/api/v1/missions/{mission.MissionId}/itinerary"),
            ("/api/v1/missions/{id}/itinerary", mission.Outsider.Client, $"/api/v1/missions/{mission.MissionId}/itinerary"),
            ("/api/v1/missions/{id}/itinerary", anonymous, $"/api/v1/missions/{mission.MissionId}/itinerary"),
            ("/api/v1/missions", admin, "/api/v1/missions"),
            ("/api/v1/missions", anonymous, "/api/v1/missions"),
            ("/api/v1/mobility/offers", mobility.Student.Client, "/api/v1/mobility/offers?side=France&from=2026-08-01&to=2026-12-31"),
            ("/api/v1/mobility/offers", mobility.Student.Client, "/api/v1/mobility/offers?side=Nowhere&from=tomorrow"),
            ("/api/v1/mobility/offers", anonymous, "/api/v1/mobility/offers"),
            ("/api/v1/mobility/residences/{id}/occupancy", nobody, $"/api/v1/mobility/residences/{residence.Id}/occupancy?from=2027-01&to=2027-03"),
            ("/api/v1/mobility/residences/{id}/occupancy", nobody, $"/api/v1/mobility/residences/{residence.Id}/occupancy?from=March"),
            ("/api/v1/mobility/residences/{id}/occupancy", nobody, $"/api/v1/mobility/residences/{missing}/occupancy"),
            ("/api/v1/mobility/residences/{id}/occupancy", anonymous, $"/api/v1/mobility/residences/{residence.Id}/occupancy"),
            ("/api/v1/indicators", admin, "/api/v1/indicators?fiscal=qc-2023"),
            ("/api/v1/indicators", admin, "/api/v1/indicators?from=2024-01-01&to=2023-01-01"),
            ("/api/v1/indicators", nobody, "/api/v1/indicators"),
            ("/api/v1/indicators", anonymous, "/api/v1/indicators"),
            ("/api/v1/privacy/requests", privacy.Officer.Client, "/api/v1/privacy/requests"),
            ("/api/v1/privacy/requests", anonymous, "/api/v1/privacy/requests"),
            ("/api/v1/me/export", subject.Client, "/api/v1/me/export"),
            ("/api/v1/me/export", nobody, "/api/v1/me/export"),
            ("/api/v1/me/export", anonymous, "/api/v1/me/export"),
            ("/directory/export/{format}", anonymous, "/directory/export/csv"),
            ("/directory/export/{format}", anonymous, "/directory/export/jsonld"),
            ("/directory/export/{format}", anonymous, "/directory/export/essglobal"),
            ("/directory/export/{format}", anonymous, "/directory/export/hsds"),
            ("/directory/export/{format}", anonymous, "/directory/export/xml"),
            ("/bridges/network.json", anonymous, "/bridges/network.json"),
            ("/bridges/network.json", admin, "/bridges/network.json?kind=Nothing"),
            ("/bridges/{id}/evidence", admin, $"/bridges/{missing}/evidence"),
            ("/bridges/{id}/evidence", anonymous, $"/bridges/{missing}/evidence"),
            ("/projects/export/{kind}", p.Coach, "/projects/export/projects"),
            ("/projects/export/{kind}", p.Coach, "/projects/export/milestones"),
            ("/projects/export/{kind}", p.Coach, "/projects/export/coaching-hours"),
            ("/projects/export/{kind}", p.Coach, "/projects/export/everything"),
            ("/projects/export/{kind}", nobody, "/projects/export/projects"),
            ("/projects/export/{kind}", anonymous, "/projects/export/projects"),
            ("/assessments/{id}/export.csv", p.Coach, $"/assessments/{assessment}/export.csv"),
            ("/assessments/{id}/export.csv", p.Coach, $"/assessments/{missing}/export.csv"),
            ("/assessments/{id}/export.csv", anonymous, $"/assessments/{assessment}/export.csv"),
            ("/assessments/{id}/export.pdf", p.Coach, $"/assessments/{assessment}/export.pdf"),
            ("/assessments/{id}/export.pdf", p.Outsider, $"/assessments/{assessment}/export.pdf"),
            ("/projects/{id}/assessments/results/{versionId}/export.csv", p.PartnerCoach, results),
            ("/projects/{id}/assessments/results/{versionId}/export.csv", p.Outsider, results),
            ("/assessments/export.csv", p.Coach, $"/assessments/export.csv?version={p.Version.Id}"),
            ("/assessments/export.csv", p.Coach, "/assessments/export.csv"),
            ("/assessments/export.csv", nobody, $"/assessments/export.csv?version={p.Version.Id}"),
        ];

        var document = await DocumentAsync();
        var documented = document["paths"]!.AsObject().Where(path => path.Value!["get"] is not null).Select(path => path.Key).ToHashSet();
        Assert.Equal(documented.Order(), calls.Select(c => c.Path).Distinct().Order());

        var answers = new JsonArray();
        foreach (var (path, client, url) in calls)
        {
            var response = await client.GetAsync(url);
            var body = await response.Content.ReadAsByteArrayAsync();
            var mediaType = response.Content.Headers.ContentType?.MediaType ?? "";
            answers.Add(new JsonObject
            {
                ["path"] = path, ["method"] = "get", ["url"] = url, ["status"] = (int)response.StatusCode,
                ["contentType"] = mediaType, ["length"] = body.Length,
                ["body"] = mediaType.EndsWith("json") ? System.Text.Encoding.UTF8.GetString(body) : "",
            });
        }
        // Every operation answered at least once with success, but the download of a bridge's evidence, asked here of a
        // bridge that does not exist.
        var succeeded = answers.Where(a => (int?)a!["status"] == 200).Select(a => (string?)a!["path"]).ToHashSet();
        Assert.Equal(documented.Where(path => path != "/bridges/{id}/evidence").Order(), succeeded.Order());

        var file = Path.GetTempFileName();
        await File.WriteAllTextAsync(file, new JsonObject { ["document"] = document, ["answers"] = answers }.ToJsonString());
        try
        {
            var (exit, output) = await RunAsync("node", [Path.Combine(Folder, "openapi-answers.mjs"), file]);

            log.WriteLine(output);
            Assert.True(exit == 0, output);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private async Task<JsonNode> DocumentAsync()
    {
        var response = await app.CreateClient().GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static async Task<(int Exit, string Output)> RunAsync(string program, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Folder };
        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await errors);
    }
}
