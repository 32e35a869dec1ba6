using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Passerelles.Web.Features.Agreements;
using Passerelles.Web.Features.Organisations;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Passerelles.Tests.Agreements;

public sealed partial class EvidencePackTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<AgreementsTesting.AgreementWorld> SignedAgreementAsync(string durationBody = "La présente entente est conclue pour trois ans.")
    {
        var world = await app.AgreementAsync(ceresoRank: 1, tubeRank: 1, durationBody: durationBody);
        await app.OpenSignatureAsync(world);
        await world.CeresoSigner.SignAsync(world.AgreementId);
        await world.TubeSigner.SignAsync(world.AgreementId);
        Assert.Equal(AgreementStatus.Signed, await app.WithDbAsync(db => db.Agreements.Where(a => a.Id == world.AgreementId).Select(a => a.Status).SingleAsync()));
        return world;
    }

    private Task<string> SignedHashAsync(Guid id) =>
        app.WithDbAsync(db => db.AgreementSignatures.Where(s => s.AgreementId == id).Select(s => s.TextSha256).FirstAsync());

    private static async Task<byte[]> DownloadAsync(HttpClient client, Guid id)
    {
        var response = await client.GetAsync($"/agreements/{id}/evidence-pack");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>The PDF's text in reading order, each run of white space made one space, so wrapped lines read on.</summary>
    internal static string PdfText(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return Spaces().Replace(string.Join(" ", document.GetPages().Select(p => ContentOrderTextExtractor.GetText(p))), " ");
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [Fact]
    public async Task The_evidence_pack_holds_the_articles_the_parties_the_hash_and_a_certificate_of_simple_electronic_signature()
    {
        var world = await SignedAgreementAsync();
        var hash = await SignedHashAsync(world.AgreementId);

        var pdf = await DownloadAsync(world.CeresoAdmin.Client, world.AgreementId);
        var again = await DownloadAsync(world.CeresoAdmin.Client, world.AgreementId);
        var text = PdfText(pdf);
        using var document = PdfDocument.Open(pdf);

        Assert.Contains("Entente de partenariat CERESO – Le Tube à ESS'ai", text);
        Assert.Contains("Article 1. Objet Les parties s'engagent à partager leurs pratiques d'incubation.", text);
        Assert.Contains("Article 2. Durée La présente entente est conclue pour trois ans.", text);
        Assert.Contains("Annex 1. Calendrier - Mission à Tarnos - Mission à Joliette", text);
        Assert.Contains("Certificate of signature", text);
        Assert.Contains("simple electronic signature within the meaning of the eIDAS Regulation", text);
        Assert.Contains("neither an advanced nor a qualified electronic signature", text);
        Assert.Contains(world.Cereso.Name, text);
        Assert.Contains(world.Tube.Name, text);
        Assert.Contains("Directrice CERESO", text);
        Assert.Contains("Président CBE", text);
        Assert.Contains("2026-03-10 14:00:00 UTC", text);
        Assert.Contains("(America/Toronto)", text);
        Assert.Contains("(Europe/Paris)", text);
        Assert.Contains("Password and authenticator code, asked again at signing", text);
        Assert.DoesNotContain("password+totp", text);
        Assert.Contains(hash, text);
        Assert.Contains("Audit trail", text);
        Assert.Contains("Signed by all parties", text);
        Assert.Contains(hash, document.Information.Keywords);
        Assert.Contains(hash, document.Information.Subject);
        Assert.Equal(pdf, again);
    }

    [Fact]
    public async Task The_certificate_is_in_the_readers_language_with_french_accents_intact()
    {
        var world = await SignedAgreementAsync();
        var email = $"{Guid.NewGuid():N}@test.passerelles.org";
        var reader = await app.CreateUserAsync(email, "Hélène Etcheverry", culture: "fr-FR");
        await app.AddMemberAsync(world.Tube.Id, reader.Id, MemberRole.Coach);
        var client = await app.SignedInClientAsync(email);

        var text = PdfText(await DownloadAsync(client, world.AgreementId));

        Assert.Contains("Certificat de signature", text);
        Assert.Contains("Cette convention a été signée par signature électronique simple au sens du règlement eIDAS", text);
        Assert.Contains("Authentification", text);
        Assert.Contains("La présente entente est conclue pour trois ans.", text);
        Assert.Contains("Le Tube à ESS'ai", text);
    }

    [Fact]
    public async Task The_evidence_pack_is_refused_until_every_party_has_signed()
    {
        var world = await app.AgreementAsync();
        await app.OpenSignatureAsync(world);
        await world.CeresoSigner.SignAsync(world.AgreementId);

        var response = await world.CeresoAdmin.Client.GetAsync($"/agreements/{world.AgreementId}/evidence-pack");
        var page = await HtmlPage.FromAsync(response);
        var details = await HtmlPage.GetAsync(world.CeresoAdmin.Client, $"/agreements/{world.AgreementId}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("only once every party has signed", page.Text("#no-evidence-pack"));
        Assert.Null(details.Document.QuerySelector("#evidence-pack-link"));
        Assert.False(await app.WithDbAsync(db => db.AgreementEvidencePacks.AnyAsync(p => p.AgreementId == world.AgreementId)));
    }

    private HttpClient Visitor()
    {
        var client = app.CreateBrowserlikeClient();
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));
        return client;
    }

    private async Task<HtmlPage> VerifyAsync(HttpClient client, byte[]? file = null, string? sha256 = null)
    {
        var page = await HtmlPage.GetAsync(client, "/agreements/verify");
        var token = page.Document.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        if (sha256 is not null) form.Add(new StringContent(sha256), "Input.Sha256");
        if (file is not null)
        {
            var content = new ByteArrayContent(file);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            form.Add(content, "Input.File", "evidence-pack.pdf");
        }
        return await HtmlPage.FromAsync(await client.PostAsync("/agreements/verify", form));
    }

    [Fact]
    public async Task Anyone_holding_the_evidence_pack_can_verify_it_without_signing_in()
    {
        var world = await SignedAgreementAsync("La présente entente est conclue pour quatre ans.");
        var pdf = await DownloadAsync(world.CeresoAdmin.Client, world.AgreementId);
        var visitor = Visitor();

        var byFile = await VerifyAsync(visitor, file: pdf);
        var byPdfHash = await VerifyAsync(visitor, sha256: Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(pdf)));
        var byTextHash = await VerifyAsync(visitor, sha256: await SignedHashAsync(world.AgreementId));

        foreach (var page in new[] { byFile, byPdfHash, byTextHash })
        {
            Assert.Equal("It matches an agreement signed by all its parties.", page.Text("#verification-outcome"));
            Assert.Equal("Entente de partenariat CERESO – Le Tube à ESS'ai", page.Text("#verified-title"));
            Assert.Contains(world.Cereso.Name, page.Text("#verified-parties"));
            Assert.Contains(world.Tube.Name, page.Text("#verified-parties"));
            Assert.DoesNotContain("pratiques d'incubation", page.Document.Body!.TextContent);
        }
    }

    [Fact]
    public async Task An_altered_file_or_an_unknown_hash_matches_nothing()
    {
        var world = await SignedAgreementAsync();
        var pdf = await DownloadAsync(world.CeresoAdmin.Client, world.AgreementId);
        var altered = (byte[])pdf.Clone();
        altered[altered.Length / 2] ^= 0x20;
        var visitor = Visitor();

        var alteredAnswer = await VerifyAsync(visitor, file: altered);
        var unknownAnswer = await VerifyAsync(visitor, sha256: new string('a', 64));
        var notAHash = await VerifyAsync(visitor, sha256: "1234");
        var nothing = await VerifyAsync(visitor);

        Assert.Equal("No signed agreement matches this file or hash.", alteredAnswer.Text("#verification-outcome"));
        Assert.Null(alteredAnswer.Document.QuerySelector("#verified-title"));
        Assert.Equal("No signed agreement matches this file or hash.", unknownAnswer.Text("#verification-outcome"));
        Assert.Equal("A SHA-256 is 64 hexadecimal characters.", notAHash.FieldError("Input.Sha256"));
        Assert.Contains("Upload the evidence pack or paste a SHA-256.", nothing.Text(".alert"));
    }

    [Fact]
    public async Task An_oversized_upload_is_refused_with_a_clear_message()
    {
        var visitor = Visitor();

        var page = await VerifyAsync(visitor, file: new byte[VerifyModel.MaxFileBytes + 1]);

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Equal("The file is too large (900 KB at most).", page.FieldError("Input.File"));
        Assert.Null(page.Document.QuerySelector("#verification-result"));
    }

    [Fact]
    public async Task Verification_reports_a_mismatch_once_the_stored_text_was_changed_behind_the_applications_back()
    {
        var world = await SignedAgreementAsync("La présente entente est conclue pour trois ans et se renouvelle.");
        var pdf = await DownloadAsync(world.CeresoAdmin.Client, world.AgreementId);
        var textHash = await SignedHashAsync(world.AgreementId);

        // Straight to the database, past the application's rules, as someone with access to the server could.
        await app.WithDbAsync(db => db.AgreementArticles
            .Where(a => a.Heading == "Durée" && db.AgreementVersions.Any(v => v.Id == a.VersionId && v.AgreementId == world.AgreementId))
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.Body, "La présente entente est conclue pour dix ans.")));
        var visitor = Visitor();
        var byFile = await VerifyAsync(visitor, file: pdf);
        var byTextHash = await VerifyAsync(visitor, sha256: textHash);
        var download = await world.CeresoAdmin.Client.GetAsync($"/agreements/{world.AgreementId}/evidence-pack");

        Assert.StartsWith("Mismatch: the text stored on the platform no longer matches", byFile.Text("#verification-outcome"));
        Assert.StartsWith("Mismatch: the text stored on the platform no longer matches", byTextHash.Text("#verification-outcome"));
        Assert.Equal(HttpStatusCode.NotFound, download.StatusCode);
    }
}
