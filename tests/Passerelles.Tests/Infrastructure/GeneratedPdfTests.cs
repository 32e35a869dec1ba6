using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Tests.Agreements;
using Passerelles.Tests.Assessments;
using Passerelles.Tests.Grids;
using Passerelles.Tests.Projects;
using Passerelles.Web.Features.Agreements;
using Passerelles.Web.Features.Organisations;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Passerelles.Tests.Infrastructure;

/// <summary>Every kind of PDF the platform produces (an assessment of a project, scored with its radar drawing or
/// unscored, an assessment of a territory, and the evidence pack of a signed agreement), in each language, as qpdf and a
/// PDF text extractor read it: valid, tagged for assistive technology, and in the reader's language on every line.</summary>
public sealed class GeneratedPdfTests(AppFactory app) : IClassFixture<AppFactory>
{
    private sealed record Produced(string Kind, string Title, byte[] Content);

    private const string ThreeDimensionGrid = """
        { "key": "results", "labels": { "fr-CA": "Résultats", "fr-FR": "Résultats", "en": "Results" }, "criteria": [
          { "key": "diffusion", "labels": { "fr-CA": "Diffusion", "fr-FR": "Diffusion", "en": "Diffusion" } } ] },
        { "key": "process",
        """;

    /// <summary>Each kind of PDF, downloaded by a reader of <paramref name="culture"/>.</summary>
    private async Task<IReadOnlyList<Produced>> ProduceAsync(string culture)
    {
        var scoredVersion = await app.VersionAsync(await app.CreatePublishedGridAsync(
            AssessmentsTesting.FourLevelFile().Replace("""{ "key": "process",""", ThreeDimensionGrid, StringComparison.Ordinal)));
        var unscoredVersion = await app.VersionAsync(await app.CreatePublishedGridAsync(AssessmentsTesting.FourLevelFile(scored: false)));
        var territoryVersion = await app.VersionAsync(await app.CreatePublishedGridAsync(AssessmentsTesting.FourLevelFile(subject: "territory")));
        var incubator = await app.CreateOrganisationAsync(side: Side.Quebec);
        var project = await app.CreateActiveProjectAsync(incubator.Id, "Épicerie coopérative");
        var coach = await app.StaffClientAsync(incubator.Id, MemberRole.OrganisationAdministrator);
        var reader = await app.StaffClientAsync(incubator.Id, MemberRole.OrganisationAdministrator, culture);

        var scored = await coach.StartAsync(project.Id, scoredVersion.Id);
        Assert.Equal(HttpStatusCode.Redirect, (await coach.AnswerAsync(scored, scoredVersion,
            new Dictionary<string, string> { ["need"] = "strong", ["novelty"] = "na", ["diffusion"] = "emerging", ["participation"] = "present" }, "Submit",
            new Dictionary<string, string>
            {
                [$"Answers[{scoredVersion.Criterion("need")}].Evidence"] = "Étude des besoins menée à Joliette en février.",
                [$"Answers[{scoredVersion.Criterion("need")}].EvidenceLink"] = "https://example.org/etude",
                [$"Answers[{scoredVersion.Criterion("need")}].Comment"] = "Très clair.",
            })).StatusCode);
        var unscored = await coach.StartAsync(project.Id, unscoredVersion.Id);
        Assert.Equal(HttpStatusCode.Redirect, (await coach.AnswerAsync(unscored, unscoredVersion,
            new Dictionary<string, string> { ["need"] = "strong", ["novelty"] = "present", ["participation"] = "absent" }, "Submit")).StatusCode);
        var territory = await coach.StartStudyAsync(territoryVersion.Id, AssessmentsTesting.Territory(), "Lanaudière", incubator.Id);
        Assert.Equal(HttpStatusCode.Redirect, (await coach.AnswerAsync(territory, territoryVersion,
            new Dictionary<string, string> { ["need"] = "present", ["novelty"] = "present", ["participation"] = "absent" }, "Submit")).StatusCode);

        var agreement = await SignedAgreementWithItsTrailAsync();
        var email = $"{Guid.NewGuid():N}@test.passerelles.org";
        var member = await app.CreateUserAsync(email, "Hélène Etcheverry", culture: culture);
        await app.AddMemberAsync(agreement.Tube.Id, member.Id, MemberRole.Coach);
        var agreementReader = await app.SignedInClientAsync(email);

        return
        [
            new("scored assessment with its radar drawing", "", await DownloadAsync(reader, $"/assessments/{scored}/export.pdf")),
            new("unscored assessment", "", await DownloadAsync(reader, $"/assessments/{unscored}/export.pdf")),
            new("territory assessment", "", await DownloadAsync(reader, $"/assessments/{territory}/export.pdf")),
            new("evidence pack", "Entente de partenariat CERESO – Le Tube à ESS'ai", await DownloadAsync(agreementReader, $"/agreements/{agreement.AgreementId}/evidence-pack")),
        ];
    }

