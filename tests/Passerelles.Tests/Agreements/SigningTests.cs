using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Passerelles.Tests.Account;
using Passerelles.Web.Features.Agreements;

namespace Passerelles.Tests.Agreements;

public sealed class SigningTests(AppFactory app) : IClassFixture<AppFactory>
{
    private Task<AgreementStatus> StatusAsync(Guid id) => app.WithDbAsync(db => db.Agreements.Where(a => a.Id == id).Select(a => a.Status).SingleAsync());
    private Task<int> SignatureCountAsync(Guid id) => app.WithDbAsync(db => db.AgreementSignatures.CountAsync(s => s.AgreementId == id));

    [Fact]
    public async Task Signature_opens_only_when_every_party_has_approved()
    {
        var world = await app.AgreementAsync();
        var details = await HtmlPage.GetAsync(world.CeresoAdmin.Client, $"/agreements/{world.AgreementId}");
        await details.SubmitAsync(world.CeresoAdmin.Client, "form[action*='handler=sendForApproval']");

        var approve = await HtmlPage.GetAsync(world.CeresoAdmin.Client, $"/agreements/{world.AgreementId}/parties/{world.CeresoParty}/approve");
        var missing = await HtmlPage.FromAsync(await approve.SubmitAsync(world.CeresoAdmin.Client, "main form", new Dictionary<string, string> { ["Input.Reference"] = "" }));
        await approve.SubmitAsync(world.CeresoAdmin.Client, "main form", new Dictionary<string, string> { ["Input.Reference"] = "CA-2026-03-02", ["Input.ResolvedOn"] = "2026-03-02" });
        var statusAfterOne = await StatusAsync(world.AgreementId);
        var refusedSigning = await HtmlPage.FromAsync(await world.CeresoSigner.SignAsync(world.AgreementId));
        var otherParty = await world.CeresoAdmin.Client.GetAsync($"/agreements/{world.AgreementId}/parties/{world.TubeParty}/approve");

        var tubeApprove = await HtmlPage.GetAsync(world.TubeAdmin.Client, $"/agreements/{world.AgreementId}/parties/{world.TubeParty}/approve");
        await tubeApprove.SubmitAsync(world.TubeAdmin.Client, "main form", new Dictionary<string, string> { ["Input.Reference"] = "Délibération CA n° 12", ["Input.ResolvedOn"] = "2026-03-05" });

        Assert.Equal("This field is required.", missing.FieldError("Input.Reference"));
        Assert.Equal(AgreementStatus.InApproval, statusAfterOne);
        Assert.Equal("Signature opens once every party has approved the agreement.", refusedSigning.Text("#signing-problem"));
        Assert.Equal(HttpStatusCode.Forbidden, otherParty.StatusCode);
        Assert.Equal(AgreementStatus.InSignature, await StatusAsync(world.AgreementId));
        Assert.Equal(0, await SignatureCountAsync(world.AgreementId));
        var trail = await app.WithDbAsync(db => db.AgreementEvents.Where(e => e.AgreementId == world.AgreementId).Select(e => e.Kind).ToListAsync());
        Assert.Equal(2, trail.Count(k => k == AgreementEventKind.Approved));
        Assert.Contains(AgreementEventKind.SignatureOpened, trail);
    }

    [Fact]
    public async Task An_approval_document_must_be_a_small_pdf_or_image()
    {
        var world = await app.AgreementAsync();
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
            { new ByteArrayContent("not a pdf"u8.ToArray()), "Input.Document", "resolution.pdf" },
        };
        var refused = await HtmlPage.FromAsync(await world.TubeAdmin.Client.PostAsync($"/agreements/{world.AgreementId}/parties/{world.TubeParty}/approve", form));

