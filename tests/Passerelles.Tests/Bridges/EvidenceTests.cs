using System.Net;
using Microsoft.EntityFrameworkCore;
using Passerelles.Web.Features.Bridges;
using Microsoft.Extensions.DependencyInjection;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Tests.Bridges;

public sealed class EvidenceTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_pdf_is_stored_outside_the_web_root_and_downloaded_only_by_signed_in_people_as_an_attachment()
    {
        var from = await app.CreatePublicOrganisationAsync("CERESO", Side.Quebec);
        var to = await app.CreatePublicOrganisationAsync("Tube", Side.France);
        var client = await app.AdministratorClientAsync();

        var response = await BridgeForms.PostAsync(client, "/bridges/new", BridgeForms.Valid(from.Id, to.Id),
            ("Entente signée.pdf", BridgeForms.Pdf, "application/pdf"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var bridge = await app.WithDbAsync(db => db.Bridges.AsNoTracking().SingleAsync(b => b.FromOrganisationId == from.Id));
        Assert.Equal("Entente signée.pdf", bridge.EvidenceFileName);
        var documents = app.Services.GetRequiredService<EvidenceDocuments>();
        Assert.Equal(BridgeForms.Pdf, await documents.OpenAsync(bridge.EvidenceStoredName).ReadAllAsync());
        Assert.DoesNotContain("Entente", bridge.EvidenceStoredName);

        var download = await client.GetAsync($"/bridges/{bridge.Id}/evidence");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(BridgeForms.Pdf, await download.Content.ReadAsByteArrayAsync());

        var visitor = await app.CreateBrowserlikeClient().GetAsync($"/bridges/{bridge.Id}/evidence");
        Assert.Equal(HttpStatusCode.Redirect, visitor.StatusCode);
        Assert.Contains("/account/login", visitor.Headers.Location!.OriginalString);
    }

    public static TheoryData<string, string> Refused => new()
    {
        { "notes.txt", "text" },
        { "fausse.pdf", "text" },
        { "image.png", "pdf" },
        { "gros.pdf", "oversized" },
        { "vide.pdf", "empty" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task A_document_of_the_wrong_type_a_fake_pdf_or_one_over_5_MB_is_refused_and_nothing_is_saved(string name, string content)
    {
        var from = await app.CreatePublicOrganisationAsync("CERESO", Side.Quebec);
        var to = await app.CreatePublicOrganisationAsync("Tube", Side.France);
        var client = await app.AdministratorClientAsync();
        var bytes = content switch
        {
            "pdf" => BridgeForms.Pdf,
            "oversized" => [.. BridgeForms.Pdf, .. new byte[EvidenceDocuments.MaxBytes]],
            "empty" => [],
            _ => "<html><script>alert(1)</script></html>"u8.ToArray(),
        };
        var documents = app.Services.GetRequiredService<EvidenceDocuments>();
        var filesBefore = await app.StoredFileCountAsync(EvidenceDocuments.Area);

        var response = await BridgeForms.PostAsync(client, "/bridges/new", BridgeForms.Valid(from.Id, to.Id), (name, bytes, "application/pdf"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await HtmlPage.FromAsync(response)).FieldError("Input.EvidenceDocument"));
        Assert.False(await app.WithDbAsync(db => db.Bridges.AnyAsync(b => b.FromOrganisationId == from.Id)));
        Assert.Equal(filesBefore, await app.StoredFileCountAsync(EvidenceDocuments.Area));
    }

    [Fact]
    public async Task A_stale_edit_is_refused_and_the_document_it_brought_is_not_kept()
    {
        var from = await app.CreatePublicOrganisationAsync("CERESO", Side.Quebec);
        var to = await app.CreatePublicOrganisationAsync("Tube", Side.France);
        var bridge = await app.CreateBridgeAsync(from.Id, to.Id);
        await app.WithDbAsync(async db =>
        {
            (await db.Bridges.FindAsync(bridge.Id))!.Description = "Changée entre-temps";
            await db.SaveChangesAsync();
        });
        var client = await app.AdministratorClientAsync();
        var documents = app.Services.GetRequiredService<EvidenceDocuments>();
        var filesBefore = await app.StoredFileCountAsync(EvidenceDocuments.Area);

        var response = await BridgeForms.PostAsync(client, $"/bridges/{bridge.Id}/edit",
            BridgeForms.Valid(from.Id, to.Id, new Dictionary<string, string> { ["Input.Version"] = "1" }), ("Entente.pdf", BridgeForms.Pdf, "application/pdf"));

        var page = await HtmlPage.FromAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("Reload the page|Rechargez la page", page.Text("[role=alert]"));
        Assert.Equal("Mission du CERESO à Tarnos", page.Document.QuerySelector("[name='Input.Description']")!.TextContent.Trim());
        var stored = await app.WithDbAsync(db => db.Bridges.AsNoTracking().SingleAsync(b => b.Id == bridge.Id));
        Assert.Equal(("Changée entre-temps", 2, ""), (stored.Description, stored.Version, stored.EvidenceFileName));
        Assert.Equal(filesBefore, await app.StoredFileCountAsync(EvidenceDocuments.Area));
    }

    [Fact]
    public void The_upload_limit_fits_within_what_the_server_accepts_for_a_document_post() =>
        Assert.True(EvidenceDocuments.MaxRequestBytes <= Passerelles.Web.Infrastructure.Security.WebSecuritySetup.MaxUploadRequestBodyBytes);
}
