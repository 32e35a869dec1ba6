using Passerelles.Tests.Organisations;
using System.Net;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Features.People;
using static Passerelles.Tests.Organisations.OrganisationsTesting;

namespace Passerelles.Tests.People;

public sealed class ConsentTests(AppFactory app) : IClassFixture<AppFactory>
{
    private Instant Now => Instant.FromDateTimeOffset(app.Clock.GetUtcNow());

    [Fact]
    public async Task Recording_consent_is_a_separate_confirmed_step_that_keeps_date_purpose_version_and_recorder()
    {
        var organisation = await app.CreateOrganisationAsync(Unique("Consentement"));
        var person = await app.CreatePersonAsync(organisation.Id, "Personne à consulter", listed: false);
        var adminEmail = $"{Guid.NewGuid():N}@test.passerelles.org";
        var admin = await app.CreateUserAsync(adminEmail, culture: "en");
        await app.AddMemberAsync(organisation.Id, admin.Id, MemberRole.OrganisationAdministrator);
        var client = await app.SignedInClientAsync(adminEmail);

        var unconfirmed = await client.SubmitMainFormAsync($"/people/{person.Id}/consent", new Dictionary<string, string>());
        Assert.NotNull((await HtmlPage.FromAsync(unconfirmed)).FieldError("Confirmed"));
        Assert.Empty((await app.ReloadPersonAsync(person.Id)).Consents);

        var response = await client.SubmitMainFormAsync($"/people/{person.Id}/consent", new Dictionary<string, string> { ["Confirmed"] = "true" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var consent = Assert.Single((await app.ReloadPersonAsync(person.Id)).Consents);
        Assert.Equal((Consent.DirectoryListing, Consent.DirectoryListingVersion, Now, (Instant?)null, (Guid?)admin.Id),
            (consent.Purpose, consent.PurposeVersion, consent.GivenAt, consent.WithdrawnAt, consent.RecordedBy));
    }

    [Fact]
    public async Task A_person_gives_consent_themselves_and_their_record_is_created_with_their_organisation_as_controller()
    {
        var organisation = await app.CreateOrganisationAsync(Unique("Maison"), Side.France);
        var email = $"{Guid.NewGuid():N}@test.passerelles.org";
        var user = await app.CreateUserAsync(email, "Camille Dupont", culture: "fr-FR");
        await app.AddMemberAsync(organisation.Id, user.Id, MemberRole.ProjectMember);
        var client = await app.SignedInClientAsync(email);
        var outsider = await app.SignedInOutsiderAsync();

        var response = await client.SubmitMainFormAsync("/people/me", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var person = await app.WithDbAsync(db => db.People.Include(p => p.Consents).Include(p => p.Roles).SingleAsync(p => p.UserId == user.Id));
        Assert.Equal(("Camille Dupont", email, organisation.Id, "Europe/Paris", "fr-FR"),
            (person.DisplayName, person.Email, person.ControllerOrganisationId, person.TimeZoneId, person.Languages));
        var consent = Assert.Single(person.Consents);
        Assert.Equal((Now, (Guid?)user.Id), (consent.GivenAt, consent.RecordedBy));
        Assert.Contains("Camille Dupont", (await HtmlPage.GetAsync(outsider, "/people?q=Camille")).ListedNames());
    }

    [Fact]
    public async Task Withdrawing_consent_takes_effect_at_the_next_request_and_keeps_the_history()
    {
        var organisation = await app.PublicOrganisationAsync(Unique("Retrait"));
        var email = $"{Guid.NewGuid():N}@test.passerelles.org";
        var user = await app.CreateUserAsync(email, "Personne qui se retire", culture: "en");
        await app.AddMemberAsync(organisation.Id, user.Id, MemberRole.ProjectMember);
        var person = await app.CreatePersonAsync(organisation.Id, "Personne qui se retire", listed: true, userId: user.Id);
        var client = await app.SignedInClientAsync(email);
        var outsider = await app.SignedInOutsiderAsync();
        Assert.Contains("Personne qui se retire", (await HtmlPage.GetAsync(outsider, "/people?q=se retire")).ListedNames());
        Assert.Contains("Personne qui se retire", (await HtmlPage.GetAsync(outsider, $"/organisations/{organisation.Id}")).Text(".people-list"));

        var me = await HtmlPage.GetAsync(client, "/people/me");
        var response = await me.SubmitAsync(client, "form[action*='handler=Withdraw']");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Empty((await HtmlPage.GetAsync(outsider, "/people?q=se retire")).ListedNames());
        Assert.Empty((await HtmlPage.GetAsync(outsider, $"/organisations/{organisation.Id}")).Texts(".people-list li"));
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/people/{person.Id}")).StatusCode);
        var consent = Assert.Single((await app.ReloadPersonAsync(person.Id)).Consents);
        Assert.Equal(Now, consent.WithdrawnAt);
        var history = await HtmlPage.GetAsync(client, "/people/me");
        Assert.Single(history.Document.QuerySelectorAll("main table tbody tr"));
        Assert.NotNull(history.Document.QuerySelector("form[action*='handler=Give']"));
    }

    [Fact]
    public async Task Those_who_control_the_record_record_a_withdrawal()
    {
        var organisation = await app.CreateOrganisationAsync(Unique("Retrait admin"));
        var person = await app.CreatePersonAsync(organisation.Id, "Retirée par l'admin", listed: true);
        var admin = await app.SignedInMemberAsync(organisation.Id, MemberRole.OrganisationAdministrator);

        var page = await HtmlPage.GetAsync(admin, $"/people/{person.Id}/consent");
        await page.SubmitAsync(admin, "form[action*='handler=Withdraw']");

        var consent = Assert.Single((await app.ReloadPersonAsync(person.Id)).Consents);
        Assert.Equal(Now, consent.WithdrawnAt);
    }

    [Theory]
    [InlineData(Side.Quebec, "fr-CA", "renseignements personnels", "CAI")]
    [InlineData(Side.France, "fr-FR", "données personnelles", "CNIL")]
    public async Task The_privacy_notice_uses_the_words_of_each_side_and_names_its_regulator(Side side, string culture, string words, string regulator)
    {
        var organisation = await app.CreateOrganisationAsync(Unique("Avis"), side);
        var email = $"{Guid.NewGuid():N}@test.passerelles.org";
        var user = await app.CreateUserAsync(email, culture: culture);
        await app.AddMemberAsync(organisation.Id, user.Id, MemberRole.ProjectMember);
        var client = await app.SignedInClientAsync(email);

        var notice = (await HtmlPage.GetAsync(client, "/people/me")).Text(".privacy-notice");

        Assert.Contains(words, notice);
        Assert.Contains(regulator, notice);
        Assert.Contains(organisation.Name, notice);
    }
}
