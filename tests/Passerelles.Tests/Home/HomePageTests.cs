using System.Net;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Tests.Agreements;
using Passerelles.Tests.Projects;
using Passerelles.Web.Features.Assessments;
using Passerelles.Web.Features.Grids;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Tests.Home;

/// <summary>What each person finds on their home page: the partnership for those who lead it, their work for staff and
/// project teams, and for partner guests only what they can use — and a menu that follows the same rules.</summary>
public sealed class HomePageTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Title = "Entente de partenariat CERESO – Le Tube à ESS'ai";

    /// <summary>English words of the home page that must not show on a French one.</summary>
    private static readonly string[] EnglishWords =
        ["Agreement", "agreement", "Awaiting", "Record the approval", "Sign for", "Overdue", "due ", "Sponsors", "Invitations not", "bridges", "circle", "Partnership", "Submitted", "In progress"];

    [Fact]
    public async Task A_coordinator_acting_through_a_carrier_sees_the_approval_awaiting_them_their_commitments_circles_study_and_bridges()
    {
        var world = await app.PartnershipAsync();
        var (coordinatorId, coordinator) = await app.MemberAsync(world.Ptce.Id, MemberRole.OrganisationAdministrator, "fr-FR");
        await app.CircleWithSessionsAsync("Cercle des coordinations", world.Agreement.CeresoAdmin.User.Id, coordinatorId);

        var home = await HtmlPage.GetAsync(coordinator, "/");

        Assert.Equal("Conventions de mes organisations", home.Text("#agreements-heading"));
        var agreements = home.Text("section[aria-labelledby='agreements-heading']");
        Assert.Contains(Title, agreements);
        Assert.Contains("En approbation", agreements);
        var awaiting = home.Document.QuerySelectorAll(".home-agreements .awaiting a").Select(a => (a.GetAttribute("href"), a.TextContent.Trim())).ToList();
        Assert.Equal([($"/agreements/{world.Agreement.AgreementId}/parties/{world.Agreement.TubeParty}/approve", $"Enregistrer l'approbation de {world.Agreement.Tube.Name}")], awaiting);

        var commitment = Assert.Single(home.Texts(".home-commitments li"));
        Assert.Contains("Accueillir une délégation à Tarnos", commitment);
        Assert.Contains("En retard", commitment);

        var study = Assert.Single(home.Texts(".home-studies li"));
        Assert.Contains($"{world.Territory} (Landes)", study);
        Assert.Contains($"Commanditaires\u00A0: {world.Ptce.Name}", study);
        Assert.Contains("Invitations pas encore suivies\u00A0: 1 · évaluations en cours\u00A0: 1 · soumises\u00A0: 1", study);

        var bridge = Assert.Single(home.Texts(".home-bridges li"));
        Assert.Contains(world.Agreement.Tube.Name, bridge);
        Assert.Contains(world.TubeBridgePartner, bridge);
        Assert.DoesNotContain(world.StrangersBridge, home.Html);

        Assert.Contains("Cercle des coordinations", home.Text(".home-circles"));
        var session = Assert.Single(home.Texts(".next-circle-sessions li"));
        Assert.Contains("Codéveloppement", session);
        Assert.NotNull(home.Document.QuerySelector(".next-circle-sessions time"));

        var text = home.MainText();
        Assert.All(EnglishWords, word => Assert.DoesNotContain(word, text));
        Assert.Contains("/agreements", home.Menu());
        Assert.DoesNotContain("/dev/mail", home.Menu());
    }

    [Fact]
    public async Task A_party_administrator_whose_approval_is_recorded_sees_nothing_to_do_but_their_commitment_coming_due()
    {
        var world = await app.PartnershipAsync();
        var (_, administrator) = await app.MemberAsync(world.Agreement.Cereso.Id, MemberRole.OrganisationAdministrator, "fr-CA");

        var home = await HtmlPage.GetAsync(administrator, "/");

        Assert.Equal("Ententes de mes organisations", home.Text("#agreements-heading"));
        Assert.Contains(Title, home.Text(".home-agreements"));
        Assert.Empty(home.Texts(".home-agreements .awaiting li"));
        var commitment = Assert.Single(home.Texts(".home-commitments li"));
        Assert.Contains("Partager la grille de caractérisation", commitment);
        Assert.Contains("2026-03-30", commitment);
        Assert.DoesNotContain("En retard", commitment);
        Assert.Equal("Vos organisations ne commandent aucune étude de territoire.", home.Text("section[aria-labelledby='studies-heading'] p"));
        Assert.Equal("Aucune passerelle ne concerne encore vos organisations.", home.Text("section[aria-labelledby='bridges-heading'] p"));
        Assert.Equal("Vous ne faites encore partie d'aucun cercle.", home.Text("section[aria-labelledby='circles-heading'] p"));
        var text = home.MainText();
        Assert.All(EnglishWords, word => Assert.DoesNotContain(word, text));
    }

    [Fact]
    public async Task A_signatory_is_asked_to_sign_when_their_party_s_turn_comes_and_not_before()
    {
        var world = await app.AgreementAsync();
        await app.OpenSignatureAsync(world);

        var first = await HtmlPage.GetAsync(world.CeresoSigner.Client, "/");
        var second = await HtmlPage.GetAsync(world.TubeSigner.Client, "/");

        Assert.Equal("Agreements of my organisations", first.Text("#agreements-heading"));
        var sign = first.Document.QuerySelectorAll(".home-agreements .awaiting a").Select(a => (a.GetAttribute("href"), a.TextContent.Trim())).ToList();
        Assert.Equal([($"/agreements/{world.AgreementId}/sign", $"Sign for {world.Cereso.Name}")], sign);
        Assert.Contains("In signature", second.Text(".home-agreements"));
        Assert.Empty(second.Texts(".home-agreements .awaiting li"));

        await world.CeresoSigner.SignAsync(world.AgreementId);
        first = await HtmlPage.GetAsync(world.CeresoSigner.Client, "/");
        second = await HtmlPage.GetAsync(world.TubeSigner.Client, "/");

        Assert.Empty(first.Texts(".home-agreements .awaiting li"));
        Assert.Equal($"Sign for {world.Tube.Name}", second.Text(".home-agreements .awaiting a"));
    }

    [Fact]
    public async Task A_coach_keeps_their_incubator_s_work_and_sees_the_studies_they_assess_but_not_the_coordinator_s_sections()
    {
        var world = await app.PartnershipAsync();
        var (coachId, coach) = await app.MemberAsync(world.Agreement.Tube.Id, MemberRole.Coach, "en");
        var territory = $"Lanaudière {Guid.NewGuid():N}"[..20];
        var assessment = await app.WithDbAsync(async db =>
        {
            var study = TerritoryStudy.Of(territory, "Québec");
            db.TerritoryStudies.Add(study);
            var started = Assessment.OfTerritory(await db.GridVersions.Select(v => v.Id).FirstAsync(), study, coachId);
            db.Assessments.Add(started);
            await db.SaveChangesAsync();
            return started;
        });

        var home = await HtmlPage.GetAsync(coach, "/");

        Assert.NotNull(home.Document.QuerySelector("#cohorts-heading"));
        Assert.NotNull(home.Document.QuerySelector("#my-actions-heading"));
        var assessed = Assert.Single(home.Document.QuerySelectorAll(".home-assessed li"));
        Assert.Equal($"/assessments/{assessment.Id}", assessed.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains($"{territory} (Québec)", assessed.TextContent);
        Assert.Contains("In progress", assessed.TextContent);
        foreach (var coordinatorSection in new[] { "#agreements-heading", "#commitments-heading", "#studies-heading", "#bridges-heading", "#guest-heading" })
            Assert.Null(home.Document.QuerySelector(coordinatorSection));
        Assert.Equal(["/", "/organisations", "/directory", "/projects", "/circles", "/bridges", "/agreements", "/missions", "/mobility", "/grids", "/people", "/events", "/indicators"], home.Menu());
    }

    [Fact]
    public async Task A_project_holder_sees_their_project_and_a_menu_without_the_partnership_s_management()
    {
        var incubator = await app.CreateOrganisationAsync(side: Side.Quebec);
        var project = await app.CreateActiveProjectAsync(incubator.Id, "Épicerie solidaire");
        var (holderId, holder) = await app.MemberAsync(incubator.Id, MemberRole.ProjectMember, "fr-CA");
        await app.AddTeamMemberAsync(project.Id, holderId);

        var home = await HtmlPage.GetAsync(holder, "/");

        Assert.Contains("Épicerie solidaire", home.Text("section[aria-labelledby='project-heading']"));
        Assert.NotNull(home.Document.QuerySelector("#my-actions-heading"));
        foreach (var section in new[] { "#agreements-heading", "#commitments-heading", "#studies-heading", "#bridges-heading", "#guest-heading", "#circles-heading", "#cohorts-heading" })
            Assert.Null(home.Document.QuerySelector(section));
        Assert.Equal(["/", "/directory", "/projects", "/bridges", "/mobility", "/grids", "/people"], home.Menu());
        var text = home.MainText();
        Assert.All(EnglishWords, word => Assert.DoesNotContain(word, text));
    }

    [Fact]
    public async Task A_partner_guest_finds_what_they_can_use_their_circles_and_studies_and_a_menu_of_only_those()
    {
        var habitat = await app.CreateOrganisationAsync(side: Side.France);
        var (guestId, guest) = await app.MemberAsync(habitat.Id, MemberRole.PartnerGuest, "en");
        var quebec = await app.CreateUserAsync($"{Guid.NewGuid():N}@test.passerelles.org");
        var france = await app.CreateUserAsync($"{Guid.NewGuid():N}@test.passerelles.org");
        await app.CircleWithSessionsAsync("Cercle habitat jeunesse", quebec.Id, france.Id, guestId);

        var home = await HtmlPage.GetAsync(guest, "/");

        Assert.Equal("Partnership", home.Text("#guest-heading"));
        Assert.Equal(["/directory", "/bridges", "/bridges/map"],
            home.Document.QuerySelectorAll("section[aria-labelledby='guest-heading'] a").Select(a => a.GetAttribute("href")));
        Assert.Contains("Cercle habitat jeunesse", home.Text(".home-circles"));
        Assert.Contains("Codéveloppement", Assert.Single(home.Texts(".next-circle-sessions li")));
        Assert.Equal("No territory study awaits your assessment.", home.Text("section[aria-labelledby='assessed-heading'] p"));
        Assert.DoesNotContain("will appear here", home.Html);
        foreach (var section in new[] { "#my-actions-heading", "#agreements-heading", "#commitments-heading", "#studies-heading", "#bridges-heading", "#cohorts-heading" })
            Assert.Null(home.Document.QuerySelector(section));
        Assert.Equal(["/", "/directory", "/circles", "/bridges", "/mobility"], home.Menu());
    }

    [Fact]
    public async Task A_partner_guest_invited_to_assess_a_territory_finds_the_invitation_on_their_home_page()
    {
        var network = await app.CreateOrganisationAsync(side: Side.Quebec);
        var (guestId, guest) = await app.MemberAsync(network.Id, MemberRole.PartnerGuest, "fr-CA");
        var invitationId = await app.WithDbAsync(async db =>
        {
            var email = await db.Users.Where(u => u.Id == guestId).Select(u => u.Email!).SingleAsync();
            var version = await db.GridVersions.Where(v => v.Grid.Key == ShippedGrids.PtceFeasibility && v.Status == GridStatus.Published)
                .OrderByDescending(v => v.Number).Select(v => v.Id).FirstAsync();
            var study = TerritoryStudy.Of($"Lanaudière {Guid.NewGuid():N}"[..20], "Québec");
            study.Sponsor(network.Id);
            db.TerritoryStudies.Add(study);
            var invitation = AssessmentInvitation.SendForTerritory(version, study, email.ToUpperInvariant(), "", guestId, Instant.FromUtc(2026, 3, 1, 12, 0));
            db.AssessmentInvitations.Add(invitation);
            await db.SaveChangesAsync();
            return invitation.Id;
        });

        var home = await HtmlPage.GetAsync(guest, "/");

        var awaiting = Assert.Single(home.Document.QuerySelectorAll(".home-assessed li.awaiting"));
        Assert.EndsWith("— Invitation à laquelle répondre", awaiting.TextContent.Trim());
        Assert.Equal($"/assessments/invitations/{invitationId}", awaiting.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, (await guest.GetAsync($"/assessments/invitations/{invitationId}")).StatusCode);
    }

    [Fact]
    public async Task A_partner_guest_in_no_circle_is_told_so_in_French_and_sees_four_sections_in_the_menu()
    {
        var habitat = await app.CreateOrganisationAsync(side: Side.France);
        var (_, guest) = await app.MemberAsync(habitat.Id, MemberRole.PartnerGuest, "fr-FR");

        var home = await HtmlPage.GetAsync(guest, "/");

        Assert.Equal("Partenariat", home.Text("#guest-heading"));
        Assert.Equal("Vous ne faites encore partie d'aucun cercle.", home.Text("section[aria-labelledby='circles-heading'] p"));
        Assert.Equal("Aucune étude de territoire n'attend votre évaluation.", home.Text("section[aria-labelledby='assessed-heading'] p"));
        Assert.Equal(["/", "/directory", "/bridges", "/mobility"], home.Menu());
        var text = home.MainText();
        Assert.All(EnglishWords, word => Assert.DoesNotContain(word, text));
    }

    [Fact]
    public async Task A_network_administrator_sees_every_section_but_the_sent_mail_outside_development()
    {
        var home = await HtmlPage.GetAsync(await app.AdministratorClientAsync(), "/");

        Assert.Equal(["/", "/organisations", "/directory", "/projects", "/circles", "/bridges", "/agreements", "/missions", "/mobility", "/grids", "/people", "/events", "/indicators", "/funding/grants", "/reports", "/parity"], home.Menu());
        Assert.NotNull(home.Document.QuerySelector("#network-heading"));
    }
}
