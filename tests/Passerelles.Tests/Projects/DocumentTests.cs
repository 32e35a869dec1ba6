using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelles.Web.Features.Bridges;

namespace Passerelles.Tests.Projects;

public sealed class DocumentTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n% business plan\n");

    internal static async Task<HttpResponseMessage> UploadAsync(HttpClient client, Guid projectId, string name, byte[] content, string contentType)
    {
        var url = $"/projects/{projectId}/documents/new";
        var page = await HtmlPage.GetAsync(client, url);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var token = page.Document.QuerySelector("main form input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        form.Add(file, "Document", name);
        return await client.PostAsync(url, form);
    }

    [Fact]
    public async Task Staff_upload_a_document_that_only_those_who_see_the_project_download_as_an_attachment_and_delete_it_after_confirmation()
    {
        var incubator = await app.CreateOrganisationAsync();
        var other = await app.CreateOrganisationAsync();
        var project = await app.CreateActiveProjectAsync(incubator.Id);
        var staff = await app.StaffClientAsync(incubator.Id);
        var (member, memberId, _) = await app.PersonClientAsync(null);
        await app.AddTeamMemberAsync(project.Id, memberId);
        var otherCoach = await app.StaffClientAsync(other.Id);

        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(staff, project.Id, "plan d'affaires.pdf", Pdf, "application/pdf")).StatusCode);
        var document = await app.WithDbAsync(db => db.ProjectDocuments.AsNoTracking().SingleAsync(d => d.ProjectId == project.Id));
        var url = $"/projects/{project.Id}/documents/{document.Id}";

        var download = await member.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await otherCoach.GetAsync(url)).StatusCode);
        Assert.Contains("plan d'affaires.pdf", (await HtmlPage.GetAsync(staff, $"/projects/{project.Id}")).Text("ul.documents"));

        var documents = app.Services.GetRequiredService<EvidenceDocuments>();
        Assert.True(await documents.ExistsAsync(document.StoredName));
        var confirm = await HtmlPage.GetAsync(staff, $"{url}/delete");
        Assert.Equal(HttpStatusCode.Redirect, (await confirm.SubmitAsync(staff, "main form")).StatusCode);
        Assert.False(await documents.ExistsAsync(document.StoredName));
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task A_document_that_is_not_a_PDF_PNG_or_JPEG_or_is_larger_than_5_MB_is_refused()
    {
        var incubator = await app.CreateOrganisationAsync();
        var project = await app.CreateActiveProjectAsync(incubator.Id);
        var staff = await app.StaffClientAsync(incubator.Id);
        var large = new byte[EvidenceDocuments.MaxBytes + 1];
        Pdf.CopyTo(large, 0);

        var disguised = await HtmlPage.FromAsync(await UploadAsync(staff, project.Id, "script.pdf", Encoding.ASCII.GetBytes("<script>alert(1)</script>"), "application/pdf"));
        var tooLarge = await HtmlPage.FromAsync(await UploadAsync(staff, project.Id, "big.pdf", large, "application/pdf"));

        Assert.Equal("The document must be a PDF, PNG or JPEG file.", disguised.FieldError("Document"));
        Assert.Equal("The document is larger than 5 MB.", tooLarge.FieldError("Document"));
        Assert.Equal(0, await app.WithDbAsync(db => db.ProjectDocuments.CountAsync(d => d.ProjectId == project.Id)));
    }
}
