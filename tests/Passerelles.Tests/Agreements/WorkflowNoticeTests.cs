using System.Net;
using Microsoft.EntityFrameworkCore;
using Passerelles.Web.Features.Agreements;

namespace Passerelles.Tests.Agreements;

/// <summary>Every step of an agreement's workflow is told by e-mail to the people it concerns, in their language, once:
/// approval needed, a party approved, your turn to sign, someone signed, signed by all.</summary>
public sealed class WorkflowNoticeTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Title = "Entente de partenariat CERESO – Le Tube à ESS'ai";

    /// <summary>Gives each person of the world a language: CERESO's administrator Québec French, its signatory English,
    /// Le Tube's signatory France French, and Le Tube's administrator none (so Le Tube's own, France French).</summary>
    private Task SpeakAsync(AgreementsTesting.AgreementWorld world) =>
        app.WithDbAsync(async db =>
        {
            foreach (var (id, culture) in new[]
                     {
                         (world.CeresoAdmin.User.Id, "fr-CA"), (world.CeresoSigner.User.Id, "en"), (world.TubeSigner.User.Id, "fr-FR"),
                         (world.TubeAdmin.User.Id, ""),
                     })
                await db.Users.Where(u => u.Id == id).ExecuteUpdateAsync(s => s.SetProperty(u => u.PreferredCulture, culture));
        });

    private List<(string To, string Subject)> MailTo(AgreementsTesting.AgreementWorld world)
    {
        var addresses = new[] { world.CeresoAdmin.User.Email, world.CeresoSigner.User.Email, world.TubeAdmin.User.Email, world.TubeSigner.User.Email };
        return app.Mail.Sent.Where(m => addresses.Contains(m.To)).Select(m => (m.To, m.Subject)).OrderBy(m => m.To).ThenBy(m => m.Subject).ToList();
    }

    private static async Task ApproveTwiceAsync(HttpClient client, Guid agreementId, Guid partyId)
    {
        var page = await HtmlPage.GetAsync(client, $"/agreements/{agreementId}/parties/{partyId}/approve");
        var values = new Dictionary<string, string> { ["Input.Reference"] = "CA-2026-03", ["Input.ResolvedOn"] = "2026-03-02" };
        Assert.Equal(HttpStatusCode.Redirect, (await page.SubmitAsync(client, "main form", values)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await page.SubmitAsync(client, "main form", values)).StatusCode);
    }

    private static async Task SignTwiceAsync(AgreementsTesting.Signer signer, Guid agreementId, string refusedAgain = "You have already signed this version.")
    {
        var page = await HtmlPage.GetAsync(signer.Client, $"/agreements/{agreementId}/sign");
        var values = new Dictionary<string, string>
        {
            ["Input.Password"] = AppFactory.Password, ["Input.Code"] = signer.Code(), ["Input.TimeZoneId"] = "Europe/Paris",
        };
        Assert.Equal(HttpStatusCode.Redirect, (await page.SubmitAsync(signer.Client, "main form", values)).StatusCode);
        var again = await HtmlPage.FromAsync(await page.SubmitAsync(signer.Client, "main form", values));
        Assert.Equal(refusedAgain, again.Text("#signing-problem"));
    }

    [Fact]
    public async Task Each_step_is_told_once_to_the_people_it_concerns_in_their_language_even_when_posted_twice()
    {
        var world = await app.AgreementAsync(ceresoRank: 1, tubeRank: 2);
        await SpeakAsync(world);
        var (cereso, tube) = (world.Cereso.Name, world.Tube.Name);

        var details = await HtmlPage.GetAsync(world.CeresoAdmin.Client, $"/agreements/{world.AgreementId}");
        await details.SubmitAsync(world.CeresoAdmin.Client, "form[action*='handler=sendForApproval']");
        await details.SubmitAsync(world.CeresoAdmin.Client, "form[action*='handler=sendForApproval']");
        await ApproveTwiceAsync(world.CeresoAdmin.Client, world.AgreementId, world.CeresoParty);
        await ApproveTwiceAsync(world.TubeAdmin.Client, world.AgreementId, world.TubeParty);
        await SignTwiceAsync(world.CeresoSigner, world.AgreementId);
        await SignTwiceAsync(world.TubeSigner, world.AgreementId, "This agreement is already signed by all parties.");

        var expected = new List<(string To, string Subject)>
        {
            (world.CeresoAdmin.User.Email!, $"Approbation attendue\u00A0: {Title}"),
            (world.CeresoAdmin.User.Email!, $"{tube} a approuvé l'entente {Title}"),
            (world.CeresoAdmin.User.Email!, $"L'entente {Title} est signée par toutes les parties"),
            (world.CeresoSigner.User.Email!, $"Approval needed: {Title}"),
            (world.CeresoSigner.User.Email!, $"{tube} approved the agreement {Title}"),
            (world.CeresoSigner.User.Email!, $"Your signature is awaited: {Title}"),
            (world.CeresoSigner.User.Email!, $"The agreement {Title} is signed by all parties"),
            (world.TubeAdmin.User.Email!, $"Approbation attendue\u00A0: {Title}"),
            (world.TubeAdmin.User.Email!, $"{cereso} a approuvé la convention {Title}"),
            (world.TubeAdmin.User.Email!, $"{cereso} a signé la convention {Title}"),
            (world.TubeAdmin.User.Email!, $"La convention {Title} est signée par toutes les parties"),
            (world.TubeSigner.User.Email!, $"Approbation attendue\u00A0: {Title}"),
            (world.TubeSigner.User.Email!, $"{cereso} a approuvé la convention {Title}"),
            (world.TubeSigner.User.Email!, $"Votre signature est attendue\u00A0: {Title}"),
            (world.TubeSigner.User.Email!, $"La convention {Title} est signée par toutes les parties"),
        };
        Assert.Equal(expected.OrderBy(m => m.To).ThenBy(m => m.Subject).ToList(), MailTo(world));
    }

    [Fact]
    public async Task The_notices_say_what_happened_and_link_to_where_to_act()
    {
        var world = await app.AgreementAsync(ceresoRank: 1, tubeRank: 1);
        await SpeakAsync(world);

        var details = await HtmlPage.GetAsync(world.CeresoAdmin.Client, $"/agreements/{world.AgreementId}");
        await details.SubmitAsync(world.CeresoAdmin.Client, "form[action*='handler=sendForApproval']");
        var toApprove = app.Mail.LastTo(world.TubeAdmin.User.Email!);
        await ApproveTwiceAsync(world.CeresoAdmin.Client, world.AgreementId, world.CeresoParty);
        await ApproveTwiceAsync(world.TubeAdmin.Client, world.AgreementId, world.TubeParty);
        var yourTurn = app.Mail.LastTo(world.CeresoSigner.User.Email!);
        await SignTwiceAsync(world.TubeSigner, world.AgreementId);
        var signed = app.Mail.LastTo(world.CeresoAdmin.User.Email!);
        await SignTwiceAsync(world.CeresoSigner, world.AgreementId, "This agreement is already signed by all parties.");
        var final = app.Mail.LastTo(world.TubeAdmin.User.Email!);

        Assert.Contains($"Geneviève Gagnon a soumis la version 1 de la convention {Title} à l'approbation des parties.", toApprove.TextBody);
        Assert.Equal($"/agreements/{world.AgreementId}/parties/{world.TubeParty}/approve", CapturingMailer.LinkIn(toApprove));
        Assert.Equal($"Your signature is awaited: {Title}", yourTurn.Subject);
        Assert.Contains($"It is your turn to sign version 1 of the agreement {Title} for {world.Cereso.Name}.", yourTurn.TextBody);
        Assert.Equal($"/agreements/{world.AgreementId}/sign", CapturingMailer.LinkIn(yourTurn));
        Assert.Contains($"Président CBE a signé la version 1 de l'entente {Title} pour {world.Tube.Name}.", signed.TextBody);
        Assert.Equal($"/agreements/{world.AgreementId}", CapturingMailer.LinkIn(signed));
        Assert.Equal($"La convention {Title} est signée par toutes les parties", final.Subject);
        Assert.Contains($"Toutes les parties ont signé la version 1 de la convention {Title}.", final.TextBody);
        Assert.Equal($"/agreements/{world.AgreementId}/evidence-pack", CapturingMailer.LinkIn(final));
        Assert.Equal(HttpStatusCode.OK, (await world.TubeAdmin.Client.GetAsync(CapturingMailer.LinkIn(final))).StatusCode);
    }

    [Fact]
    public async Task A_party_without_administrators_is_asked_to_approve_through_its_carrier()
    {
        var world = await app.AgreementAsync();
        var carrier = await app.CreateOrganisationAsync(side: Web.Features.Organisations.Side.France);
        await app.CarryAsync(carrier.Id, world.Tube.Id);
        var carrierAdmin = await app.CreateUserAsync($"{Guid.NewGuid():N}@test.passerelles.org", "Coordination PTCE", culture: "fr-FR");
        await app.AddMemberAsync(carrier.Id, carrierAdmin.Id, Web.Features.Organisations.MemberRole.OrganisationAdministrator);
        await app.WithDbAsync(db => db.Memberships
            .Where(m => m.OrganisationId == world.Tube.Id && m.Role == Web.Features.Organisations.MemberRole.OrganisationAdministrator)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Role, Web.Features.Organisations.MemberRole.Coach)));

        var details = await HtmlPage.GetAsync(world.CeresoAdmin.Client, $"/agreements/{world.AgreementId}");
        await details.SubmitAsync(world.CeresoAdmin.Client, "form[action*='handler=sendForApproval']");

        var asked = app.Mail.Sent.Where(m => m.To == carrierAdmin.Email).ToList();
        Assert.Equal([$"Approbation attendue\u00A0: {Title}"], asked.Select(m => m.Subject));
        Assert.Equal($"/agreements/{world.AgreementId}/parties/{world.TubeParty}/approve", CapturingMailer.LinkIn(asked[0]));
        Assert.DoesNotContain(app.Mail.Sent, m => m.To == world.TubeAdmin.User.Email && m.Subject.Contains(Title));
    }
}
