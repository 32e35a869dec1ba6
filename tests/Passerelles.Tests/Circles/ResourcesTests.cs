using System.IO.Compression;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelles.Tests.Coaching;
using Passerelles.Web.Features.Circles;

namespace Passerelles.Tests.Circles;

public sealed class ResourcesTests
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0];

    private static async Task<HttpResponseMessage> AddAsync(HttpClient client, Guid circleId, string title, string? fileName = null, byte[]? content = null, string? url = null)
    {
        var page = await HtmlPage.GetAsync(client, $"/circles/{circleId}/resources/new");
        var token = page.Document.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(title), "Input.Title" },
            { new StringContent("Tool"), "Input.Kind" },
            { new StringContent("Pour préparer le plan de financement."), "Input.Description" },
            { new StringContent(url ?? ""), "Input.Url" },
        };
        if (fileName is not null) form.Add(new ByteArrayContent(content!), "Input.File", fileName);
        return await client.PostAsync($"/circles/{circleId}/resources/new", form);
    }

    private static Task<int> StoredFilesAsync(AppFactory app) => app.StoredFileCountAsync(ResourceFiles.Area);

    [Fact]
    public async Task A_file_added_to_the_library_is_downloaded_by_members_only_as_an_attachment_that_is_not_sniffed()
    {
        await using var app = new AppFactory();
        var world = await app.CircleAsync();
        var empty = await HtmlPage.GetAsync(world.Member.Client, $"/circles/{world.CircleId}/resources");
        Assert.Equal("The library is empty.", empty.Text(".empty"));

        Assert.Equal(HttpStatusCode.Redirect, (await AddAsync(world.Member.Client, world.CircleId, "Plan de financement", "plan-final.pdf", Pdf)).StatusCode);
        var list = await HtmlPage.GetAsync(world.Quebec.Client, $"/circles/{world.CircleId}/resources");
        var link = list.Document.QuerySelector("ul.resources a")!;
        Assert.Equal("Plan de financement", link.TextContent);

        var download = await world.Quebec.Client.GetAsync(link.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("plan-final.pdf", download.Content.Headers.ContentDisposition.FileNameStar ?? download.Content.Headers.ContentDisposition.FileName);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal(1, await StoredFilesAsync(app));

        var outsider = await app.PersonAsync(name: "Hors Cercle");
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Client.GetAsync(link.GetAttribute("href"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Client.GetAsync($"/circles/{world.CircleId}/resources")).StatusCode);
    }

    [Fact]
    public async Task A_file_whose_content_does_not_match_its_extension_or_too_large_is_refused_and_nothing_is_stored()
    {
        await using var app = new AppFactory();
        var world = await app.CircleAsync();

        var disguised = await HtmlPage.FromAsync(await AddAsync(world.Member.Client, world.CircleId, "Image déguisée", "fiche.pdf", Png));
        Assert.StartsWith("The file must be a PDF", disguised.FieldError("Input.File"));
        var script = await HtmlPage.FromAsync(await AddAsync(world.Member.Client, world.CircleId, "Script", "outil.html", Encoding.UTF8.GetBytes("<script>alert(1)</script>")));
        Assert.StartsWith("The file must be a PDF", script.FieldError("Input.File"));
        var large = new byte[ResourceFiles.MaxBytes + 1];
        Pdf.CopyTo(large, 0);
        var tooLarge = await HtmlPage.FromAsync(await AddAsync(world.Member.Client, world.CircleId, "Gros fichier", "gros.pdf", large));
        Assert.Equal("The file is larger than 10 MB.", tooLarge.FieldError("Input.File"));
        var badLink = await HtmlPage.FromAsync(await AddAsync(world.Member.Client, world.CircleId, "Lien", url: "javascript:alert(1)"));
        Assert.Equal("The link must be an http or https address.", badLink.FieldError("Input.Url"));

        Assert.Equal(0, await StoredFilesAsync(app));
        Assert.Equal(0, await app.WithDbAsync(db => db.CircleResources.CountAsync()));
    }

    [Fact]
    public async Task A_resource_is_deleted_after_confirmation_with_its_file()
    {
        await using var app = new AppFactory();
        var world = await app.CircleAsync();
        await AddAsync(world.Member.Client, world.CircleId, "Fiche pratique", "fiche.txt", Encoding.UTF8.GetBytes("Étapes : 1, 2, 3"));
        await AddAsync(world.Member.Client, world.CircleId, "Le site du RQIS", url: "https://rqis.org/");
        var id = await app.WithDbAsync(db => db.CircleResources.Where(r => r.FileName != null).Select(r => r.Id).SingleAsync());

        Assert.Equal(HttpStatusCode.NotFound, (await world.France.Client.GetAsync($"/circles/resources/{Guid.NewGuid()}/delete")).StatusCode);
        var confirm = await HtmlPage.GetAsync(world.France.Client, $"/circles/resources/{id}/delete");
        Assert.Contains("Fiche pratique", confirm.Text("h1"));
        Assert.Equal(1, await StoredFilesAsync(app));
        Assert.Equal(HttpStatusCode.Redirect, (await confirm.SubmitAsync(world.France.Client, "main form")).StatusCode);

        Assert.Equal(0, await StoredFilesAsync(app));
        var list = await HtmlPage.GetAsync(world.Member.Client, $"/circles/{world.CircleId}/resources");
        Assert.Equal("Le site du RQIS", list.Text("ul.resources a"));
    }

    [Fact]
    public void Files_are_recognised_by_their_extension_and_their_content()
    {
        Assert.Equal("application/pdf", ResourceFiles.Recognise("a.PDF", Pdf));
        Assert.Equal("image/png", ResourceFiles.Recognise("a.png", Png));
        Assert.Null(ResourceFiles.Recognise("a.jpg", Png));
        Assert.Equal("text/csv; charset=utf-8", ResourceFiles.Recognise("a.csv", "nom;ville\nÉlodie;Tarnos\n"u8));
        Assert.Null(ResourceFiles.Recognise("a.txt", [0x41, 0x00, 0x42]));
        Assert.Null(ResourceFiles.Recognise("a.txt", [0xC3, 0x28]));
        Assert.Null(ResourceFiles.Recognise("a.exe", Pdf));

        var odt = OpenDocument("application/vnd.oasis.opendocument.text");
        Assert.Equal("application/vnd.oasis.opendocument.text", ResourceFiles.Recognise("a.odt", odt));
        Assert.Null(ResourceFiles.Recognise("a.ods", odt));
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ResourceFiles.Recognise("a.docx", odt));
    }

    /// <summary>A minimal OpenDocument file: a zip whose first entry is "mimetype", stored uncompressed.</summary>
    private static byte[] OpenDocument(string type)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            var entry = zip.CreateEntry("mimetype", CompressionLevel.NoCompression);
            using var writer = new StreamWriter(entry.Open(), new UTF8Encoding(false));
            writer.Write(type);
        }
        return memory.ToArray();
    }
}
