using System.Net;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Tests.Coaching;
using Passerelles.Web.Features.Agreements;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Tests.Agreements;

/// <summary>Agreements across carrier organisations: the CBE carries the PTCE, which carries Le Tube; the Cégep carries
/// CERESO, which carries L'Espace412. The PTCE's administrator acts for Le Tube; L'Espace412's coach reads CERESO's
/// agreements without drafting them.</summary>
public sealed class CarrierTests(AppFactory app) : IClassFixture<AppFactory>
{
    private sealed record Network(
        Organisation Cbe, Organisation Ptce, Organisation Tube, Organisation Cegep, Organisation Cereso, Organisation Espace,
        AgreementsTesting.Signer PtceAdmin, AgreementsTesting.Signer CeresoAdmin, CoachingTesting.Person EspaceCoach, CoachingTesting.Person OtherCoach,
        Guid AgreementId, Guid CeresoParty, Guid TubeParty);

    /// <summary>The two chains of carriers and an agreement between CERESO (signs first, for itself) and Le Tube (signs
    /// second, through the PTCE's administrator), awaiting approval.</summary>
    private async Task<Network> NetworkAsync()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var cbe = await app.CreateOrganisationAsync($"CBE du Seignanx {tag}", Side.France);
        var ptce = await app.CreateOrganisationAsync($"PTCE Sud Aquitaine {tag}", Side.France);
        var tube = await app.CreateOrganisationAsync($"Le Tube à ESS'ai {tag}", Side.France);
        var cegep = await app.CreateOrganisationAsync($"Cégep régional {tag}", Side.Quebec);
        var cereso = await app.CreateOrganisationAsync($"CERESO {tag}", Side.Quebec);
        var espace = await app.CreateOrganisationAsync($"L'Espace412 {tag}", Side.Quebec);
        await app.CarryAsync(cbe.Id, ptce.Id);
        await app.CarryAsync(ptce.Id, tube.Id);
        await app.CarryAsync(cegep.Id, cereso.Id);
        await app.CarryAsync(cereso.Id, espace.Id);
        var ptceAdmin = await app.SignerAsync(ptce.Id, "Isabelle Darrigade");
        var ceresoAdmin = await app.SignerAsync(cereso.Id, "Geneviève Gagnon");
        var espaceCoach = await app.PersonAsync(espace.Id, MemberRole.Coach, "Mathieu Bouchard");
        var otherCoach = await app.PersonAsync((await app.CreateOrganisationAsync($"Ailleurs {tag}")).Id, MemberRole.Coach, "Coach d'ailleurs");