    /// <summary>A signed agreement whose audit trail holds every detail the platform writes in fixed words, including a
    /// change of term recorded in the English words the trail used to keep.</summary>
    private async Task<AgreementsTesting.AgreementWorld> SignedAgreementWithItsTrailAsync()
    {
        var world = await app.AgreementAsync(ceresoRank: 1, tubeRank: 1);
        await app.OpenSignatureAsync(world);
        var at = Instant.FromDateTimeOffset(app.Clock.GetUtcNow()) - Duration.FromDays(3);
        var admin = world.CeresoAdmin.User.Id;
        await app.WithDbAsync(async db =>
        {
            AgreementFile.Record(db, world.AgreementId, AgreementEventKind.Created, 1, admin, at, "Entente de partenariat CERESO – Le Tube à ESS'ai");
            AgreementFile.Record(db, world.AgreementId, AgreementEventKind.PartyAdded, 1, admin, at, TrailDetail.PartyAdded(world.Tube.Name, 1), world.Tube.Id);
            AgreementFile.Record(db, world.AgreementId, AgreementEventKind.VersionSaved, 1, admin, at, TrailDetail.BackToDraft(AgreementStatus.InApproval));
            AgreementFile.Record(db, world.AgreementId, AgreementEventKind.VersionSaved, 1, admin, at, TrailDetail.ApprovalsAskedAgain);
            AgreementFile.Record(db, world.AgreementId, AgreementEventKind.TermChanged, 1, admin, at, "expires 2029-03-10, notice 90 days, renews tacitly for 12 months");
            AgreementFile.Record(db, world.AgreementId, AgreementEventKind.TermChanged, 1, admin, at, "no expiry date");
            AgreementFile.Record(db, world.AgreementId, AgreementEventKind.TermChanged, 1, admin, at, TermDetail.Of(new LocalDate(2030, 1, 31), 60, 24));
            await db.SaveChangesAsync();
        });
        Assert.Equal(HttpStatusCode.Redirect, (await world.CeresoSigner.SignAsync(world.AgreementId)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await world.TubeSigner.SignAsync(world.AgreementId)).StatusCode);
        return world;
    }

