using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Passerelles.Tests.Missions;
using Passerelles.Tests.Projects;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Features.Privacy.Register;

namespace Passerelles.Tests.Privacy.Register;

/// <summary>Those who manage an organisation designate its privacy officer; the officer keeps the register of processing
/// (and the register of incidents); the public privacy page publishes both, in the organisation's French or in English.</summary>
public sealed class RegisterTests(AppFactory app) : IClassFixture<AppFactory>
{
    private sealed record Setup(Organisation Organisation, MissionsTesting.Person Admin, MissionsTesting.Person Coach);

    private async Task<Setup> OrganisationAsync(Side side, string culture = "en")
    {
        var organisation = await app.CreateOrganisationAsync("Organisation " + Guid.NewGuid().ToString("N")[..8], side);
        await app.WithDbAsync(db => db.Organisations.Where(o => o.Id == organisation.Id).ExecuteUpdateAsync(s => s.SetProperty(o => o.IsPublic, true)));
        return new Setup(organisation, await MissionsTesting.PersonAsync(app, organisation.Id, MemberRole.OrganisationAdministrator, culture),
            await MissionsTesting.PersonAsync(app, organisation.Id, MemberRole.Coach));
    }

    private static Dictionary<string, string> Designation(Guid userId) => new()
    {
        ["Input.UserId"] = userId.ToString(), ["Input.ContactName"] = "Responsable de la confidentialité",
        ["Input.ContactEmail"] = "confidentialite@exemple.org", ["Input.ContactAddress"] = "12 rue Principale, Joliette",
    };

    private async Task DesignateAsync(Setup setup) =>
        Assert.Equal(HttpStatusCode.Redirect,
            (await setup.Admin.Client.SubmitAsync($"/privacy/officers/{setup.Organisation.Id}", Designation(setup.Coach.Id))).StatusCode);

    private HttpClient Visitor(string culture)
    {
        var client = app.CreateBrowserlikeClient();
        client.DefaultRequestHeaders.AcceptLanguage.Add(StringWithQualityHeaderValue.Parse(culture));
        return client;
    }

    [Theory]
    [InlineData(Side.Quebec, "en", "privacy officer")]
    [InlineData(Side.Quebec, "fr-CA", "responsable de la protection des renseignements personnels (RPRP)")]
    [InlineData(Side.France, "fr-FR", "délégué à la protection des données (DPO)")]
    [InlineData(Side.France, "fr-CA", "délégué à la protection des données (DPO)")]
    public async Task The_officer_s_title_follows_the_organisation_s_side_in_the_reader_s_language(Side side, string culture, string title)
    {
        var setup = await OrganisationAsync(side, culture);
        var page = await HtmlPage.GetAsync(setup.Admin.Client, $"/privacy/officers/{setup.Organisation.Id}");
        Assert.Equal(title, page.Text("#officer-title"));
    }

    [Fact]
    public async Task An_administrator_designates_a_member_and_the_register_gets_the_shipped_entries_of_the_side()
    {
        var setup = await OrganisationAsync(Side.Quebec);
        await DesignateAsync(setup);

        var officer = await app.WithDbAsync(db => db.PrivacyOfficers.AsNoTracking().SingleAsync(o => o.OrganisationId == setup.Organisation.Id));
        Assert.Equal((setup.Coach.Id, "confidentialite@exemple.org"), (officer.UserId, officer.ContactEmail));
        var entries = await app.WithDbAsync(db => db.ProcessingActivities.AsNoTracking().Where(a => a.ControllerId == setup.Organisation.Id).ToListAsync());
        Assert.Equal(ProcessingPurposes.All.Order(), entries.Select(e => e.Purpose).Order());
        Assert.All(entries, e => Assert.Contains(e.LegalBasis, ProcessingActivity.BasesFor(Side.Quebec)));
        Assert.All(entries.Where(e => e.TransferredTo is not null), e => Assert.Equal(Side.France, e.TransferredTo));

        // The officer, a coach, now keeps the registers of processing and of incidents; the list shows the officer.
        Assert.Equal(HttpStatusCode.OK, (await setup.Coach.Client.GetAsync("/privacy/register")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await setup.Coach.Client.GetAsync("/privacy/incidents")).StatusCode);
        var register = await HtmlPage.GetAsync(setup.Coach.Client, "/privacy/register");
        Assert.Equal(7, register.Texts("#activities tbody tr").Count);
        Assert.Contains("Coaching notes", register.Texts("#activities tbody td:first-child"));
        var officers = await HtmlPage.GetAsync(setup.Admin.Client, "/privacy/officers");
        Assert.Contains("Responsable de la confidentialité", officers.Text("#officers"));
    }