        Assert.Equal("The document must be a PDF, PNG or JPEG file.", refused.FieldError("Input.Document"));
        Assert.False(await app.WithDbAsync(db => db.PartyApprovals.AnyAsync(a => a.AgreementId == world.AgreementId)));
    }

    [Fact]
    public async Task Signing_without_two_factor_authentication_is_refused_with_a_clear_message()
    {
        var world = await app.AgreementAsync();
        var plain = await app.SignerAsync(world.Cereso.Id, "Sans appli", twoFactor: false);
        await app.WithDbAsync(async db =>
        {
            db.AgreementSignatories.Add(new AgreementSignatory { PartyId = world.CeresoParty, UserId = plain.User.Id });
            await db.SaveChangesAsync();
        });
        await app.OpenSignatureAsync(world);

        var page = await HtmlPage.GetAsync(plain.Client, $"/agreements/{world.AgreementId}/sign");
        var posted = await plain.Client.PostAsync($"/agreements/{world.AgreementId}/sign", new FormUrlEncodedContent([]));

        Assert.Contains("Turn on two-factor authentication on your account before signing.", page.Text("#two-factor-required"));
        Assert.Null(page.Document.QuerySelector("input[name='Input.Password']"));
        Assert.NotEqual(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal(0, await SignatureCountAsync(world.AgreementId));
    }

    [Fact]
    public async Task Signing_asks_again_for_the_password_and_a_code_and_records_who_when_how_and_the_hash_of_the_text()
    {
        var world = await app.AgreementAsync();
        await app.OpenSignatureAsync(world);

        var wrongPassword = await HtmlPage.FromAsync(await world.CeresoSigner.SignAsync(world.AgreementId, password: "not-the-password"));
        var wrongCode = await HtmlPage.FromAsync(await world.CeresoSigner.SignAsync(world.AgreementId, code: AuthenticatorApp.WrongCode(world.CeresoSigner.Key, app.Clock)));
        var signed = await world.CeresoSigner.SignAsync(world.AgreementId);

        Assert.Equal("This password is not right.", wrongPassword.FieldError("Input.Password"));
        Assert.Equal("This code is not valid. Check the time on your phone and try the next code.", wrongCode.FieldError("Input.Code"));
        Assert.Equal(HttpStatusCode.Redirect, signed.StatusCode);
        var signature = await app.WithDbAsync(db => db.AgreementSignatures.SingleAsync(s => s.AgreementId == world.AgreementId));
        var version = await app.WithDbAsync(db => AgreementFile.VersionAsync(db, world.AgreementId, 1));
        Assert.Equal(world.CeresoSigner.User.Id, signature.UserId);
        Assert.Equal(world.CeresoParty, signature.PartyId);
        Assert.Equal(NodaTime.Instant.FromDateTimeOffset(app.Clock.GetUtcNow()), signature.SignedAt);
        Assert.Equal("Europe/Paris", signature.TimeZoneId);
        Assert.Equal(AgreementSignature.PasswordAndAuthenticatorCode, signature.AuthenticationMethod);
        Assert.Equal(CanonicalText.Sha256(version!.CanonicalText()), signature.TextSha256);
        Assert.Matches("^[0-9a-f]{64}$", signature.TextSha256);

        var halfSigned = await HtmlPage.GetAsync(world.TubeAdmin.Client, $"/agreements/{world.AgreementId}");
        Assert.Equal("Not signed by all parties: this text is not final.", halfSigned.Text("#not-final"));
        Assert.Equal(AgreementStatus.InSignature, await StatusAsync(world.AgreementId));
    }

    [Fact]
    public async Task Parties_sign_in_their_order_and_the_agreement_is_final_once_all_have_signed()
    {
        var world = await app.AgreementAsync(ceresoRank: 1, tubeRank: 2);
        await app.OpenSignatureAsync(world);

        var tooEarly = await HtmlPage.FromAsync(await world.TubeSigner.SignAsync(world.AgreementId));
        await world.CeresoSigner.SignAsync(world.AgreementId);
        var inTurn = await world.TubeSigner.SignAsync(world.AgreementId);
        var final = await HtmlPage.GetAsync(world.CeresoAdmin.Client, $"/agreements/{world.AgreementId}");

        Assert.Equal("Your organisation signs after the parties before it in the signing order.", tooEarly.Text("#signing-problem"));
        Assert.Equal(HttpStatusCode.Redirect, inTurn.StatusCode);
        Assert.Equal(AgreementStatus.Signed, await StatusAsync(world.AgreementId));
        Assert.Null(final.Document.QuerySelector("#not-final"));
        Assert.Null(final.Document.QuerySelector("#hash-mismatch"));
        Assert.Contains(AgreementEventKind.SignedByAll, await app.WithDbAsync(db => db.AgreementEvents.Where(e => e.AgreementId == world.AgreementId).Select(e => e.Kind).ToListAsync()));
    }

    [Fact]
    public async Task Parties_of_the_same_rank_sign_in_parallel()
    {
        var world = await app.AgreementAsync(ceresoRank: 1, tubeRank: 1);
        await app.OpenSignatureAsync(world);

        Assert.Equal(HttpStatusCode.Redirect, (await world.TubeSigner.SignAsync(world.AgreementId)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await world.CeresoSigner.SignAsync(world.AgreementId)).StatusCode);
        Assert.Equal(AgreementStatus.Signed, await StatusAsync(world.AgreementId));
    }

    [Fact]
    public async Task Only_an_authorised_signatory_can_sign_and_nobody_signs_twice()
    {
        var world = await app.AgreementAsync(ceresoRank: 1, tubeRank: 1);
        var colleague = await app.SignerAsync(world.Cereso.Id, "Collègue non autorisée");
        await app.OpenSignatureAsync(world);

        var notAuthorised = await HtmlPage.FromAsync(await colleague.SignAsync(world.AgreementId));
        await world.CeresoSigner.SignAsync(world.AgreementId);
        var twice = await HtmlPage.FromAsync(await world.CeresoSigner.SignAsync(world.AgreementId));

        Assert.Equal("Only an authorised signatory of a party can sign for it.", notAuthorised.Text("#signing-problem"));
        Assert.Null(notAuthorised.Document.QuerySelector("input[name='Input.Password']"));
        Assert.Equal("You have already signed this version.", twice.Text("#signing-problem"));
        Assert.Equal(1, await SignatureCountAsync(world.AgreementId));
    }

    [Fact]
    public async Task Changing_the_text_after_a_signature_invalidates_every_signature_and_the_page_says_so()
    {
        var world = await app.AgreementAsync(ceresoRank: 1, tubeRank: 1);
        await app.OpenSignatureAsync(world);
        await world.CeresoSigner.SignAsync(world.AgreementId);

        var edit = await HtmlPage.GetAsync(world.TubeAdmin.Client, $"/agreements/{world.AgreementId}/edit");
        var saved = await edit.SubmitAsync(world.TubeAdmin.Client, "main form", new Dictionary<string, string> { ["Input.Articles[1].Body"] = "Pour deux ans seulement." });
        var page = await HtmlPage.GetAsync(world.CeresoAdmin.Client, $"/agreements/{world.AgreementId}");
        var signAgain = await HtmlPage.FromAsync(await world.TubeSigner.SignAsync(world.AgreementId));

        Assert.Contains("This version has been signed: saving a change invalidates every signature", edit.Html);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("The text changed after 1 signature had been given: it was invalidated", page.Text("#invalidated"));
        Assert.Equal(AgreementStatus.Draft, await StatusAsync(world.AgreementId));
        Assert.Contains("not signed", page.Text("#parties"));
        Assert.Equal("Signature opens once every party has approved the agreement.", signAgain.Text("#signing-problem"));
    }

    [Fact]
    public async Task A_text_changed_behind_the_applications_back_is_reported_as_a_hash_mismatch()
    {
        var world = await app.AgreementAsync(ceresoRank: 1, tubeRank: 1);
        await app.OpenSignatureAsync(world);
        await world.CeresoSigner.SignAsync(world.AgreementId);
        await world.TubeSigner.SignAsync(world.AgreementId);
        var signedHash = await app.WithDbAsync(db => db.AgreementSignatures.Where(s => s.AgreementId == world.AgreementId).Select(s => s.TextSha256).FirstAsync());

        // Straight to the database, past the application's rules, as someone with access to the server could.
        await app.WithDbAsync(db => db.AgreementArticles
            .Where(a => a.Heading == "Durée" && db.AgreementVersions.Any(v => v.Id == a.VersionId && v.AgreementId == world.AgreementId))
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.Body, "La présente entente est conclue pour dix ans.")));
        var page = await HtmlPage.GetAsync(world.TubeAdmin.Client, $"/agreements/{world.AgreementId}");

        Assert.Contains("The stored text no longer matches the text that was signed", page.Text("#hash-mismatch"));
        Assert.Contains(signedHash, page.Text("#hash-mismatch"));
        Assert.Equal("Not signed by all parties: this text is not final.", page.Text("#not-final"));
    }

    [Fact]
    public async Task The_api_lists_the_agreements_the_caller_may_see_with_the_hash_once_signed()
    {
        var world = await app.AgreementAsync(ceresoRank: 1, tubeRank: 1);
        var other = await app.AgreementAsync();

        var beforeSigning = await JsonAsync(world.CeresoAdmin.Client);
        await app.OpenSignatureAsync(world);
        await world.CeresoSigner.SignAsync(world.AgreementId);
        await world.TubeSigner.SignAsync(world.AgreementId);
        var afterSigning = await JsonAsync(world.CeresoAdmin.Client);

        var item = afterSigning.EnumerateArray().Single(a => a.GetProperty("id").GetGuid() == world.AgreementId);
        Assert.DoesNotContain(afterSigning.EnumerateArray(), a => a.GetProperty("id").GetGuid() == other.AgreementId);
        Assert.Equal(JsonValueKind.Null, beforeSigning.EnumerateArray().Single().GetProperty("sha256").ValueKind);
        Assert.Equal("Draft", beforeSigning.EnumerateArray().Single().GetProperty("status").GetString());
        Assert.Equal("Signed", item.GetProperty("status").GetString());
        Assert.Matches("^[0-9a-f]{64}$", item.GetProperty("sha256").GetString()!);
        Assert.Equal(new[] { world.Cereso.Name, world.Tube.Name }.Order(), item.GetProperty("parties").EnumerateArray().Select(p => p.GetProperty("organisation").GetString()).Order());
        Assert.Equal(HttpStatusCode.Unauthorized, (await UnauthenticatedJsonAsync()).StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_agreements_operation()
    {
        var response = await app.CreateClient().GetAsync("/openapi/v1.json");
        var result = OpenApiDocument.Parse(await response.Content.ReadAsStringAsync(), "json", new OpenApiReaderSettings());

        Assert.Empty(result.Diagnostic!.Errors);
        var operation = result.Document!.Paths["/api/v1/agreements"].Operations![HttpMethod.Get];
        Assert.Equal("ListAgreements", operation.OperationId);
        var item = operation.Responses!["200"].Content!["application/json"].Schema!.Items!;
        Assert.Contains("sha256", item.Properties!.Keys);
        Assert.Contains("parties", item.Properties!.Keys);
        Assert.Contains("401", operation.Responses.Keys);
    }

    private static async Task<JsonElement> JsonAsync(HttpClient client)
    {
        var response = await client.GetAsync("/api/v1/agreements");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private Task<HttpResponseMessage> UnauthenticatedJsonAsync()
    {
        var client = app.CreateBrowserlikeClient();
        client.DefaultRequestHeaders.Accept.ParseAdd("application/json");
        return client.GetAsync("/api/v1/agreements");
    }
}