    private static async Task<byte[]> DownloadAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>Runs qpdf on the PDF and returns its exit code and everything it printed.</summary>
    internal static async Task<(int ExitCode, string Output)> QpdfAsync(byte[] pdf, params string[] arguments)
    {
        var file = Path.GetTempFileName();
        await File.WriteAllBytesAsync(file, pdf);
        try
        {
            using var qpdf = Process.Start(new ProcessStartInfo("qpdf", [.. arguments, file]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var output = qpdf.StandardOutput.ReadToEndAsync();
            var errors = qpdf.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await qpdf.WaitForExitAsync(timeout.Token);
            return (qpdf.ExitCode, await output + await errors);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr-CA")]
    [InlineData("fr-FR")]
    public async Task Every_PDF_passes_qpdfs_check_without_a_warning(string culture)
    {
        foreach (var pdf in await ProduceAsync(culture))
        {
            var (exitCode, output) = await QpdfAsync(pdf.Content, "--check");

            Assert.True(exitCode == 0 && !output.Contains("WARNING", StringComparison.OrdinalIgnoreCase),
                $"qpdf --check on the {pdf.Kind} ({culture}) exited with {exitCode}:\n{output}");
            Assert.Contains("No syntax or stream encoding errors found", output);
        }
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr-CA")]
    [InlineData("fr-FR")]
    public async Task Every_PDF_is_tagged_with_its_language_its_title_and_a_structure_of_headings_paragraphs_and_tables(string culture)
    {
        foreach (var pdf in await ProduceAsync(culture))
        {
            var (exitCode, output) = await QpdfAsync(pdf.Content, "--json=2", "--json-key=qpdf");
            Assert.True(exitCode == 0, output);
            var objects = JsonDocument.Parse(output).RootElement.GetProperty("qpdf")[1];
            JsonElement Value(string reference) => objects.GetProperty(reference == "trailer" ? "trailer" : "obj:" + reference).GetProperty("value");
            var catalog = Value(Value("trailer").GetProperty("/Root").GetString()!);
            var information = Value(Value("trailer").GetProperty("/Info").GetString()!);
            var elements = objects.EnumerateObject().Select(o => o.Value)
                .Where(o => o.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.Object && v.TryGetProperty("/Type", out var type) && type.GetString() == "/StructElem")
                .Select(o => o.GetProperty("value")).ToList();
            var kinds = elements.Select(e => e.GetProperty("/S").GetString()).ToHashSet();

            Assert.Equal("u:" + culture, catalog.GetProperty("/Lang").GetString());
            Assert.True(Value(catalog.GetProperty("/MarkInfo").GetString()!).GetProperty("/Marked").GetBoolean(), pdf.Kind);
            Assert.Equal("/StructTreeRoot", Value(catalog.GetProperty("/StructTreeRoot").GetString()!).GetProperty("/Type").GetString());
            Assert.True(Value(catalog.GetProperty("/ViewerPreferences").GetString()!).GetProperty("/DisplayDocTitle").GetBoolean(), pdf.Kind);
            Assert.StartsWith("u:" + pdf.Title, information.GetProperty("/Title").GetString());
            Assert.True(information.GetProperty("/Title").GetString()!.Length > 2, pdf.Kind);
            Assert.Superset(new HashSet<string?> { "/Document", "/H1", "/H2", "/H3", "/P", "/Table", "/TR", "/TH", "/TD" }, kinds);
            Assert.All(elements.Where(e => e.GetProperty("/S").GetString() == "/TH"),
                th => Assert.Equal("/Row", th.GetProperty("/A").GetProperty("/Scope").GetString()));
            if (pdf.Kind.Contains("radar", StringComparison.Ordinal))
            {
                var figure = Assert.Single(elements, e => e.GetProperty("/S").GetString() == "/Figure");
                Assert.Equal(culture == "en" ? "u:Radar chart of the scores by dimension" : "u:Graphique radar des scores par dimension",
                    figure.GetProperty("/Alt").GetString());
            }
        }
    }

    [Theory]
    [InlineData("fr-CA")]
    [InlineData("fr-FR")]
    public async Task A_PDF_in_french_has_no_english_on_any_line(string culture)
    {
        var produced = await ProduceAsync(culture);
        var names = await app.WithDbAsync(async db =>
            (await db.Users.Select(u => u.DisplayName).ToListAsync()).Concat(await db.Organisations.Select(o => o.Name).ToListAsync())
            .Concat(await db.Assessments.Select(a => a.TerritoryName).ToListAsync()).ToList());

        foreach (var pdf in produced)
        {
            using var document = PdfDocument.Open(pdf.Content);
            var text = string.Join("\n", document.GetPages().Select(p => ContentOrderTextExtractor.GetText(p)));

            var leaks = EnglishLeaks.FindInText(text, names);

            Assert.True(leaks.Count == 0, $"English in the {pdf.Kind} ({culture}):\n{string.Join("\n", leaks)}");
            if (pdf.Kind == "evidence pack")
            {
                // Compared without white space, as the extractor may join a wrapped line to the next without one.
                var flat = Regex.Replace(text, @"\s+", "");
                void Reads(string expected) => Assert.Contains(Regex.Replace(expected, @"\s+", ""), flat);
                Reads("Annexe 1. Calendrier");
                Reads("Mot de passe et code d'application d'authentification, demandés de nouveau à la signature");
                Reads("échéance le 2029-03-10, préavis de 90 jours, reconduction tacite pour 12 mois");
                Reads("échéance le 2030-01-31, préavis de 60 jours, reconduction tacite pour 24 mois");
                Reads("sans date d'échéance");
                Reads("En approbation → En rédaction");
                Reads("ordre de signature 1");
                Reads("Même texte : les parties ont changé pendant l'approbation");
                Assert.DoesNotContain("password+totp", text);
            }
        }
    }
}
