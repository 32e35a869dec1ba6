using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelles.Web.Features.Mobility;
using Passerelles.Web.Features.Privacy;

namespace Passerelles.Tests.Mobility;

public sealed class SensitiveDocumentsTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly byte[] Passport = Encoding.ASCII.GetBytes("%PDF-1.4\nPASSEPORT CANADIEN AB123456 Camille Tremblay\n%%EOF\n");

    private static Dictionary<string, string> Health(string allergies) => new()
    {
        ["Input.Allergies"] = allergies, ["Input.Treatments"] = "Ventoline au besoin", ["Input.Notes"] = "Asthme léger",
    };

    private Task<List<PersonalDataAccess>> LogAsync(Guid placementId) =>
        app.WithDbAsync(db => db.PersonalDataAccessLog.AsNoTracking().Where(a => a.PlacementId == placementId).OrderBy(a => a.At).ToListAsync());

    [Fact]
    public async Task The_student_enters_health_information_stored_encrypted_and_each_coordinator_reading_it_is_logged()
    {
        var placement = await app.PlacementAsync();
        var saved = await MobilityDataTesting.SubmitAsync(placement.Student, $"{placement.DocumentsPath}/health", Health("Arachides"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(placement.DocumentsPath, saved.Headers.Location!.OriginalString);

        var stored = Assert.Single(await app.DocumentsAsync(placement.PlacementId));
        Assert.Equal(DocumentKind.HealthInformation, stored.Kind);
        Assert.DoesNotContain("Arachides", stored.Protected);
        Assert.DoesNotContain("Ventoline", stored.Protected);

        foreach (var coordinator in new[] { placement.SendingCoordinator, placement.HostCoordinator })
        {
            var page = await HtmlPage.GetAsync(coordinator, $"{placement.DocumentsPath}/health");
            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.Equal(["Arachides", "Ventoline au besoin", "Asthme léger"], page.Texts("dl.sensitive dd"));
            Assert.Null(page.Document.QuerySelector("main form[method=post]"));
        }
        var log = await LogAsync(placement.PlacementId);
        Assert.Equal(2, log.Count);
        Assert.All(log, a => Assert.Equal((PersonalDataAccessKind.Read, "HealthInformation"), (a.Kind, a.Document)));
    }

    [Fact]
    public async Task An_emergency_contact_needs_a_name_and_a_valid_phone_and_a_refused_form_changes_nothing()
    {
        var placement = await app.PlacementAsync();
        var response = await MobilityDataTesting.SubmitAsync(placement.Student, $"{placement.DocumentsPath}/emergency-contact", new()
        {
            ["Input.Name"] = "", ["Input.Relation"] = "Mère", ["Input.Phone"] = "pas un numéro", ["Input.Email"] = "",
        });
        var page = await HtmlPage.FromAsync(response);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("This phone number is not valid.", page.FieldError("Input.Phone"));
        Assert.NotNull(page.FieldError("Input.Name"));
        Assert.Empty(await app.DocumentsAsync(placement.PlacementId));

        var saved = await MobilityDataTesting.SubmitAsync(placement.Student, $"{placement.DocumentsPath}/emergency-contact", new()
        {
            ["Input.Name"] = "Josée Tremblay", ["Input.Relation"] = "Mère", ["Input.Phone"] = "+1 450 555 0199", ["Input.Email"] = "josee@example.org",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.DoesNotContain("Josée", Assert.Single(await app.DocumentsAsync(placement.PlacementId)).Protected);
        var read = await HtmlPage.GetAsync(placement.HostCoordinator, $"{placement.DocumentsPath}/emergency-contact");
        Assert.Equal(["Josée Tremblay", "Mère", "+1 450 555 0199", "josee@example.org"], read.Texts("dl.sensitive dd"));
    }

    [Fact]
    public async Task The_identity_document_is_encrypted_on_disk_and_each_download_is_logged()
    {
        var placement = await app.PlacementAsync();
        var upload = await MobilityDataTesting.UploadIdentityAsync(placement.Student, placement.PlacementId, "passeport.pdf", Passport);
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);

        var stored = Assert.Single(await app.DocumentsAsync(placement.PlacementId));
        Assert.DoesNotContain("passeport", stored.Protected);
        var onDisk = (await app.Services.GetRequiredService<SensitiveDocuments>().Store.OpenAsync(stored.StoredName).ReadAllAsync())!;
        Assert.DoesNotContain("AB123456", Encoding.Latin1.GetString(onDisk));
        Assert.DoesNotContain("%PDF", Encoding.Latin1.GetString(onDisk));

        var download = await placement.SendingCoordinator.GetAsync($"{placement.DocumentsPath}/identity?handler=File");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("passeport.pdf", download.Content.Headers.ContentDisposition!.FileNameStar ?? download.Content.Headers.ContentDisposition.FileName);
        Assert.Equal(Passport, await download.Content.ReadAsByteArrayAsync());

        var entry = Assert.Single(await LogAsync(placement.PlacementId));
        Assert.Equal((PersonalDataAccessKind.Download, "IdentityDocument"), (entry.Kind, entry.Document));

        var log = await HtmlPage.GetAsync(await app.AdministratorClientAsync(), AccessLogModel.Path);
        var line = log.Document.QuerySelector($"table.access-log a[href='{placement.DocumentsPath}']")!.ParentElement!;
        Assert.Contains($"student {placement.Key}", line.TextContent);
    }

    [Theory]
    [InlineData("passeport.docx", "PK\u0003\u0004 not a scan")]
    [InlineData("passeport.pdf", "not a PDF at all")]
    [InlineData("passeport.txt", "Camille Tremblay")]
    public async Task An_identity_document_of_the_wrong_type_is_refused_next_to_the_field_and_nothing_is_stored(string fileName, string content)
    {
        var placement = await app.PlacementAsync();
        var files = await app.StoredFileCountAsync("placement-documents");
        var response = await MobilityDataTesting.UploadIdentityAsync(placement.Student, placement.PlacementId, fileName, Encoding.Latin1.GetBytes(content));
        var page = await HtmlPage.FromAsync(response);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(IdentityDocumentModel.Refused, page.FieldError("Input.File"));
        Assert.Empty(await app.DocumentsAsync(placement.PlacementId));
        Assert.Equal(files, await app.StoredFileCountAsync("placement-documents"));
    }

    [Fact]
    public async Task An_identity_document_over_10_MB_is_refused()
    {
        var placement = await app.PlacementAsync();
        var large = new byte[11 * 1024 * 1024];
        "%PDF-1.4"u8.CopyTo(large);
        var page = await HtmlPage.FromAsync(await MobilityDataTesting.UploadIdentityAsync(placement.Student, placement.PlacementId, "passeport.pdf", large));
        Assert.Equal("The file is larger than 10 MB.", page.FieldError("Input.File"));
        Assert.Empty(await app.DocumentsAsync(placement.PlacementId));
    }

    [Fact]
    public async Task Only_the_student_and_the_coordinators_see_the_documents_the_supervisor_is_refused_and_others_learn_nothing()
    {
        var placement = await app.PlacementAsync();
        await MobilityDataTesting.SubmitAsync(placement.Student, $"{placement.DocumentsPath}/health", Health("Pollen"));
        foreach (var suffix in new[] { "", "/health", "/emergency-contact", "/identity", "/identity?handler=File" })
        {
            var path = placement.DocumentsPath + suffix;
            Assert.Equal(HttpStatusCode.Forbidden, (await placement.Supervisor.GetAsync(path)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await placement.HostStaff.GetAsync(path)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await placement.Outsider.GetAsync(path)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.OK, (await placement.Student.GetAsync(placement.DocumentsPath)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await placement.HostCoordinator.GetAsync(placement.DocumentsPath)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await placement.Student.GetAsync($"/mobility/placements/{Guid.NewGuid()}/documents")).StatusCode);
        Assert.Empty(await LogAsync(placement.PlacementId));
    }

    [Fact]
    public async Task A_coordinator_cannot_change_what_the_student_entered()
    {
        var placement = await app.PlacementAsync();
        await MobilityDataTesting.SubmitAsync(placement.Student, $"{placement.DocumentsPath}/health", Health("Pollen"));
        var before = Assert.Single(await app.DocumentsAsync(placement.PlacementId)).Protected;
        var token = await Security.SweepRoutes.AntiforgeryTokenAsync(placement.HostCoordinator);
        var response = await placement.HostCoordinator.PostAsync($"{placement.DocumentsPath}/health", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", token), new("Input.Allergies", "Rien")]));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, Assert.Single(await app.DocumentsAsync(placement.PlacementId)).Protected);
    }

    [Theory]
    [InlineData("en", "Personal data", "These documents are personal data of their controller, the sending organisation: a Québec public body",
        "Kept until the return. Destroyed on 2/1/2027.")]
    [InlineData("fr-CA", "Renseignements personnels", "Ces documents sont des renseignements personnels dont l'organisation d'envoi est responsable",
        "Conservé jusqu'au retour. Détruit le 2027-02-01.")]
    [InlineData("fr-FR", "Données personnelles", "Ces documents sont des données personnelles dont l'organisation d'envoi est responsable du traitement",
        "Conservé jusqu'au retour. Détruit le 01/02/2027.")]
    public async Task The_documents_page_names_the_controller_and_the_retention_of_each_document_in_the_students_language(string culture, string heading, string controller,
        string healthRetention)
    {
        var placement = await app.PlacementAsync(culture);
        var page = await HtmlPage.GetAsync(placement.Student, placement.DocumentsPath);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(heading, page.Text("#controller-heading"));
        Assert.Contains(placement.SendingName, page.Text("section[aria-labelledby=controller-heading] dd"));
        Assert.StartsWith(controller, page.Texts("section[aria-labelledby=controller-heading] p")[0]);
        Assert.Equal(3, page.Texts("tbody tr").Count);
        Assert.Equal(healthRetention, page.Texts("tbody td")[3]);
        if (culture != "en")
            Assert.Empty(EnglishLeaks.Find(page.Html, [$"student {placement.Key}", $"Stages LOJIQ {placement.Key}", $"Hôte {placement.Key}", placement.SendingName]));
    }
}
