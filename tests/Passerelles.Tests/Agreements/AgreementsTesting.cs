using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Passerelles.Tests.Account;
using Passerelles.Tests.Coaching;
using Passerelles.Web.Features.Account;
using Passerelles.Web.Features.Agreements;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Tests.Agreements;

internal static class AgreementsTesting
{
    /// <summary>A signed-in person who has two-factor authentication on, with the key their app holds.</summary>
    public sealed record Signer(AppUser User, HttpClient Client, string Key, TimeProvider Clock)
    {
        /// <summary>The code the signer's authenticator app shows now.</summary>
        public string Code() => AuthenticatorApp.Code(Key, Clock);
    }

    /// <summary>Two parties, CERESO (Québec, signs first) and Le Tube à ESS'ai (France, signs second), each with an
    /// administrator who drafts and approves and one authorised signatory who has two-factor authentication on.</summary>
    public sealed record AgreementWorld(
        Guid AgreementId, Organisation Cereso, Organisation Tube, CoachingTesting.Person CeresoAdmin, CoachingTesting.Person TubeAdmin,
        Signer CeresoSigner, Signer TubeSigner, Guid CeresoParty, Guid TubeParty);

    public static async Task<AgreementWorld> AgreementAsync(this AppFactory app, int ceresoRank = 1, int tubeRank = 2, string durationBody = "La présente entente est conclue pour trois ans.")
    {
        var cereso = await app.CreateOrganisationAsync(side: Side.Quebec);
        var tube = await app.CreateOrganisationAsync(side: Side.France);
        var ceresoAdmin = await app.PersonAsync(cereso.Id, MemberRole.OrganisationAdministrator, "Geneviève Gagnon");
        var tubeAdmin = await app.PersonAsync(tube.Id, MemberRole.OrganisationAdministrator, "Isabelle Darrigade");
        var ceresoSigner = await app.SignerAsync(cereso.Id, "Directrice CERESO");
        var tubeSigner = await app.SignerAsync(tube.Id, "Président CBE");
        var agreement = new Agreement { Purpose = "Formaliser le transfert de pratiques." };
        var ceresoParty = new AgreementParty { AgreementId = agreement.Id, OrganisationId = cereso.Id, SigningRank = ceresoRank };
        ceresoParty.Signatories.Add(new AgreementSignatory { PartyId = ceresoParty.Id, UserId = ceresoSigner.User.Id });
        var tubeParty = new AgreementParty { AgreementId = agreement.Id, OrganisationId = tube.Id, SigningRank = tubeRank };
        tubeParty.Signatories.Add(new AgreementSignatory { PartyId = tubeParty.Id, UserId = tubeSigner.User.Id });
        agreement.Parties.AddRange([ceresoParty, tubeParty]);
        var version = agreement.SaveVersion(0, "Entente de partenariat CERESO – Le Tube à ESS'ai",
            [(Guid.NewGuid(), "Objet", "Les parties s'engagent à partager leurs pratiques d'incubation."),
             (Guid.NewGuid(), "Durée", durationBody)],
            [("Calendrier", "- Mission à Tarnos\n- Mission à Joliette")], ceresoAdmin.User.Id, Instant.FromDateTimeOffset(app.Clock.GetUtcNow()))!;
        await app.WithDbAsync(async db =>
        {
            db.Agreements.Add(agreement);
            db.AgreementVersions.Add(version);
            await db.SaveChangesAsync();
        });
        return new AgreementWorld(agreement.Id, cereso, tube, ceresoAdmin, tubeAdmin, ceresoSigner, tubeSigner, ceresoParty.Id, tubeParty.Id);
    }

