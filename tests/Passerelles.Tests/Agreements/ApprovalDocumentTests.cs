using System.Net;
using Microsoft.EntityFrameworkCore;
using Passerelles.Tests.Coaching;
using Passerelles.Web.Features.Agreements;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Tests.Agreements;

public sealed class ApprovalDocumentTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly byte[] Pdf = "%PDF-1.4\n% résolution du conseil\n%%EOF\n"u8.ToArray();

    /// <summary>Records the Tube's approval through its page, with a copy of the resolution; returns the approval.</summary>
    private async Task<PartyApproval> ApproveWithDocumentAsync(AgreementsTesting.AgreementWorld world, string fileName)
    {
        await app.WithDbAsync(async db =>
        {
            (await db.Agreements.SingleAsync(a => a.Id == world.AgreementId)).Status = AgreementStatus.InApproval;
            await db.SaveChangesAsync();
        });
        var page = await HtmlPage.GetAsync(world.TubeAdmin.Client, $"/agreements/{world.AgreementId}/parties/{world.TubeParty}/approve");
        var token = page.Document.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("Délibération 12"), "Input.Reference" },
            { new StringContent("2026-03-05"), "Input.ResolvedOn" },
            { new ByteArrayContent(Pdf), "Input.Document", fileName },
        };
        var posted = await world.TubeAdmin.Client.PostAsync($"/agreements/{world.AgreementId}/parties/{world.TubeParty}/approve", form);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        return await app.WithDbAsync(db => db.PartyApprovals.SingleAsync(a => a.AgreementId == world.AgreementId));
    }

    [Fact]
    public async Task A_party_member_downloads_the_approval_document_as_uploaded()
    {
        var world = await app.AgreementAsync();
        var approval = await ApproveWithDocumentAsync(world, "délibération 12.pdf");

        var details = await HtmlPage.GetAsync(world.CeresoSigner.Client, $"/agreements/{world.AgreementId}");
        var status = await HtmlPage.GetAsync(world.CeresoSigner.Client, $"/agreements/{world.AgreementId}/status");
        var response = await world.CeresoSigner.Client.GetAsync($"/agreements/{world.AgreementId}/approvals/{approval.Id}/document");

        var address = $"/agreements/{world.AgreementId}/approvals/{approval.Id}/document";
        Assert.Equal($"Download the approval document of {world.Tube.Name}", details.Document.QuerySelector($"a[href='{address}']")!.TextContent.Trim());
        Assert.Equal($"Download the approval document of {world.Tube.Name}", status.Document.QuerySelector($"a[href='{address}']")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Pdf, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("délibération 12.pdf", response.Content.Headers.ContentDisposition.FileNameStar);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Someone_outside_the_parties_gets_not_found_and_a_visitor_is_sent_to_sign_in()
    {
        var world = await app.AgreementAsync();
        var approval = await ApproveWithDocumentAsync(world, "resolution.pdf");
        var outsider = await app.PersonAsync((await app.CreateOrganisationAsync()).Id, MemberRole.OrganisationAdministrator);
        var address = $"/agreements/{world.AgreementId}/approvals/{approval.Id}/document";

        var refused = await outsider.Client.GetAsync(address);
        var visitor = await app.CreateBrowserlikeClient().GetAsync(address);
        var otherAgreement = await app.AgreementAsync();
        var wrongAgreement = await world.CeresoSigner.Client.GetAsync($"/agreements/{otherAgreement.AgreementId}/approvals/{approval.Id}/document");

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, wrongAgreement.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, visitor.StatusCode);
        Assert.Contains("/account/login", visitor.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hostile_file_name_is_neutralised_in_the_download_header()
    {
        var world = await app.AgreementAsync();
        var approval = await ApproveWithDocumentAsync(world, "resolution.pdf");
        const string hostile = "..\\..\\etc/x\"\r\nSet-Cookie: stolen=1\r\n\"procès-verbal.pdf";
        // Stored as is, behind the application's back: the download must still be safe.
        await app.WithDbAsync(db => db.PartyApprovals.Where(a => a.Id == approval.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.DocumentFileName, hostile)));

        var response = await world.TubeAdmin.Client.GetAsync($"/agreements/{world.AgreementId}/approvals/{approval.Id}/document");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var header = response.Content.Headers.GetValues("Content-Disposition").Single();
        Assert.DoesNotContain('\r', header);
        Assert.DoesNotContain('\n', header);
        Assert.False(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(c => c.Contains("stolen")));
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        var name = disposition.FileNameStar ?? disposition.FileName!.Trim('"');
        Assert.DoesNotContain('/', name);
        Assert.DoesNotContain('\\', name);
        Assert.DoesNotContain('"', name);
        Assert.EndsWith("procès-verbal.pdf", name);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Pdf, await response.Content.ReadAsByteArrayAsync());
    }
}