    [Fact]
    public async Task Designating_someone_outside_the_organisation_or_without_a_contact_is_refused_next_to_the_field()
    {
        var setup = await OrganisationAsync(Side.France);
        var stranger = await MissionsTesting.PersonAsync(app);
        var outsider = await setup.Admin.Client.SubmitExpectingErrorsAsync($"/privacy/officers/{setup.Organisation.Id}", Designation(stranger.Id));
        Assert.Equal("Choose one of the organisation's members.", outsider.FieldError("Input.UserId"));

        var values = Designation(setup.Coach.Id);
        values["Input.ContactEmail"] = "pas une adresse";
        values["Input.ContactName"] = "";
        var invalid = await setup.Admin.Client.SubmitExpectingErrorsAsync($"/privacy/officers/{setup.Organisation.Id}", values);
        Assert.Equal("This e-mail address is not valid.", invalid.FieldError("Input.ContactEmail"));
        Assert.Equal("This field is required.", invalid.FieldError("Input.ContactName"));
        Assert.False(await app.WithDbAsync(db => db.PrivacyOfficers.AnyAsync(o => o.OrganisationId == setup.Organisation.Id)));
    }

    [Fact]
    public async Task Only_those_who_manage_the_organisation_designate_and_only_its_privacy_keepers_see_its_register()
    {
        var setup = await OrganisationAsync(Side.Quebec);
        await DesignateAsync(setup);
        var member = await MissionsTesting.PersonAsync(app, setup.Organisation.Id, MemberRole.Coach);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.Client.GetAsync($"/privacy/officers/{setup.Organisation.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.Client.GetAsync("/privacy/officers")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.Client.GetAsync("/privacy/register")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.Client.GetAsync("/privacy/retention")).StatusCode);
        // The officer answers for privacy but does not designate.
        Assert.Equal(HttpStatusCode.Forbidden, (await setup.Coach.Client.GetAsync($"/privacy/officers/{setup.Organisation.Id}")).StatusCode);
        var entry = await app.WithDbAsync(db => db.ProcessingActivities.Where(a => a.ControllerId == setup.Organisation.Id).Select(a => a.Id).FirstAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await member.Client.GetAsync($"/privacy/register/{entry}")).StatusCode);
        var other = await OrganisationAsync(Side.Quebec);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Admin.Client.GetAsync($"/privacy/register/{entry}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await member.Client.GetAsync($"/privacy/officers/{Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task The_officer_edits_an_entry_in_their_French_and_English_and_keeps_the_other_French()
    {
        var setup = await OrganisationAsync(Side.Quebec);
        await DesignateAsync(setup);
        var entry = await app.WithDbAsync(db => db.ProcessingActivities.AsNoTracking()
            .SingleAsync(a => a.ControllerId == setup.Organisation.Id && a.Purpose == ProcessingPurposes.CoachingNotes));

        var saved = await setup.Coach.Client.SubmitAsync($"/privacy/register/{entry.Id}", new Dictionary<string, string>
        {
            ["Input.NameFrench"] = "Notes de suivi des promoteurs", ["Input.NameEnglish"] = "Follow-up notes", ["Input.RetentionMonths"] = "24",
            ["Input.LegalBasis"] = nameof(LegalBasis.Consent), ["Input.AtExpiry"] = nameof(RetentionAction.Destroy),
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var changed = await app.WithDbAsync(db => db.ProcessingActivities.AsNoTracking().SingleAsync(a => a.Id == entry.Id));
        Assert.Equal(("Notes de suivi des promoteurs", "Follow-up notes", entry.Name.FrFr), (changed.Name.FrCa, changed.Name.En, changed.Name.FrFr));
        Assert.Equal((24, LegalBasis.Consent, RetentionAction.Destroy), (changed.RetentionMonths, changed.LegalBasis, changed.AtExpiry));
        Assert.Equal(entry.Version + 1, changed.Version);
    }

    [Fact]
    public async Task A_ground_of_the_other_law_a_transfer_to_one_s_own_side_a_period_out_of_range_or_a_stale_form_are_refused()
    {
        var setup = await OrganisationAsync(Side.Quebec);
        await DesignateAsync(setup);
        var entry = await app.WithDbAsync(db => db.ProcessingActivities.AsNoTracking()
            .SingleAsync(a => a.ControllerId == setup.Organisation.Id && a.Purpose == ProcessingPurposes.Missions));
        var url = $"/privacy/register/{entry.Id}";

        var page = await setup.Admin.Client.SubmitExpectingErrorsAsync(url, new Dictionary<string, string>
        {
            ["Input.LegalBasis"] = nameof(LegalBasis.LegitimateInterests), ["Input.TransferredTo"] = nameof(Side.Quebec), ["Input.RetentionMonths"] = "0",
        });
        Assert.Equal("Choose one of the values in the list.", page.FieldError("Input.LegalBasis"));
        Assert.Equal("A transfer goes outside the organisation's own jurisdiction: choose the other side, or none.", page.FieldError("Input.TransferredTo"));
        Assert.Equal("Enter a number of months from 1 to 1,200.", page.FieldError("Input.RetentionMonths"));

        var undescribed = await setup.Admin.Client.SubmitExpectingErrorsAsync(url, new Dictionary<string, string>
        {
            ["Input.TransferredTo"] = nameof(Side.France), ["Input.TransfersFrench"] = "", ["Input.NameEnglish"] = "",
        });
        Assert.Equal("Say what goes to the other side.", undescribed.FieldError("Input.TransfersFrench"));
        Assert.Equal("This field is required.", undescribed.FieldError("Input.NameEnglish"));

        var stale = await setup.Admin.Client.SubmitExpectingErrorsAsync(url, new Dictionary<string, string>
        {
            ["Input.NameFrench"] = "Changement perdu", ["Input.Version"] = (entry.Version + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        Assert.Contains("Someone else changed this record while you were editing it.", stale.Text("[role=alert]"));
        var kept = await app.WithDbAsync(db => db.ProcessingActivities.AsNoTracking().SingleAsync(a => a.Id == entry.Id));
        Assert.Equal((entry.Name, entry.RetentionMonths, entry.Version), (kept.Name, kept.RetentionMonths, kept.Version));
    }

    [Theory]
    [InlineData(Side.Quebec, "en", "fr-CA", "Confidentialité chez", "responsable de la protection des renseignements personnels (RPRP)")]
    [InlineData(Side.France, "fr-CA", "fr-FR", "Confidentialité chez", "délégué à la protection des données (DPO)")]
    [InlineData(Side.France, "fr-FR", "fr-FR", "Confidentialité chez", "délégué à la protection des données (DPO)")]
    public async Task The_public_page_speaks_the_organisation_s_French_to_any_visitor_with_an_English_version(
        Side side, string visitorCulture, string pageLanguage, string heading, string officerTitle)
    {
        var setup = await OrganisationAsync(side);
        await DesignateAsync(setup);
        var visitor = Visitor(visitorCulture);

        var page = await HtmlPage.GetAsync(visitor, $"/privacy/{setup.Organisation.Id}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(pageLanguage, page.Document.QuerySelector("#privacy-notice")!.GetAttribute("lang"));
        Assert.StartsWith(heading, page.Text("#privacy-notice h1"));
        Assert.Equal(officerTitle, page.Text("#officer-heading"));
        Assert.Contains("confidentialite@exemple.org", page.Text("#officer-contact"));
        Assert.Equal(7, page.Texts("#privacy-notice section.purpose").Count);
        Assert.NotNull(page.Document.QuerySelector("a[href='/me/privacy/requests/new']"));

        var english = await HtmlPage.GetAsync(visitor, $"/privacy/{setup.Organisation.Id}?lang=en");
        Assert.Equal("en", english.Document.QuerySelector("#privacy-notice")!.GetAttribute("lang"));
        Assert.Equal($"Privacy at {setup.Organisation.Name}", english.Text("#privacy-notice h1"));
        Assert.Equal("privacy officer", english.Text("#officer-heading"));
        Assert.Contains("Coaching notes", english.Texts("#privacy-notice section.purpose h3"));
        Assert.Contains("36 months after the session, then anonymised", english.Text("#privacy-notice"));
    }

    [Fact]
    public async Task An_organisation_without_an_officer_or_entries_has_a_clear_empty_page()
    {
        var setup = await OrganisationAsync(Side.France);
        var page = await HtmlPage.GetAsync(Visitor("en"), $"/privacy/{setup.Organisation.Id}?lang=en");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("The organisation has not designated its privacy officer in Passerelles yet. Write to the organisation itself in the meantime.", page.Text("#no-officer"));
        Assert.Equal("The organisation has not published its register of processing yet.", page.Text("#no-purposes"));
        Assert.Equal(HttpStatusCode.NotFound, (await setup.Admin.Client.GetAsync($"/privacy/{Guid.NewGuid()}")).StatusCode);
    }
}