    /// <summary>A member of <paramref name="organisationId"/> with two-factor authentication on, signed in with their
    /// password and a code, in English.</summary>
    public static async Task<Signer> SignerAsync(this AppFactory app, Guid organisationId, string name, bool twoFactor = true)
    {
        var email = $"{Guid.NewGuid():N}@test.passerelles.org";
        var user = await app.CreateUserAsync(email, name, culture: "en");
        await app.AddMemberAsync(organisationId, user.Id, MemberRole.OrganisationAdministrator);
        var key = "";
        if (twoFactor)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var tracked = (await users.FindByIdAsync(user.Id.ToString()))!;
            await users.ResetAuthenticatorKeyAsync(tracked);
            key = (await users.GetAuthenticatorKeyAsync(tracked))!;
            await users.SetTwoFactorEnabledAsync(tracked, true);
        }
        var client = app.CreateBrowserlikeClient();
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));
        var afterPassword = await AccountTestKit.PostSignInAsync(client, email, AppFactory.Password);
        if (twoFactor)
        {
            var codePage = await HtmlPage.GetAsync(client, afterPassword.Headers.Location!.OriginalString);
            var done = await codePage.SubmitAsync(client, "main form", new Dictionary<string, string> { ["Input.Code"] = AuthenticatorApp.Code(key, app.Clock) });
            Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        }
        return new Signer(user, client, key, app.Clock);
    }

    /// <summary>Records both parties' approvals straight in the database and opens signature, for tests about signing.</summary>
    public static Task OpenSignatureAsync(this AppFactory app, AgreementWorld world) =>
        app.WithDbAsync(async db =>
        {
            var agreement = await db.Agreements.FindAsync(world.AgreementId);
            foreach (var (party, by) in new[] { (world.CeresoParty, world.CeresoAdmin.User.Id), (world.TubeParty, world.TubeAdmin.User.Id) })
                db.PartyApprovals.Add(new PartyApproval
                {
                    AgreementId = world.AgreementId, PartyId = party, VersionNumber = agreement!.CurrentVersion, ResolutionReference = "CA-2026-04",
                    ResolvedOn = new LocalDate(2026, 3, 1), RecordedBy = by, RecordedAt = Instant.FromDateTimeOffset(app.Clock.GetUtcNow()),
                });
            agreement!.Status = AgreementStatus.InSignature;
            await db.SaveChangesAsync();
        });

    public static async Task<HttpResponseMessage> SignAsync(this Signer signer, Guid agreementId, string? password = null, string? code = null)
    {
        var page = await HtmlPage.GetAsync(signer.Client, $"/agreements/{agreementId}/sign");
        if (page.Document.QuerySelector("main form") is null) return page.Response;
        return await page.SubmitAsync(signer.Client, "main form", new Dictionary<string, string>
        {
            ["Input.Password"] = password ?? AppFactory.Password,
            ["Input.Code"] = code ?? signer.Code(),
            ["Input.TimeZoneId"] = "Europe/Paris",
        });
    }

    /// <summary>Posts a page's form to one of its buttons' formaction, as a browser does when that button is pressed.</summary>
    public static async Task<HtmlPage> PressAsync(this HtmlPage page, HttpClient client, string buttonText, IDictionary<string, string>? values = null)
    {
        var button = page.Document.QuerySelectorAll("button").FirstOrDefault(b => b.TextContent.Trim() == buttonText)
                     ?? throw new InvalidOperationException($"No button '{buttonText}'.");
        var form = (IHtmlFormElement)button.Closest("form")!;
        var fields = form.Elements.Select(e => e switch
            {
                IHtmlInputElement { Type: not ("submit" or "button" or "checkbox" or "radio") } i => (i.Name, i.Value),
                IHtmlTextAreaElement t => (t.Name, t.Value),
                IHtmlSelectElement s => (s.Name, s.Value ?? ""),
                _ => ((string?)null, ""),
            })
            .Where(f => !string.IsNullOrEmpty(f.Item1)).ToDictionary(f => f.Item1!, f => f.Item2);
        foreach (var (key, value) in values ?? new Dictionary<string, string>()) fields[key] = value;
        var action = button.GetAttribute("formaction") ?? form.GetAttribute("action") ?? page.Response.RequestMessage!.RequestUri!.PathAndQuery;
        return await HtmlPage.FromAsync(await client.PostAsync(action, new FormUrlEncodedContent(fields)));
    }
}
