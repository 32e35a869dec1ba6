using System.Globalization;
using System.Net;
using Microsoft.Extensions.Localization;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Tests.Circles;
using Passerelles.Tests.Missions;
using Passerelles.Tests.Mobility;
using Passerelles.Tests.Projects;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Features.Privacy;
using Passerelles.Web.Features.Privacy.Transfers;

namespace Passerelles.Tests.Privacy.Transfers;

/// <summary>Personal information crosses the ocean only under a current transfer assessment between the two
/// controllers covering the purpose; the officers of either controller record and approve it.</summary>
public sealed class TransfersTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<(Organisation Quebec, Organisation France, MissionsTesting.Person Manager, Guid ProjectId)> CoIncubationAsync(string culture = "en")
    {
        var quebec = await app.CreateOrganisationAsync("Espace " + Guid.NewGuid().ToString("N")[..6], Side.Quebec);
        var france = await app.CreateOrganisationAsync("Tube " + Guid.NewGuid().ToString("N")[..6], Side.France);
        var project = await app.CreateActiveProjectAsync(quebec.Id);
        var manager = await MissionsTesting.PersonAsync(app, quebec.Id, MemberRole.OrganisationAdministrator, culture: culture);
        return (quebec, france, manager, project.Id);
    }

    private static async Task<HtmlPage> AskAsync(MissionsTesting.Person manager, Guid projectId, Guid partnerId)
    {
        var sharing = await HtmlPage.GetAsync(manager.Client, $"/projects/{projectId}/sharing");
        return await HtmlPage.FromAsync(await sharing.SubmitAsync(manager.Client, "form[action*='handler=Ask']",
            new Dictionary<string, string> { ["PartnerId"] = partnerId.ToString() }));
    }

    [Fact]
    public async Task Co_incubation_across_the_ocean_without_an_assessment_is_refused_next_to_the_partner_in_each_language_and_nothing_is_asked()
    {
        var (quebec, france, manager, projectId) = await CoIncubationAsync();
        var refused = await AskAsync(manager, projectId, france.Id);
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Equal($"No transfer assessment between {quebec.Name} and {france.Name} allows personal information to be shared: their privacy officers must record and approve one first (Privacy › Transfers).",
            refused.FieldError("PartnerId"));

        var quebecer = await MissionsTesting.PersonAsync(app, quebec.Id, MemberRole.OrganisationAdministrator, culture: "fr-CA");
        Assert.Equal($"Aucune évaluation de transfert entre {quebec.Name} et {france.Name} ne permet de communiquer des renseignements personnels\u00a0: leurs responsables de la protection des renseignements personnels doivent d'abord en consigner et en approuver une (Confidentialité › Transferts).",
            (await AskAsync(quebecer, projectId, france.Id)).FieldError("PartnerId"));
        var french = await MissionsTesting.PersonAsync(app, quebec.Id, MemberRole.OrganisationAdministrator, culture: "fr-FR");
        Assert.Equal($"Aucune évaluation de transfert entre {quebec.Name} et {france.Name} ne permet de communiquer des données personnelles\u00a0: leurs délégués à la protection des données doivent d'abord en consigner et en approuver une (Confidentialité › Transferts).",
            (await AskAsync(french, projectId, france.Id)).FieldError("PartnerId"));
        Assert.False(await app.WithDbAsync(db => db.ShareRequests.AnyAsync(r => r.ProjectId == projectId)));
    }

    [Fact]
    public async Task An_assessment_not_approved_past_its_review_or_for_other_purposes_says_what_is_missing()
    {
        var (quebec, france, manager, projectId) = await CoIncubationAsync();
        var assessment = await app.AssessTransferAsync(quebec.Id, france.Id, TransferPurposes.Circles);
        Assert.Equal($"The transfer assessment between {quebec.Name} and {france.Name} does not cover the co-incubation of projects: a privacy officer must add this purpose to it first.",
            (await AskAsync(manager, projectId, france.Id)).FieldError("PartnerId"));

        await app.WithDbAsync(db => db.TransferAssessments.Where(a => a.Id == assessment.Id).ExecuteDeleteAsync());
        await app.AssessTransferAsync(quebec.Id, france.Id, approved: false);
        Assert.Equal($"The transfer assessment between {quebec.Name} and {france.Name} is not approved yet: personal information may be shared once a privacy officer approves it.",
            (await AskAsync(manager, projectId, france.Id)).FieldError("PartnerId"));

        var lapsed = new LocalDate(2020, 3, 15);
        await app.AssessTransferAsync(quebec.Id, france.Id, reviewOn: lapsed);
        Assert.Equal($"The transfer assessment between {quebec.Name} and {france.Name} was due for review on {new DateOnly(2020, 3, 15).ToString("d", CultureInfo.GetCultureInfo("en"))}: personal information may be shared again once a privacy officer reviews and approves it.",
            (await AskAsync(manager, projectId, france.Id)).FieldError("PartnerId"));
        Assert.False(await app.WithDbAsync(db => db.ShareRequests.AnyAsync(r => r.ProjectId == projectId)));
    }

    [Fact]
    public async Task An_assessment_between_the_carriers_covers_the_incubators_they_carry()
    {
        var (quebec, france, manager, projectId) = await CoIncubationAsync();
        var cereso = await app.CreateOrganisationAsync(side: Side.Quebec);
        var ptce = await app.CreateOrganisationAsync(side: Side.France);
        await app.CarryAsync(cereso.Id, quebec.Id);
        await app.CarryAsync(ptce.Id, france.Id);
        await app.AssessTransferAsync(cereso.Id, ptce.Id, TransferPurposes.CoIncubation);

        var sharing = await HtmlPage.GetAsync(manager.Client, $"/projects/{projectId}/sharing");
        var asked = await sharing.SubmitAsync(manager.Client, "form[action*='handler=Ask']", new Dictionary<string, string> { ["PartnerId"] = france.Id.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        Assert.True(await app.WithDbAsync(db => db.ShareRequests.AnyAsync(r => r.ProjectId == projectId && r.PartnerIncubatorId == france.Id)));
    }

    [Fact]
    public async Task Adding_someone_to_a_circle_led_from_the_other_side_needs_an_assessment_covering_circles()
    {
        var world = await app.CircleAsync();
        var espace = await app.CreateOrganisationAsync("Espace " + Guid.NewGuid().ToString("N")[..6], Side.Quebec);
        var newcomer = await Coaching.CoachingTesting.PersonAsync(app, espace.Id, MemberRole.ProjectMember);
        var tube = await app.WithDbAsync(db => db.Memberships.Where(m => m.UserId == world.France.User.Id).Select(m => m.Organisation).SingleAsync());
        var fields = new Dictionary<string, string> { ["Input.UserId"] = newcomer.User.Id.ToString(), ["Input.Side"] = "Quebec" };

        var page = await HtmlPage.GetAsync(world.Quebec.Client, $"/circles/{world.CircleId}/members");
        var refused = await HtmlPage.FromAsync(await page.SubmitAsync(world.Quebec.Client, "main form", fields));
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Equal($"No transfer assessment between {espace.Name} and {tube.Name} allows personal information to be shared: their privacy officers must record and approve one first (Privacy › Transfers).",
            refused.FieldError("Input.UserId"));
        Assert.False(await app.WithDbAsync(db => db.CircleMembers.AnyAsync(m => m.UserId == newcomer.User.Id)));

        await app.AssessTransferAsync(espace.Id, tube.Id, TransferPurposes.Circles);
        Assert.Equal(HttpStatusCode.Redirect, (await page.SubmitAsync(world.Quebec.Client, "main form", fields)).StatusCode);
        Assert.True(await app.WithDbAsync(db => db.CircleMembers.AnyAsync(m => m.UserId == newcomer.User.Id)));
    }

    [Fact]
    public async Task Starting_a_circle_with_a_co_facilitator_from_the_other_side_needs_an_assessment_covering_circles()
    {
        var espace = await app.CreateOrganisationAsync("Espace " + Guid.NewGuid().ToString("N")[..6], Side.Quebec);
        var tube = await app.CreateOrganisationAsync("Tube " + Guid.NewGuid().ToString("N")[..6], Side.France);
        var quebec = await Coaching.CoachingTesting.PersonAsync(app, espace.Id);
        var france = await Coaching.CoachingTesting.PersonAsync(app, tube.Id);
        var name = "Cercle " + Guid.NewGuid().ToString("N")[..6];
        var fields = new Dictionary<string, string>
        {
            ["Input.Name"] = name, ["Input.QuebecCoFacilitatorId"] = quebec.User.Id.ToString(), ["Input.FranceCoFacilitatorId"] = france.User.Id.ToString(),
        };
        var page = await HtmlPage.GetAsync(quebec.Client, "/circles/new");

        var refused = await HtmlPage.FromAsync(await page.SubmitAsync(quebec.Client, "main form", fields));
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Equal($"No transfer assessment between {espace.Name} and {tube.Name} allows personal information to be shared: their privacy officers must record and approve one first (Privacy › Transfers).",
            refused.FieldError("Input.FranceCoFacilitatorId"));

        await app.AssessTransferAsync(espace.Id, tube.Id, TransferPurposes.Circles, approved: false);
        refused = await HtmlPage.FromAsync(await page.SubmitAsync(quebec.Client, "main form", fields));
        Assert.Equal($"The transfer assessment between {espace.Name} and {tube.Name} is not approved yet: personal information may be shared once a privacy officer approves it.",
            refused.FieldError("Input.FranceCoFacilitatorId"));
        Assert.False(await app.WithDbAsync(db => db.Circles.AnyAsync(c => c.Name == name)));

        await app.AssessTransferAsync(espace.Id, tube.Id, TransferPurposes.Circles);
        Assert.Equal(HttpStatusCode.Redirect, (await page.SubmitAsync(quebec.Client, "main form", fields)).StatusCode);
        Assert.True(await app.WithDbAsync(db => db.Circles.AnyAsync(c => c.Name == name)));
    }

    [Fact]
    public async Task Changing_a_circles_co_facilitator_needs_an_assessment_covering_circles_but_renaming_it_does_not()
    {
        var world = await app.CircleAsync();
        var espace = await app.WithDbAsync(db => db.Memberships.Where(m => m.UserId == world.Quebec.User.Id).Select(m => m.Organisation).SingleAsync());
        var maison = await app.CreateOrganisationAsync("Maison " + Guid.NewGuid().ToString("N")[..6], Side.France);
        var successor = await Coaching.CoachingTesting.PersonAsync(app, maison.Id);
        await app.AssessTransferAsync(espace.Id, maison.Id, TransferPurposes.CoIncubation);
        var page = await HtmlPage.GetAsync(world.Quebec.Client, $"/circles/{world.CircleId}/edit");

        var refused = await HtmlPage.FromAsync(await page.SubmitAsync(world.Quebec.Client, "main form",
            new Dictionary<string, string> { ["Input.FranceCoFacilitatorId"] = successor.User.Id.ToString() }));
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Equal($"The transfer assessment between {espace.Name} and {maison.Name} does not cover the circles of practice: a privacy officer must add this purpose to it first.",
            refused.FieldError("Input.FranceCoFacilitatorId"));
        Assert.Equal(world.France.User.Id, await app.WithDbAsync(db => db.CircleMembers.Where(m => m.CircleId == world.CircleId && m.IsCoFacilitator && m.Side == Side.France).Select(m => m.UserId).SingleAsync()));

        // The co-facilitators the circle already has were let in before: renaming it asks nothing more.
        Assert.Equal(HttpStatusCode.Redirect, (await page.SubmitAsync(world.Quebec.Client, "main form", new Dictionary<string, string> { ["Input.Name"] = "Cercle renommé" })).StatusCode);
    }

    [Fact]
    public async Task A_students_file_goes_to_a_housing_association_on_the_other_side_only_under_an_assessment_covering_mobility()
    {
        var world = await app.HousingWorldAsync(transferAssessed: false);
        var (college, association) = await app.WithDbAsync(async db => (
            await db.Organisations.Where(o => o.Id == world.Placement.SendingOrganisationId).SingleAsync(),
            await db.Organisations.Where(o => o.Id == world.Residence.OrganisationId).SingleAsync()));
        await app.AssessTransferAsync(college.Id, association.Id, TransferPurposes.CoIncubation | TransferPurposes.Circles);
        var fields = new Dictionary<string, string> { ["Input.From"] = "2027-03-01", ["Input.Until"] = "2027-07-01", ["ResidenceId"] = world.Residence.Id.ToString(), ["UnitType"] = "Room" };

        var page = await HtmlPage.GetAsync(world.Coordinator.Client, $"/mobility/placements/{world.Placement.Id}/housing");
        var refused = await HtmlPage.FromAsync(await page.SubmitAsync(world.Coordinator.Client, "main form", fields));
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Equal($"The transfer assessment between {college.Name} and {association.Name} does not cover the mobility of students: a privacy officer must add this purpose to it first.",
            refused.FieldError("ResidenceId"));
        Assert.False(await app.WithDbAsync(db => db.HousingRequests.AnyAsync(r => r.PlacementId == world.Placement.Id)));

        await app.AssessTransferAsync(college.Id, association.Id, TransferPurposes.Mobility);
        Assert.Equal(HttpStatusCode.Redirect, (await page.SubmitAsync(world.Coordinator.Client, "main form", fields)).StatusCode);
    }

    [Fact]
    public async Task Inviting_someone_of_the_other_side_to_a_delegation_needs_a_current_assessment_covering_missions()
    {
        var world = await app.MissionWorldAsync(transferAssessed: false);
        var id = await world.PlanAsync();
        var refused = await HtmlPage.FromAsync(await app.InviteAsync(world, id));
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Equal($"No transfer assessment between {world.France.Name} and {world.Quebec.Name} allows personal information to be shared: their privacy officers must record and approve one first (Privacy › Transfers).",
            refused.FieldError("Input.MembershipId"));
        Assert.False(await app.WithDbAsync(db => db.MissionMembers.AnyAsync(m => m.MissionId == id && m.UserId == world.Invitee.User.Id)));

        await app.AssessTransferAsync(world.Quebec.Id, world.France.Id, TransferPurposes.Missions);
        Assert.Equal(HttpStatusCode.Redirect, (await app.InviteAsync(world, id)).StatusCode);
    }

    [Fact]
    public async Task An_officer_records_an_assessment_which_allows_sharing_once_approved_and_outsiders_never_see_it()
    {
        var quebec = await app.CreateOrganisationAsync("Cégep " + Guid.NewGuid().ToString("N")[..6], Side.Quebec);
        var france = await app.CreateOrganisationAsync("PTCE " + Guid.NewGuid().ToString("N")[..6], Side.France);
        var officer = await MissionsTesting.PersonAsync(app, quebec.Id, MemberRole.Coach, culture: "fr-CA");
        await app.WithDbAsync(async db =>
        {
            db.PrivacyOfficers.Add(new PrivacyOfficer { OrganisationId = quebec.Id, UserId = officer.Id, ContactName = "RPRP", ContactEmail = "rprp@test.passerelles.org" });
            await db.SaveChangesAsync();
        });
        var outsider = await MissionsTesting.PersonAsync(app, (await app.CreateOrganisationAsync(side: Side.France)).Id, MemberRole.OrganisationAdministrator);

        var form = await HtmlPage.GetAsync(officer.Client, "/privacy/transfers/new");
        Assert.Equal(HttpStatusCode.OK, form.Status);
        Dictionary<string, string> Fields(Guid quebecId, Guid franceId) => new()
        {
            ["QuebecControllerId"] = quebecId.ToString(), ["FranceControllerId"] = franceId.ToString(),
            ["Input.DataConcerned"] = "Noms et courriels des équipes", ["Input.Purposes"] = "CoIncubation", ["Input.Safeguards"] = "Accès limité",
            ["Input.ReviewOn"] = "2199-01-01",
        };
        var wrongSide = await HtmlPage.FromAsync(await form.SubmitAsync(officer.Client, "main form", Fields(france.Id, quebec.Id)));
        Assert.Equal("Choisissez une organisation de ce côté.", wrongSide.FieldError("QuebecControllerId"));
        Assert.Equal("Choisissez une organisation de ce côté.", wrongSide.FieldError("FranceControllerId"));
        Assert.False(await app.WithDbAsync(db => db.TransferAssessments.AnyAsync(a => a.QuebecControllerId == quebec.Id)));

        var saved = await form.SubmitAsync(officer.Client, "main form", Fields(quebec.Id, france.Id));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var id = await app.WithDbAsync(db => db.TransferAssessments.Where(a => a.QuebecControllerId == quebec.Id).Select(a => a.Id).SingleAsync());
        Assert.Equal($"/privacy/transfers/{id}", saved.Headers.Location!.OriginalString);

        // Without the two instruments it may not be approved.
        var details = await HtmlPage.GetAsync(officer.Client, $"/privacy/transfers/{id}");
        Assert.Equal("En attente d'approbation", details.Text("#transfer-status"));
        var notYet = await HtmlPage.FromAsync(await details.SubmitAsync(officer.Client, "form[action*='handler=Approve']"));
        Assert.Contains("Les deux instruments sont nécessaires avant l'approbation\u00a0: l'EFVP côté Québec et les clauses contractuelles types côté Union européenne.", notYet.Text("[role=alert]"));
        Assert.Null(await app.WithDbAsync(db => db.TransferAssessments.Where(a => a.Id == id).Select(a => a.ApprovedAt).SingleAsync()));

        var edit = await HtmlPage.GetAsync(officer.Client, $"/privacy/transfers/{id}/edit");
        var withInstruments = Fields(quebec.Id, france.Id);
        withInstruments["Input.ImpactAssessmentDone"] = "true";
        withInstruments["Input.StandardClausesSigned"] = "true";
        Assert.Equal(HttpStatusCode.Redirect, (await edit.SubmitAsync(officer.Client, "main form", withInstruments)).StatusCode);
        details = await HtmlPage.GetAsync(officer.Client, $"/privacy/transfers/{id}");
        Assert.Equal(HttpStatusCode.Redirect, (await details.SubmitAsync(officer.Client, "form[action*='handler=Approve']")).StatusCode);
        Assert.Equal("En vigueur", (await HtmlPage.GetAsync(officer.Client, $"/privacy/transfers/{id}")).Text("#transfer-status"));
        Assert.Null(await app.WithDbAsync(db => TransferGate.CheckAsync(db, quebec.Id, france.Id, TransferPurposes.CoIncubation,
            Instant.FromDateTimeOffset(app.Clock.GetUtcNow()), new PassThroughLocalizer())));
        Assert.Contains(quebec.Name, (await HtmlPage.GetAsync(officer.Client, "/privacy/transfers")).Text("#transfers"));

        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Client.GetAsync($"/privacy/transfers/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Client.GetAsync($"/privacy/transfers/{id}/edit")).StatusCode);
        Assert.Empty((await HtmlPage.GetAsync(outsider.Client, "/privacy/transfers")).Document.QuerySelectorAll("#transfers"));
        var coach = await MissionsTesting.PersonAsync(app, france.Id, MemberRole.Coach);
        Assert.Equal(HttpStatusCode.Forbidden, (await coach.Client.GetAsync("/privacy/transfers")).StatusCode);
    }

    private sealed class PassThroughLocalizer : IStringLocalizer
    {
        public LocalizedString this[string name] => new(name, name);
        public LocalizedString this[string name, params object[] arguments] => new(name, string.Format(CultureInfo.InvariantCulture, name, arguments));
        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }
}