        var agreement = new Agreement { Purpose = "Formaliser le transfert de pratiques." };
        var ceresoParty = new AgreementParty { AgreementId = agreement.Id, OrganisationId = cereso.Id, SigningRank = 1 };
        ceresoParty.Signatories.Add(new AgreementSignatory { PartyId = ceresoParty.Id, UserId = ceresoAdmin.User.Id });
        var tubeParty = new AgreementParty { AgreementId = agreement.Id, OrganisationId = tube.Id, SigningRank = 2 };
        tubeParty.Signatories.Add(new AgreementSignatory { PartyId = tubeParty.Id, UserId = ptceAdmin.User.Id });
        agreement.Parties.AddRange([ceresoParty, tubeParty]);
        var version = agreement.SaveVersion(0, $"Entente CERESO – Le Tube {tag}",
            [(Guid.NewGuid(), "Objet", "Les parties partagent leurs pratiques d'incubation.")], [], ceresoAdmin.User.Id,
            Instant.FromDateTimeOffset(app.Clock.GetUtcNow()))!;
        agreement.Status = AgreementStatus.InApproval;
        await app.WithDbAsync(async db =>
        {
            db.Agreements.Add(agreement);
            db.AgreementVersions.Add(version);
            await db.SaveChangesAsync();
        });
        return new Network(cbe, ptce, tube, cegep, cereso, espace, ptceAdmin, ceresoAdmin, espaceCoach, otherCoach, agreement.Id, ceresoParty.Id, tubeParty.Id);
    }

    private Task<string> TitleAsync(Guid id) => app.WithDbAsync(db => db.Agreements.Where(a => a.Id == id).Select(a => a.Title).SingleAsync());

    /// <summary>Who acted, for which party organisation and through which carrier, on each event of this kind.</summary>
    private async Task<List<(Guid? Actor, Guid? For, Guid? Through)>> ActedAsync(Guid id, AgreementEventKind kind) =>
        (await app.WithDbAsync(db => db.AgreementEvents.AsNoTracking().Where(e => e.AgreementId == id && e.Kind == kind).ToListAsync()))
        .Select(e => (e.ActorId, e.ForOrganisationId, e.ThroughOrganisationId)).OrderBy(e => e.ForOrganisationId).ToList();

    /// <summary>Finds the agreement in the list, opens it and records the party's approval from the link on its page.</summary>
    private static async Task<HtmlPage> FindAndApproveAsync(HttpClient client, string title, Guid partyId, string reference)
    {
        var list = await HtmlPage.GetAsync(client, "/agreements");
        var link = list.Document.QuerySelectorAll("tbody a").Single(a => a.TextContent.Trim() == title).GetAttribute("href")!;
        var details = await HtmlPage.GetAsync(client, link);
        var approve = await HtmlPage.GetAsync(client, details.Document.QuerySelector($"tr[data-party='{partyId}'] a[href$='/approve']")!.GetAttribute("href")!);
        var approved = await approve.SubmitAsync(client, "main form", new Dictionary<string, string> { ["Input.Reference"] = reference, ["Input.ResolvedOn"] = "2026-03-02" });
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        return details;
    }

    [Fact]
    public async Task The_administrator_of_a_carrier_finds_approves_and_signs_the_agreement_for_the_party_it_carries()
    {
        var network = await NetworkAsync();
        var title = await TitleAsync(network.AgreementId);

        var ceresoDetails = await FindAndApproveAsync(network.CeresoAdmin.Client, title, network.CeresoParty, "CA-2026-03");
        var tubeDetails = await FindAndApproveAsync(network.PtceAdmin.Client, title, network.TubeParty, "Délibération 12");
        var ceresoSigned = await network.CeresoAdmin.SignAsync(network.AgreementId);
        var tubeSigned = await network.PtceAdmin.SignAsync(network.AgreementId);
        var trail = await HtmlPage.GetAsync(network.PtceAdmin.Client, $"/agreements/{network.AgreementId}");

        Assert.Null(ceresoDetails.Document.QuerySelector($"tr[data-party='{network.TubeParty}'] a[href$='/approve']"));
        Assert.Null(tubeDetails.Document.QuerySelector($"tr[data-party='{network.CeresoParty}'] a[href$='/approve']"));
        Assert.Equal(HttpStatusCode.Redirect, ceresoSigned.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, tubeSigned.StatusCode);
        Assert.Equal(AgreementStatus.Signed, await app.WithDbAsync(db => db.Agreements.Where(a => a.Id == network.AgreementId).Select(a => a.Status).SingleAsync()));
        List<(Guid? Actor, Guid? For, Guid? Through)> acted =
        [
            (network.CeresoAdmin.User.Id, network.Cereso.Id, null),
            (network.PtceAdmin.User.Id, network.Tube.Id, network.Ptce.Id),
        ];
        acted = acted.OrderBy(e => e.For).ToList();
        Assert.Equal(acted, await ActedAsync(network.AgreementId, AgreementEventKind.Approved));
        Assert.Equal(acted, await ActedAsync(network.AgreementId, AgreementEventKind.Signed));
        var lines = trail.Document.QuerySelectorAll("#audit-trail li").Select(li => li.TextContent).ToList();
        Assert.Contains(lines, l => l.Contains($"Isabelle Darrigade (for {network.Tube.Name}, through {network.Ptce.Name}) — Approval recorded"));
        Assert.Contains(lines, l => l.Contains($"Isabelle Darrigade (for {network.Tube.Name}, through {network.Ptce.Name}) — Signature"));
        Assert.Contains(lines, l => l.Contains($"Geneviève Gagnon (for {network.Cereso.Name}) — Approval recorded"));
    }

    [Fact]
    public async Task The_evidence_pack_tells_in_the_readers_language_for_whom_and_through_which_carrier_each_one_acted()
    {
        var network = await NetworkAsync();
        var title = await TitleAsync(network.AgreementId);
        await FindAndApproveAsync(network.CeresoAdmin.Client, title, network.CeresoParty, "CA-2026-03");
        await FindAndApproveAsync(network.PtceAdmin.Client, title, network.TubeParty, "Délibération 12");
        await network.CeresoAdmin.SignAsync(network.AgreementId);
        await network.PtceAdmin.SignAsync(network.AgreementId);
        var email = $"{Guid.NewGuid():N}@test.passerelles.org";
        var reader = await app.CreateUserAsync(email, "Hélène Etcheverry", culture: "fr-FR");
        await app.AddMemberAsync(network.Tube.Id, reader.Id, MemberRole.Coach);

        var response = await (await app.SignedInClientAsync(email)).GetAsync($"/agreements/{network.AgreementId}/evidence-pack");
        var text = EvidencePackTests.PdfText(await response.Content.ReadAsByteArrayAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"pour {network.Tube.Name}, par l'intermédiaire de {network.Ptce.Name}", text);
        Assert.Contains($"Geneviève Gagnon (pour {network.Cereso.Name})", text);
    }

    [Fact]
    public async Task The_coach_of_a_carried_incubator_reads_the_agreements_of_its_carrier_without_drafting_them()
    {
        var network = await NetworkAsync();
        var client = network.EspaceCoach.Client;
        var id = network.AgreementId;

        var list = await HtmlPage.GetAsync(client, "/agreements");
        var details = await HtmlPage.GetAsync(client, $"/agreements/{id}");

        Assert.Contains($"/agreements/{id}", list.Html);
        Assert.Equal(HttpStatusCode.OK, details.Response.StatusCode);
        Assert.Null(details.Document.QuerySelector("#parties-link"));
        Assert.Null(details.Document.QuerySelector("a[href$='/approve']"));
        Assert.Empty(details.Document.QuerySelectorAll("main form"));
        string[] read = ["commitments", "status", "versions", "versions/1", "compare?from=1&to=1"];
        string[] drafting = ["edit", "parties", $"parties/{network.TubeParty}/remove", $"parties/{network.CeresoParty}/approve", "commitments/new", "term"];
        Assert.Equal(read.ToDictionary(p => p, _ => HttpStatusCode.OK), await AnswersAsync(client, id, read));
        Assert.Equal(drafting.ToDictionary(p => p, _ => HttpStatusCode.Forbidden), await AnswersAsync(client, id, drafting));
    }

    [Fact]
    public async Task A_coach_of_an_unrelated_organisation_gets_404_on_the_agreement_and_all_its_pages()
    {
        var network = await NetworkAsync();
        var id = network.AgreementId;
        var commitment = await app.WithDbAsync(async db =>
        {
            var key = await db.AgreementVersions.Where(v => v.AgreementId == id).SelectMany(v => v.Articles).Select(a => a.Key).FirstAsync();
            var added = new Commitment { AgreementId = id, ArticleKey = key, PartyId = network.CeresoParty, What = "Co-animer", DueOn = new LocalDate(2026, 6, 1) };
            db.Commitments.Add(added);
            await db.SaveChangesAsync();
            return added.Id;
        });
        var client = network.OtherCoach.Client;

        var list = await HtmlPage.GetAsync(client, "/agreements");
        var paths = new[]
        {
            "", "edit", "parties", $"parties/{network.TubeParty}/remove", $"parties/{network.TubeParty}/approve", "sign", "versions", "versions/1",
            "compare?from=1&to=1", "commitments", "commitments/new", $"commitments/{commitment}/edit", $"commitments/{commitment}/delete", "status",
            "term", "evidence-pack",
        };

        Assert.DoesNotContain($"/agreements/{id}", list.Html);
        Assert.Equal(paths.ToDictionary(p => p, _ => HttpStatusCode.NotFound), await AnswersAsync(client, id, paths));
    }

    /// <summary>The status answered to a GET of each page under the agreement, by path.</summary>
    private static async Task<Dictionary<string, HttpStatusCode>> AnswersAsync(HttpClient client, Guid id, IEnumerable<string> paths)
    {
        var answers = new Dictionary<string, HttpStatusCode>();
        foreach (var path in paths)
            answers[path] = (await client.GetAsync($"/agreements/{id}{(path.Length > 0 ? "/" + path : "")}")).StatusCode;
        return answers;
    }
}
