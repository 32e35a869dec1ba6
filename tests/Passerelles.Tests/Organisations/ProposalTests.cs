using System.Net;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Web.Features.Organisations;
using static Passerelles.Tests.Organisations.OrganisationsTesting;

namespace Passerelles.Tests.Organisations;

public sealed class ProposalTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<(HttpClient Client, string Email)> OutsiderAsync(string culture = "en")
    {
        var email = $"{Guid.NewGuid():N}@test.passerelles.org";
        await app.CreateUserAsync(email, "Quelqu'un d'ailleurs", culture: culture);
        return (await app.SignedInClientAsync(email), email);
    }

    private async Task<(Organisation Organisation, HttpClient Admin)> OrganisationWithAdministratorAsync()
    {
        var organisation = await app.PublicOrganisationAsync(Unique("Modérée"));
        var admin = await app.SignedInMemberAsync(organisation.Id, MemberRole.OrganisationAdministrator);
        return (organisation, admin);
    }

    private Task<List<ChangeProposal>> ProposalsAsync(Guid organisationId) =>
        app.WithDbAsync(db => db.ChangeProposals.AsNoTracking().Where(p => p.OrganisationId == organisationId).ToListAsync());

    private static Task<HttpResponseMessage> ProposeAsync(HttpClient client, Guid organisationId, IDictionary<string, string> values) =>
        client.SubmitMainFormAsync($"/organisations/{organisationId}/propose", values);

    private static async Task<HttpResponseMessage> DecideAsync(HttpClient client, Guid organisationId, string handler, string note = "")
    {
        var page = await HtmlPage.GetAsync(client, $"/organisations/{organisationId}/proposals");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return await page.SubmitAsync(client, $"form[action*='handler={handler}']", new Dictionary<string, string> { ["note"] = note });
    }

    [Fact]
    public async Task A_proposal_from_an_outsider_is_kept_pending_and_never_changes_the_organisation()
    {
        var (organisation, _) = await OrganisationWithAdministratorAsync();
        var (outsider, _) = await OutsiderAsync();

        var response = await ProposeAsync(outsider, organisation.Id, new Dictionary<string, string>
        {
            ["Input.Locality"] = "Tarnos", ["Input.Website"] = "https://tube-essai.example", ["Input.Priorities"] = "Youth",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var proposal = Assert.Single(await ProposalsAsync(organisation.Id));
        Assert.Equal((ProposalStatus.Pending, 1), (proposal.Status, proposal.BasedOnVersion));
        var unchanged = await app.ReloadAsync(organisation.Id);
        Assert.Equal((1, "", ""), (unchanged.Version, unchanged.Locality, unchanged.Website));
        Assert.Equal(0, await app.WithDbAsync(db => db.OrganisationThemes.CountAsync(t => t.OrganisationId == organisation.Id)));
    }

    private IReadOnlyList<Web.Infrastructure.Email.OutgoingEmail> MailAbout(Organisation organisation) =>
        app.Mail.Sent.Where(e => e.Subject.Contains(organisation.Name, StringComparison.Ordinal)).ToList();

    [Fact]
    public async Task The_administrators_hear_of_a_proposal_each_in_their_own_language_with_a_link_to_the_proposals()
    {
        var organisation = await app.PublicOrganisationAsync(Unique("Avertie"), Side.France);
        var english = await app.CreateUserAsync($"{Guid.NewGuid():N}@test.passerelles.org", culture: "en");
        var french = await app.CreateUserAsync($"{Guid.NewGuid():N}@test.passerelles.org", culture: "fr-FR");
        var coach = await app.CreateUserAsync($"{Guid.NewGuid():N}@test.passerelles.org", culture: "en");
        await app.AddMemberAsync(organisation.Id, english.Id, MemberRole.OrganisationAdministrator);
        await app.AddMemberAsync(organisation.Id, french.Id, MemberRole.OrganisationAdministrator);
        await app.AddMemberAsync(organisation.Id, coach.Id, MemberRole.Coach);
        var (outsider, outsiderEmail) = await OutsiderAsync();

        await ProposeAsync(outsider, organisation.Id, new Dictionary<string, string> { ["Input.Locality"] = "Tarnos" });

        Assert.Equal(
            new[] { english.Email!, french.Email! }.Order(StringComparer.Ordinal),
            MailAbout(organisation).Select(e => e.To).Order(StringComparer.Ordinal));
        var inEnglish = app.Mail.LastTo(english.Email!);
        Assert.Equal($"A change is proposed to {organisation.Name}", inEnglish.Subject);
        Assert.Contains($"Quelqu'un d'ailleurs proposes a change to the directory profile of {organisation.Name}.", inEnglish.TextBody);
        Assert.Contains("Fields concerned: Locality.", inEnglish.TextBody);
        var inFrench = app.Mail.LastTo(french.Email!);
        Assert.Equal($"Modification proposée pour {organisation.Name}", inFrench.Subject);
        Assert.Contains("dans l'annuaire", inFrench.TextBody);
        Assert.DoesNotContain(MailAbout(organisation), e => e.To == coach.Email || e.To == outsiderEmail);

        var link = CapturingMailer.LinkIn(inEnglish);
        Assert.Equal($"/organisations/{organisation.Id}/proposals", link);
        var admin = await app.SignedInClientAsync(english.Email!);
        var proposals = await HtmlPage.GetAsync(admin, link);
        Assert.Equal(HttpStatusCode.OK, proposals.Status);
        Assert.Contains("Tarnos", proposals.Html);
    }

    [Fact]
    public async Task A_proposal_to_an_organisation_without_administrators_goes_to_the_network_administrators()
    {
        var organisation = await app.PublicOrganisationAsync(Unique("Orpheline"));
        var (outsider, _) = await OutsiderAsync();

        await ProposeAsync(outsider, organisation.Id, new Dictionary<string, string> { ["Input.Website"] = "https://orpheline.example" });

        var mail = Assert.Single(MailAbout(organisation));
        Assert.Equal(AppFactory.AdministratorEmail, mail.To);
        Assert.Equal($"/organisations/{organisation.Id}/proposals", CapturingMailer.LinkIn(mail));
    }

    [Fact]
    public async Task A_proposal_to_an_organisation_without_administrators_goes_to_the_administrators_of_its_carrier()
    {
        var carrier = await app.PublicOrganisationAsync(Unique("Porteuse"));
        var carrierAdministrator = $"{Guid.NewGuid():N}@test.passerelles.org";
        await app.SignedInMemberAsync(carrier.Id, MemberRole.OrganisationAdministrator, carrierAdministrator);
        var top = await app.PublicOrganisationAsync(Unique("Tête de réseau"));
        await app.SignedInMemberAsync(top.Id, MemberRole.OrganisationAdministrator);
        await app.CarryAsync(top.Id, carrier.Id);
        var organisation = await app.PublicOrganisationAsync(Unique("Portée"));
        await app.CarryAsync(carrier.Id, organisation.Id);
        var (outsider, _) = await OutsiderAsync();

        await ProposeAsync(outsider, organisation.Id, new Dictionary<string, string> { ["Input.Website"] = "https://portee.example" });

        var mail = Assert.Single(MailAbout(organisation));
        Assert.Equal(carrierAdministrator, mail.To);
        Assert.Equal($"/organisations/{organisation.Id}/proposals", CapturingMailer.LinkIn(mail));
    }

    [Fact]
    public async Task A_refused_proposal_sends_no_mail()
    {
        var (organisation, _) = await OrganisationWithAdministratorAsync();
        var (outsider, _) = await OutsiderAsync();

        var response = await ProposeAsync(outsider, organisation.Id, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(MailAbout(organisation));
    }

    [Fact]
    public async Task An_outsider_cannot_edit_directly_nor_see_or_decide_proposals()
    {
        var (organisation, _) = await OrganisationWithAdministratorAsync();
        var (outsider, _) = await OutsiderAsync();
        var coach = await app.SignedInMemberAsync(organisation.Id, MemberRole.Coach);

        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.GetAsync($"/organisations/{organisation.Id}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.GetAsync($"/organisations/{organisation.Id}/proposals")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await coach.GetAsync($"/organisations/{organisation.Id}/proposals")).StatusCode);
    }

    [Fact]
    public async Task An_administrator_is_sent_to_the_edit_page_rather_than_proposing()
    {
        var (organisation, admin) = await OrganisationWithAdministratorAsync();

        var response = await admin.GetAsync($"/organisations/{organisation.Id}/propose");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/organisations/{organisation.Id}/edit", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task An_invalid_or_empty_proposal_is_refused_and_nothing_is_recorded()
    {
        var (organisation, _) = await OrganisationWithAdministratorAsync();
        var (outsider, _) = await OutsiderAsync();

        var invalid = await HtmlPage.FromAsync(await ProposeAsync(outsider, organisation.Id, new Dictionary<string, string> { ["Input.Website"] = "javascript:alert(1)" }));
        var empty = await HtmlPage.FromAsync(await ProposeAsync(outsider, organisation.Id, new Dictionary<string, string>()));

        Assert.NotNull(invalid.FieldError("Input.Website"));
        Assert.Matches("not changed anything", empty.Text("[role=alert]"));
        Assert.Empty(await ProposalsAsync(organisation.Id));
    }

    [Fact]
    public async Task Administrators_see_a_before_and_after_comparison_and_a_count_on_their_dashboard()
    {
        var (organisation, admin) = await OrganisationWithAdministratorAsync();
        await app.WithDbAsync(async db =>
        {
            (await db.Organisations.FindAsync(organisation.Id))!.Locality = "Tarnos";
            await db.SaveChangesAsync();
        });
        var (outsider, _) = await OutsiderAsync();
        await ProposeAsync(outsider, organisation.Id, new Dictionary<string, string> { ["Input.Locality"] = "Bayonne" });

        var page = await HtmlPage.GetAsync(admin, $"/organisations/{organisation.Id}/proposals");
        var home = await HtmlPage.GetAsync(admin, "/");

        var row = Assert.Single(page.Document.QuerySelectorAll("table.diff tbody tr"));
        Assert.Equal(("Tarnos", "Bayonne"), (row.QuerySelector("del")!.TextContent, row.QuerySelector("ins")!.TextContent));
        Assert.Contains("Quelqu'un d'ailleurs", page.Text(".proposal h2"));
        Assert.StartsWith("1 ", home.Text("a.pending-proposals"));
    }

    [Fact]
    public async Task Approving_applies_the_change_and_tells_the_proposer_in_their_language()
    {
        var (organisation, admin) = await OrganisationWithAdministratorAsync();
        var (outsider, email) = await OutsiderAsync(culture: "fr-CA");
        await ProposeAsync(outsider, organisation.Id, new Dictionary<string, string>
        {
            ["Input.Locality"] = "Joliette", ["Input.Tags"] = "alimentation", ["Input.Priorities"] = "Digital",
        });

        var response = await DecideAsync(admin, organisation.Id, "Approve", "Merci !");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var approved = await app.WithDbAsync(db => db.Organisations.AsNoTracking().Include(o => o.Themes).SingleAsync(o => o.Id == organisation.Id));
        Assert.Equal(("Joliette", 2), (approved.Locality, approved.Version));
        Assert.Equal(["Digital", "alimentation"], approved.Themes.Select(t => t.Name).OrderBy(n => n, StringComparer.Ordinal));
        var proposal = Assert.Single(await ProposalsAsync(organisation.Id));
        Assert.Equal(ProposalStatus.Approved, proposal.Status);
        Assert.Equal(Instant.FromDateTimeOffset(app.Clock.GetUtcNow()), proposal.DecidedAt);
        Assert.NotNull(proposal.DecidedBy);
        var mail = app.Mail.LastTo(email);
        Assert.Contains("approuvée", mail.TextBody);
        Assert.Contains("Merci !", mail.TextBody);
        Assert.Contains(organisation.Name, mail.Subject);
    }

    [Fact]
    public async Task Approving_a_proposal_made_before_the_organisation_changed_is_refused()
    {
        var (organisation, admin) = await OrganisationWithAdministratorAsync();
        var (outsider, email) = await OutsiderAsync();
        await ProposeAsync(outsider, organisation.Id, new Dictionary<string, string> { ["Input.Locality"] = "Bayonne" });
        await admin.SubmitMainFormAsync($"/organisations/{organisation.Id}/edit", new Dictionary<string, string> { ["Input.Profile.Locality"] = "Tarnos" });

        var response = await DecideAsync(admin, organisation.Id, "Approve");

        var page = await HtmlPage.FromAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("changed after this proposal was made|a changé depuis cette proposition", page.Text("[role=alert]"));
        Assert.Equal("Tarnos", (await app.ReloadAsync(organisation.Id)).Locality);
        Assert.Equal(ProposalStatus.Pending, Assert.Single(await ProposalsAsync(organisation.Id)).Status);
        Assert.DoesNotContain(app.Mail.Sent, m => m.To == email);
    }

    [Theory]
    [InlineData("en", "This proposal cannot be applied: This field is too long.")]
    [InlineData("fr-FR", "Cette proposition ne peut pas être appliquée\u00A0: Ce champ est trop long.")]
    public async Task A_proposal_that_no_longer_passes_the_form_rules_is_refused_in_the_reader_language(string culture, string message)
    {
        var organisation = await app.PublicOrganisationAsync(Unique("Trop longue"));
        var email = $"{Guid.NewGuid():N}@test.passerelles.org";
        await app.AddMemberAsync(organisation.Id, (await app.CreateUserAsync(email, culture: culture)).Id, MemberRole.OrganisationAdministrator);
        var admin = await app.SignedInClientAsync(email);
        var (outsider, _) = await OutsiderAsync();
        await ProposeAsync(outsider, organisation.Id, new Dictionary<string, string> { ["Input.Locality"] = "Bayonne" });
        var tooLong = $$"""{"Description":"{{new string('a', Organisation.DescriptionMaxLength + 1)}}"}""";
        await app.WithDbAsync(db => db.ChangeProposals.Where(p => p.OrganisationId == organisation.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Changes, tooLong)));

        var response = await DecideAsync(admin, organisation.Id, "Approve");

        var page = await HtmlPage.FromAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, page.Text("[role=alert]"));
        Assert.Equal(1, (await app.ReloadAsync(organisation.Id)).Version);
        Assert.Equal(ProposalStatus.Pending, Assert.Single(await ProposalsAsync(organisation.Id)).Status);
    }

    [Fact]
    public async Task Rejecting_needs_a_note_and_tells_the_proposer_why()
    {
        var (organisation, admin) = await OrganisationWithAdministratorAsync();
        var (outsider, email) = await OutsiderAsync();
        await ProposeAsync(outsider, organisation.Id, new Dictionary<string, string> { ["Input.Locality"] = "Ailleurs" });

        var withoutNote = await HtmlPage.FromAsync(await DecideAsync(admin, organisation.Id, "Reject"));
        Assert.Equal(ProposalStatus.Pending, Assert.Single(await ProposalsAsync(organisation.Id)).Status);
        Assert.Matches("note", withoutNote.Text("[role=alert]").ToLowerInvariant());

        var response = await DecideAsync(admin, organisation.Id, "Reject", "Nous ne sommes pas à cette adresse.");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var proposal = Assert.Single(await ProposalsAsync(organisation.Id));
        Assert.Equal((ProposalStatus.Rejected, "Nous ne sommes pas à cette adresse."), (proposal.Status, proposal.DecisionNote));
        Assert.Equal("", (await app.ReloadAsync(organisation.Id)).Locality);
        var mail = app.Mail.LastTo(email);
        Assert.Contains("not accepted", mail.TextBody);
        Assert.Contains("Nous ne sommes pas à cette adresse.", mail.TextBody);
    }

    [Fact]
    public async Task A_hostile_proposal_is_shown_encoded_to_the_administrators()
    {
        var (organisation, admin) = await OrganisationWithAdministratorAsync();
        var (outsider, _) = await OutsiderAsync();
        await ProposeAsync(outsider, organisation.Id, new Dictionary<string, string>
        {
            ["Input.Description"] = "<script>alert(1)</script>", ["Input.Tags"] = "<img src=x onerror=alert(2)>",
        });

        var html = await (await admin.GetAsync($"/organisations/{organisation.Id}/proposals")).Content.ReadAsStringAsync();

        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("<img src=x", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
    }
}
