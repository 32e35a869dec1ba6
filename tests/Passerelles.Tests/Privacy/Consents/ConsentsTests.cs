using System.Net;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Tests.Missions;
using Passerelles.Tests.People;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Features.People;

namespace Passerelles.Tests.Privacy.Consents;

/// <summary>A person gives and withdraws consent purpose by purpose from their own account; a wording that changed
/// asks for renewal; below the age of consent of their controller's side, a parent or guardian consents.</summary>
public sealed class ConsentsTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Page = "/me/privacy/consents";
    private const string Card = "#purpose-directory-listing-card";

    private async Task<(MissionsTesting.Person Account, Person Person)> PersonAsync(Side side, string culture = "en", LocalDate? birthDate = null)
    {
        var organisation = await app.CreateOrganisationAsync(side: side);
        var account = await MissionsTesting.PersonAsync(app, organisation.Id, culture: culture);
        var person = await app.CreatePersonAsync(organisation.Id, "Léa " + Guid.NewGuid().ToString("N")[..6], listed: false, userId: account.Id);
        if (birthDate is not null)
            await app.WithDbAsync(db => db.People.Where(p => p.Id == person.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.BirthDate, birthDate)));
        return (account, person);
    }

    private LocalDate YearsAgo(int years) =>
        Instant.FromDateTimeOffset(app.Clock.GetUtcNow()).InUtc().Date.PlusYears(-years).PlusDays(-3);

    [Fact]
    public async Task A_person_gives_and_withdraws_their_consent_at_once_and_the_history_stays()
    {
        var (account, person) = await PersonAsync(Side.Quebec);
        var page = await HtmlPage.GetAsync(account.Client, Page);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("You do not consent.", page.Text(Card));
        Assert.Contains("Wording version 1", page.Text(Card));

        Assert.Equal(HttpStatusCode.Redirect, (await page.SubmitAsync(account.Client, $"{Card} form[action*='handler=Give']")).StatusCode);
        var given = await app.ReloadPersonAsync(person.Id);
        var consent = Assert.Single(given.Consents);
        Assert.Equal((Consent.DirectoryListing, 1, account.Id, (Instant?)null), (consent.Purpose, consent.PurposeVersion, consent.RecordedBy, consent.WithdrawnAt));

        page = await HtmlPage.GetAsync(account.Client, Page);
        Assert.Contains("You consent since", page.Text(Card));
        Assert.Equal(HttpStatusCode.Redirect, (await page.SubmitAsync(account.Client, $"{Card} form[action*='handler=Withdraw']")).StatusCode);
        var withdrawn = Assert.Single((await app.ReloadPersonAsync(person.Id)).Consents);
        Assert.NotNull(withdrawn.WithdrawnAt);
        Assert.False((await app.ReloadPersonAsync(person.Id)).HasConsentTo(Consent.DirectoryListing));
    }

    [Fact]
    public async Task Consent_to_an_older_wording_is_shown_as_needing_renewal_and_renewing_keeps_both()
    {
        var (account, person) = await PersonAsync(Side.France, "fr-FR");
        await app.WithDbAsync(async db =>
        {
            db.Consents.Add(new Consent { PersonId = person.Id, Purpose = Consent.DirectoryListing, PurposeVersion = 0, GivenAt = Instant.FromUtc(2024, 2, 1, 9, 0) });
            await db.SaveChangesAsync();
        });
        var page = await HtmlPage.GetAsync(account.Client, Page);
        Assert.Contains("Vous avez consenti à la version 0 du libellé, qui a changé depuis\u00a0: renouvelez votre consentement pour le maintenir.", page.Text(Card));

        Assert.Equal(HttpStatusCode.Redirect, (await page.SubmitAsync(account.Client, $"{Card} form[action*='handler=Give']")).StatusCode);
        var consents = (await app.ReloadPersonAsync(person.Id)).Consents.OrderBy(c => c.PurposeVersion).ToList();
        Assert.Equal(2, consents.Count);
        Assert.NotNull(consents[0].WithdrawnAt);
        Assert.Equal((1, (Instant?)null), (consents[1].PurposeVersion, consents[1].WithdrawnAt));
    }

    [Theory]
    [InlineData(Side.Quebec, 13, "en", "Below 14 in Québec, a parent or guardian gives this consent: fill in their name, their relationship to you and how to reach them, and let them confirm.")]
    [InlineData(Side.Quebec, 13, "fr-CA", "Avant 14 ans au Québec, c'est un parent ou un tuteur qui donne ce consentement\u00a0: indiquez son nom, son lien avec vous et comment le joindre, et laissez-le confirmer.")]
    [InlineData(Side.France, 14, "fr-FR", "Avant 15 ans en France, c'est un parent ou un tuteur qui donne ce consentement\u00a0: indiquez son nom, son lien avec vous et comment le joindre, et laissez-le confirmer.")]
    public async Task A_minors_own_consent_is_refused_and_nothing_is_stored(Side side, int age, string culture, string message)
    {
        var (account, person) = await PersonAsync(side, culture, YearsAgo(age));
        var page = await HtmlPage.GetAsync(account.Client, Page);
        var refused = await HtmlPage.FromAsync(await page.SubmitAsync(account.Client, $"{Card} form[action*='handler=Give']"));
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Equal(message, refused.FieldError("Guardian.Name"));
        Assert.Empty((await app.ReloadPersonAsync(person.Id)).Consents);

        // Nor may the directory page list them on their own word.
        var me = await HtmlPage.GetAsync(account.Client, "/people/me");
        var directory = await HtmlPage.FromAsync(await me.SubmitAsync(account.Client, "form[action*='handler=Give']"));
        Assert.Contains(message, directory.Text("[role=alert]"));
        Assert.Empty((await app.ReloadPersonAsync(person.Id)).Consents);
    }

    [Fact]
    public async Task A_parent_or_guardian_consents_for_a_minor_and_is_recorded_with_who_recorded_it()
    {
        var (account, person) = await PersonAsync(Side.Quebec, birthDate: YearsAgo(12));
        var page = await HtmlPage.GetAsync(account.Client, Page);
        var response = await page.SubmitAsync(account.Client, $"{Card} form[action*='handler=Give']", new Dictionary<string, string>
        {
            ["Guardian.Name"] = "Nathalie Gagnon", ["Guardian.Relationship"] = "Mère", ["Guardian.Contact"] = "nathalie@exemple.org", ["Guardian.Confirmed"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var consent = Assert.Single((await app.ReloadPersonAsync(person.Id)).Consents);
        Assert.Equal(("Nathalie Gagnon", "Mère", "nathalie@exemple.org", (Guid?)account.Id),
            (consent.GuardianName, consent.GuardianRelationship, consent.GuardianContact, consent.RecordedBy));
    }

    [Fact]
    public async Task The_birth_date_is_recorded_by_the_person_and_an_impossible_one_is_refused_next_to_the_field()
    {
        var (account, person) = await PersonAsync(Side.France);
        var page = await HtmlPage.GetAsync(account.Client, Page);
        var refused = await HtmlPage.FromAsync(await page.SubmitAsync(account.Client, "form[action*='handler=BirthDate']", new Dictionary<string, string> { ["BirthDate"] = "9999-12-31" }));
        Assert.Equal("Choose a date between 1900 and 2199.", refused.FieldError("BirthDate"));
        Assert.Null((await app.ReloadPersonAsync(person.Id)).BirthDate);

        Assert.Equal(HttpStatusCode.Redirect, (await page.SubmitAsync(account.Client, "form[action*='handler=BirthDate']", new Dictionary<string, string> { ["BirthDate"] = "2012-05-04" })).StatusCode);
        Assert.Equal(new LocalDate(2012, 5, 4), (await app.ReloadPersonAsync(person.Id)).BirthDate);
    }

    private async Task<(HttpClient Staff, Person Person)> RecordedByStaffAsync(Side side, string culture, int age)
    {
        var organisation = await app.CreateOrganisationAsync(side: side);
        var person = await app.CreatePersonAsync(organisation.Id, "Élève " + Guid.NewGuid().ToString("N")[..6], listed: false);
        await app.WithDbAsync(db => db.People.Where(p => p.Id == person.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.BirthDate, YearsAgo(age))));
        var email = $"{Guid.NewGuid():N}@test.passerelles.org";
        var admin = await app.CreateUserAsync(email, culture: culture);
        await app.AddMemberAsync(organisation.Id, admin.Id, MemberRole.OrganisationAdministrator);
        return (await app.SignedInClientAsync(email), person);
    }

    [Theory]
    [InlineData(Side.Quebec, 13, "en", "Below 14 in Québec, a parent or guardian gives this consent: record their name, their relationship to the person and how to reach them, and confirm that they gave it.")]
    [InlineData(Side.France, 14, "fr-FR", "Avant 15 ans en France, c'est un parent ou un tuteur qui donne ce consentement\u00a0: indiquez son nom, son lien avec la personne et comment le joindre, et confirmez qu'il l'a donné.")]
    public async Task Staff_recording_a_minors_consent_without_their_guardian_are_refused_and_nothing_is_stored(Side side, int age, string culture, string message)
    {
        var (staff, person) = await RecordedByStaffAsync(side, culture, age);
        var page = await HtmlPage.GetAsync(staff, $"/people/{person.Id}/consent");
        Assert.NotNull(page.Document.QuerySelector("#guardian-name-directory-listing"));
        var refused = await HtmlPage.FromAsync(await page.SubmitAsync(staff, "form[action*='handler=Give']", new Dictionary<string, string> { ["Confirmed"] = "true" }));
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Equal(message, refused.FieldError("Guardian.Name"));
        Assert.Empty((await app.ReloadPersonAsync(person.Id)).Consents);
    }

    [Fact]
    public async Task Staff_record_a_minors_consent_with_their_guardian_and_an_adults_without()
    {
        var (staff, person) = await RecordedByStaffAsync(Side.France, "en", 13);
        var page = await HtmlPage.GetAsync(staff, $"/people/{person.Id}/consent");
        Assert.Equal("Relationship to the person", page.Label("Guardian.Relationship"));
        var response = await page.SubmitAsync(staff, "form[action*='handler=Give']", new Dictionary<string, string>
        {
            ["Confirmed"] = "true", ["Guardian.Name"] = "Sophie Etcheverry", ["Guardian.Relationship"] = "Mère", ["Guardian.Contact"] = "06 12 34 56 78", ["Guardian.Confirmed"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var consent = Assert.Single((await app.ReloadPersonAsync(person.Id)).Consents);
        Assert.Equal(("Sophie Etcheverry", "Mère", "06 12 34 56 78"), (consent.GuardianName, consent.GuardianRelationship, consent.GuardianContact));

        var (staffOfAdult, adult) = await RecordedByStaffAsync(Side.Quebec, "en", 30);
        var adultPage = await HtmlPage.GetAsync(staffOfAdult, $"/people/{adult.Id}/consent");
        Assert.Null(adultPage.Document.QuerySelector("[name='Guardian.Name']"));
        Assert.Equal(HttpStatusCode.Redirect, (await adultPage.SubmitAsync(staffOfAdult, "form[action*='handler=Give']", new Dictionary<string, string> { ["Confirmed"] = "true" })).StatusCode);
        Assert.Equal("", Assert.Single((await app.ReloadPersonAsync(adult.Id)).Consents).GuardianName);
    }

    [Fact]
    public async Task The_guardian_fields_of_each_purpose_have_ids_of_their_own()
    {
        var (account, _) = await PersonAsync(Side.Quebec, birthDate: YearsAgo(12));
        var page = await HtmlPage.GetAsync(account.Client, Page);
        foreach (var purpose in Passerelles.Web.Features.Privacy.Consents.ConsentPurposes.All)
            Assert.Equal("Name of the parent or guardian", page.Text($"#purpose-{purpose.Key}-card label[for='guardian-name-{purpose.Key}']"));
        var ids = page.Document.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }
}
