using System.Net;
using System.Text.RegularExpressions;
using Passerelles.Tests.Grids;
using Passerelles.Tests.Projects;
using Passerelles.Web.Features.Grids;
using Passerelles.Web.Features.Organisations;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Passerelles.Tests.Assessments;

/// <summary>An assessment as a PDF document: what it holds, in the reader's language, and who may download it.</summary>
public sealed partial class PdfTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static async Task<string> PdfTextAsync(HttpClient client, Guid assessmentId)
    {
        var response = await client.GetAsync($"/assessments/{assessmentId}/export.pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        using var document = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        return Spaces().Replace(string.Join(" ", document.GetPages().Select(p => ContentOrderTextExtractor.GetText(p))), " ");
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    private static Dictionary<string, string> Evidence(GridVersion version, string criterion, string evidence, string link = "", string comment = "") => new()
    {
        [$"Answers[{version.Criterion(criterion)}].Evidence"] = evidence,
        [$"Answers[{version.Criterion(criterion)}].EvidenceLink"] = link,
        [$"Answers[{version.Criterion(criterion)}].Comment"] = comment,
    };

    private static async Task<Guid> SubmitAsync(AssessedProject p, IDictionary<string, string> more)
    {
        var id = await p.Team.StartAsync(p.Project.Id, p.Version.Id);
        var response = await p.Team.AnswerAsync(id, p.Version,
            new Dictionary<string, string> { ["need"] = "strong", ["novelty"] = "na", ["participation"] = "emerging" }, "Submit", more);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return id;
    }

    [Fact]
    public async Task The_PDF_of_an_assessment_holds_its_subject_grid_assessor_answers_evidence_and_scores()
    {
        var p = await app.AssessedProjectAsync(name: "Café de l'Entraide");
        var id = await SubmitAsync(p, Evidence(p.Version, "need", "Étude des besoins menée à Joliette en février.", "https://example.org/étude", "Très clair."));

        var text = await PdfTextAsync(p.Coach, id);

        Assert.Contains("Trial grid: Café de l'Entraide", text);
        Assert.Contains("Project Café de l'Entraide", text);
        Assert.Contains("Grid version 1", text);
        Assert.Contains("Assessor Camille Roy (Team self-assessment)", text);
        Assert.Contains("Status Submitted", text);
        Assert.Contains("Submitted on", text);
        Assert.Contains("Need Level Strong", text);
        Assert.Contains("Evidence Étude des besoins menée à Joliette en février.", text);
        Assert.Contains("https://example.org/étude", text);
        Assert.Contains("Comment Très clair.", text);
        Assert.Contains("Novelty Level Not applicable", text);
        Assert.Contains("Participation Level Emerging", text);
        // Nature: strong (3), novelty not applicable; Process: emerging (1); total: the mean of 3 and 1.
        Assert.Contains("Scores by dimension", text);
        Assert.Contains("Total 2", text);
        Assert.Contains("Page 1 of", text);
    }

    [Fact]
    public async Task The_PDF_is_in_the_readers_language_with_its_accents()
    {
        var p = await app.AssessedProjectAsync(name: "Épicerie coopérative");
        var id = await SubmitAsync(p, Evidence(p.Version, "participation", "Réunions ouvertes aux citoyen·nes."));
        var (quebec, _, _) = await app.PersonClientAsync(p.Incubator.Id, MemberRole.Coach, "fr-CA");
        var (france, _, _) = await app.PersonClientAsync(p.Incubator.Id, MemberRole.Coach, "fr-FR");

        var ca = await PdfTextAsync(quebec, id);
        var fr = await PdfTextAsync(france, id);

        foreach (var text in new[] { ca, fr })
        {
            Assert.Contains("Grille d'essai: Épicerie coopérative", text.Replace(" :", ":", StringComparison.Ordinal));
            Assert.Contains("Nouveauté", text);
            Assert.Contains("Sans objet", text);
            Assert.Contains("Émergent", text);
            Assert.Contains("Réunions ouvertes aux citoyen·nes.", text);
            Assert.Contains("Page 1 sur", text);
            Assert.DoesNotContain("Not applicable", text);
        }
    }

    [Fact]
    public async Task A_scored_grid_with_three_dimensions_or_more_gets_a_radar_drawing_beside_its_scores()
    {
        var file = AssessmentsTesting.FourLevelFile().Replace("""{ "key": "process",""", """
            { "key": "results", "labels": { "fr-CA": "Résultats", "fr-FR": "Résultats", "en": "Results" }, "criteria": [
              { "key": "diffusion", "labels": { "fr-CA": "Diffusion", "fr-FR": "Diffusion", "en": "Diffusion" } } ] },
            { "key": "process",
            """, StringComparison.Ordinal);
        var version = await app.VersionAsync(await app.CreatePublishedGridAsync(file));
        var incubator = await app.CreateOrganisationAsync();
        var project = await app.CreateActiveProjectAsync(incubator.Id, "Jardin partagé");
        var coach = await app.StaffClientAsync(incubator.Id);
        var id = await coach.StartAsync(project.Id, version.Id);
        Assert.Equal(HttpStatusCode.Redirect, (await coach.AnswerAsync(id, version,
            new Dictionary<string, string> { ["need"] = "strong", ["novelty"] = "present", ["diffusion"] = "emerging", ["participation"] = "absent" }, "Submit")).StatusCode);

        var response = await coach.GetAsync($"/assessments/{id}/export.pdf");
        using var document = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var text = Spaces().Replace(ContentOrderTextExtractor.GetText(document.GetPage(1)), " ");

        // Rings, axes and the shape of the scores are drawn as paths; the scores are written out beneath them.
        Assert.True(document.GetPage(1).Paths.Count >= 8);
        Assert.Contains("Nature 2.5", text);
        Assert.Contains("Results 1", text);
        Assert.Contains("Process 0", text);
        Assert.Contains("Total 1.17", text);
    }

    [Fact]
    public async Task The_PDF_of_an_unscored_grid_shows_no_score_and_never_a_total()
    {
        var p = await app.AssessedProjectAsync(scored: false);
        var id = await SubmitAsync(p, new Dictionary<string, string>());

        var text = await PdfTextAsync(p.Coach, id);

        Assert.Contains("This grid is deliberately unscored", text);
        Assert.Contains("Need Level Strong", text);
        Assert.DoesNotContain("Total", text);
        Assert.DoesNotContain("Scores by dimension", text);
    }

    [Fact]
    public async Task A_draft_PDF_is_its_assessors_alone_and_outsiders_get_nothing()
    {
        var p = await app.AssessedProjectAsync();
        var submitted = await SubmitAsync(p, new Dictionary<string, string>());
        var draft = await p.Coach.StartAsync(p.Project.Id, p.Version.Id);

        var text = await PdfTextAsync(p.Coach, draft);

        Assert.Contains("Status Draft", text);
        Assert.Contains("Last saved on", text);
        Assert.Contains("Need Level Not answered", text);
        Assert.Equal(HttpStatusCode.NotFound, (await p.Team.GetAsync($"/assessments/{draft}/export.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await p.Outsider.GetAsync($"/assessments/{submitted}/export.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await p.Outsider.GetAsync($"/assessments/{draft}/export.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await p.Coach.GetAsync($"/assessments/{Guid.NewGuid()}/export.pdf")).StatusCode);
        var anonymous = await app.CreateClient(new() { AllowAutoRedirect = false }).GetAsync($"/assessments/{submitted}/export.pdf");
        Assert.NotEqual(HttpStatusCode.OK, anonymous.StatusCode);
    }

    [Fact]
    public async Task The_PDF_of_a_territory_assessment_names_the_territory_and_its_region()
    {
        var version = await app.VersionAsync(await app.CreatePublishedGridAsync(AssessmentsTesting.FourLevelFile(subject: "territory")));
        var incubator = await app.CreateOrganisationAsync();
        var coach = await app.StaffClientAsync(incubator.Id, MemberRole.OrganisationAdministrator);
        var member = await app.StaffClientAsync(incubator.Id, MemberRole.ProjectMember);
        var territory = AssessmentsTesting.Territory();
        var id = await coach.StartStudyAsync(version.Id, territory, "Québec", incubator.Id);
        Assert.Equal(HttpStatusCode.Redirect, (await coach.AnswerAsync(id, version,
            new Dictionary<string, string> { ["need"] = "present", ["novelty"] = "present", ["participation"] = "absent" }, "Submit")).StatusCode);

        var text = await PdfTextAsync(coach, id);

        Assert.Contains($"Trial grid: {territory}", text);
        Assert.Contains($"Territory {territory}", text);
        Assert.Contains("Region Québec", text);
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync($"/assessments/{id}/export.pdf")).StatusCode);
    }

    [Fact]
    public async Task The_assessment_and_results_pages_link_to_the_PDF()
    {
        var p = await app.AssessedProjectAsync();
        var id = await SubmitAsync(p, new Dictionary<string, string>());

        var details = await HtmlPage.GetAsync(p.Coach, $"/assessments/{id}");
        var results = await HtmlPage.GetAsync(p.Coach, $"/projects/{p.Project.Id}/assessments/results/{p.Version.Id}");

        Assert.Equal($"/assessments/{id}/export.pdf", details.Document.QuerySelector("main a.download-pdf")!.GetAttribute("href"));
        Assert.Equal("Download PDF", details.Text("main a.download-pdf"));
        Assert.Equal($"/assessments/{id}/export.pdf", results.Document.QuerySelector("table.over-time a.download-pdf")!.GetAttribute("href"));
    }
}
