using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Tests.Infrastructure;
using Passerelles.Tests.Missions;
using Passerelles.Web.Features.Mobility;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Passerelles.Tests.Mobility;

/// <summary>The certificate of completion of a placement: a valid PDF in French and English, made once the placement is
/// completed, for its student, its coordinators and its supervisor. Today is 10 March 2026.</summary>
public sealed partial class CertificateTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string url, Dictionary<string, string> values) =>
        await (await HtmlPage.GetAsync(client, url)).SubmitAsync(client, "main form[method=post]", values);

    private static string Certificate(PlacementTesting.World world) => world.Page + "/certificate.pdf";

    /// <summary>A placement of a Québec student in Pau, from September 2025 to February 2026, arrived on its first day.</summary>
    private async Task<PlacementTesting.World> ArrivedAsync()
    {
        var world = await app.PlacementWorldAsync(new LocalDate(2025, 9, 1), new LocalDate(2026, 2, 27), studentCulture: "fr-CA");
        await app.SetLocalityAsync(world.HostId, "Pau");
        Assert.Equal(HttpStatusCode.Redirect, (await SubmitAsync(world.Coordinator.Client, world.Page + "/arrival", new() { ["Input.On"] = "2025-09-03" })).StatusCode);
        return world;
    }

    private static async Task CloseAsync(PlacementTesting.World world)
    {
        Assert.Equal(HttpStatusCode.Redirect, (await SubmitAsync(world.Student.Client, world.Page + "/questionnaire",
            new() { ["Input.Rating"] = "5", ["Input.Text"] = "La gouvernance d'une SCIC", ["Input.Again"] = "true" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SubmitAsync(world.Supervisor.Client, world.Page + "/evaluation",
            new() { ["Input.Rating"] = "4", ["Input.Text"] = "Animation, rigueur", ["Input.Again"] = "true" })).StatusCode);
    }

    private static async Task<byte[]> DownloadAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static string TextOf(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return Spaces().Replace(string.Join(" ", document.GetPages().Select(p => ContentOrderTextExtractor.GetText(p))), " ");
    }

    private Task<string> NameOfAsync(Guid userId) => app.WithDbAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).SingleAsync());

    [Fact]
    public async Task The_certificate_of_a_completed_placement_passes_qpdfs_check_and_names_the_student_in_French_and_English()
    {
        var world = await ArrivedAsync();
        await CloseAsync(world);

        var pdf = await DownloadAsync(world.Student.Client, Certificate(world));

        var (exitCode, output) = await GeneratedPdfTests.QpdfAsync(pdf, "--check");
        Assert.True(exitCode == 0 && !output.Contains("WARNING", StringComparison.OrdinalIgnoreCase), output);
        Assert.Contains("No syntax or stream encoding errors found", output);
        var text = TextOf(pdf);
        Assert.Contains(await NameOfAsync(world.Student.Id), text);
        Assert.Contains("Attestation de fin de stage", text);
        Assert.Contains("Certificate of completion", text);
        Assert.Contains("Pau", text);
        Assert.Contains("Stages LOJIQ", text);
        Assert.Contains("Économie sociale", text);
        Assert.Contains(await NameOfAsync(world.Supervisor.Id), text);
        Assert.Contains("Arrivée le · Arrived on", text);
        Assert.Contains("mercredi 3 septembre 2025 · Wednesday, September 3, 2025", text);
        Assert.Contains("Date de délivrance · Date of issue", text);
        Assert.Contains("mardi 10 mars 2026 · Tuesday, March 10, 2026", text);
    }

    [Fact]
    public async Task The_placement_page_links_to_the_certificate_once_the_placement_is_completed()
    {
        var world = await ArrivedAsync();

        Assert.Empty((await HtmlPage.GetAsync(world.Student.Client, world.Page)).Texts("a[href$='/certificate.pdf']"));
        await CloseAsync(world);

        var page = await HtmlPage.GetAsync(world.Student.Client, world.Page);
        Assert.Equal("Attestation de fin de stage (PDF)", page.Text("a[href$='/certificate.pdf']"));
    }

    [Fact]
    public async Task The_certificate_is_not_found_before_the_placement_is_completed()
    {
        var world = await ArrivedAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await SubmitAsync(world.Student.Client, world.Page + "/questionnaire",
            new() { ["Input.Rating"] = "5", ["Input.Text"] = "La gouvernance d'une SCIC", ["Input.Again"] = "true" })).StatusCode);

        foreach (var person in new[] { world.Student, world.Coordinator, world.Supervisor })
            Assert.Equal(HttpStatusCode.NotFound, (await person.Client.GetAsync(Certificate(world))).StatusCode);
    }

    [Fact]
    public async Task The_certificate_is_for_the_student_the_coordinators_and_the_supervisor_and_not_found_to_others()
    {
        var world = await ArrivedAsync();
        await CloseAsync(world);

        foreach (var person in new[] { world.Student, world.Coordinator, world.HostCoordinator, world.Supervisor })
            await DownloadAsync(person.Client, Certificate(world));
        Assert.Equal(HttpStatusCode.NotFound, (await world.Outsider.Client.GetAsync(Certificate(world))).StatusCode);
        using var anonymous = app.CreateClient(new() { AllowAutoRedirect = false });
        var refused = await anonymous.GetAsync(Certificate(world));
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal("/account/login", refused.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task A_placement_ended_early_is_closed_from_the_return_and_its_certificate_shows_the_early_return()
    {
        var world = await ArrivedAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await SubmitAsync(world.Coordinator.Client, world.Page + "/early-return",
            new() { ["Input.On"] = "2026-01-16", ["Input.Reason"] = "Raisons familiales" })).StatusCode);
        await CloseAsync(world);
        Assert.Equal(PlacementStatus.Completed, (await app.PlacementAsync(world.PlacementId)).Status);

        var text = TextOf(await DownloadAsync(world.Coordinator.Client, Certificate(world)));

        Assert.Contains("Retour anticipé · Early return", text);
        Assert.Contains("vendredi 16 janvier 2026 · Friday, January 16, 2026", text);
        Assert.DoesNotContain("Revenu le", text);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
