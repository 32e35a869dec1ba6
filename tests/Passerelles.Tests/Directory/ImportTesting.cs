using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Passerelles.Web.Features.Directory.Import;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Tests.DirectoryExchange;

internal static class ImportTesting
{
    public const string Header = "external_id,name,kind,side,country,region,legal_form,locality,postal_code,street_address,latitude,longitude,website,themes,description,public";

    /// <summary>A prefix no other test uses, for external ids and names.</summary>
    public static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 9)];

    /// <summary>A network administrator's client that asks for English (the site's default language is Québec French).</summary>
    public static async Task<HttpClient> AdministratorInEnglishAsync(this AppFactory app)
    {
        var client = await app.AdministratorClientAsync();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        return client;
    }

    /// <summary>A valid row for the standard header.</summary>
    public static string Row(string externalId, string name, string kind = "Incubator", string side = "Quebec", string themes = "Innovation", string isPublic = "yes") =>
        $"{externalId},{name},{kind},{side},,Lanaudière,OBNL,Joliette,J6E 1A1,1 rue Principale,46.02,-73.44,https://example.org,{themes},Un incubateur.,{isPublic}";

    public static byte[] Utf8(params string[] lines) => Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n");

    /// <summary>Uploads a file through the import page, as a browser would, and returns the page it leads to.</summary>
    public static async Task<HtmlPage> UploadAsync(this HttpClient client, byte[] file, string fileName = "organisations.csv")
    {
        var response = await client.PostUploadAsync(file, fileName);
        if (response.StatusCode != HttpStatusCode.Redirect) return await HtmlPage.FromAsync(response);
        return await HtmlPage.GetAsync(client, response.Headers.Location!.OriginalString);
    }

    public static async Task<HttpResponseMessage> PostUploadAsync(this HttpClient client, byte[] file, string fileName = "organisations.csv")
    {
        var form = await HtmlPage.GetAsync(client, "/directory/import");
        Assert.Equal(HttpStatusCode.OK, form.Status);
        var token = form.Document.QuerySelector("main form input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
        };
        var fileContent = new ByteArrayContent(file);
        fileContent.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(fileContent, "Input.File", fileName);
        return await client.PostAsync("/directory/import", content);
    }

    public static Guid JobId(this HtmlPage preview) =>
        Guid.Parse(preview.Response.RequestMessage!.RequestUri!.AbsolutePath.Split('/')[^1]);

    /// <summary>The action each line of the preview shows: create, update, unchanged or error.</summary>
    public static IReadOnlyDictionary<int, string> Actions(this HtmlPage preview) =>
        preview.Document.QuerySelectorAll("#rows tbody tr")
            .ToDictionary(r => int.Parse(r.GetAttribute("data-line")!), r => r.GetAttribute("data-action")!);

    public static IReadOnlyList<string> Errors(this HtmlPage preview, int line) =>
        preview.Document.QuerySelectorAll($"#rows tbody tr[data-line='{line}'] .row-errors li").Select(e => e.TextContent.Trim()).ToList();

    /// <summary>Uploads, confirms and waits for the import to end; returns the final progress partial.</summary>
    public static async Task<HtmlPage> ImportAsync(this HttpClient client, byte[] file)
    {
        var preview = await client.UploadAsync(file);
        var confirm = await preview.SubmitAsync(client, "#confirm");
        Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);
        return await client.WaitForImportAsync(preview.JobId());
    }

    /// <summary>Polls the progress partial as htmx does until the server says the import has ended (status 286),
    /// within a bounded time.</summary>
    public static async Task<HtmlPage> WaitForImportAsync(this HttpClient client, Guid jobId, int timeoutSeconds = 60)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/directory/import/{jobId}/progress");
            request.Headers.Add("HX-Request", "true");
            var page = await HtmlPage.FromAsync(await client.SendAsync(request));
            if ((int)page.Status == 286) return page;
            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(timeoutSeconds), $"Import {jobId} did not end within {timeoutSeconds} s.");
            await Task.Delay(50);
        }
    }

    public static Task<Organisation?> OrganisationAsync(this AppFactory app, string externalId) =>
        app.WithDbAsync(db => db.Organisations.AsNoTracking().Include(o => o.Themes).SingleOrDefaultAsync(o => o.ExternalId == externalId));

    public static Task<int> CountWithPrefixAsync(this AppFactory app, string prefix) =>
        app.WithDbAsync(db => db.Organisations.CountAsync(o => o.ExternalId!.StartsWith(prefix)));

    public static Task<ImportJob> JobAsync(this AppFactory app, Guid id) =>
        app.WithDbAsync(db => db.ImportJobs.AsNoTracking().SingleAsync(j => j.Id == id));
}
