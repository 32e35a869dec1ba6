using System.Net;
using Microsoft.EntityFrameworkCore;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Features.People;
using static Passerelles.Tests.Organisations.OrganisationsTesting;

namespace Passerelles.Tests.People;

public sealed class CreateAndEditTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task An_organisation_administrator_adds_a_person_who_stays_unlisted_until_consent()
    {
        var organisation = await app.CreateOrganisationAsync(Unique("Ajout"));
        var partner = await app.CreateOrganisationAsync(Unique("Partenaire"), Side.France);
        var client = await app.SignedInMemberAsync(organisation.Id, MemberRole.OrganisationAdministrator);
        var name = Unique("Léa");
        var form = await HtmlPage.GetAsync(client, "/people/new");
        foreach (var language in new[] { "en", "fr-CA" })
            form.Document.QuerySelector($"input[name='Input.Languages'][value='{language}']")!.SetAttribute("checked", "checked");

        var response = await form.SubmitAsync(client, "main form.stacked", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = name,
            ["Input.Email"] = "lea@exemple.org",
            ["Input.Phone"] = "+1 450 555 0100",
            ["Input.TimeZoneId"] = "America/Montreal",
            ["Input.Roles[0].OrganisationId"] = organisation.Id.ToString(),
            ["Input.Roles[0].Title"] = "Chargée de projet",
            ["Input.Roles[1].OrganisationId"] = partner.Id.ToString(),
            ["Input.Roles[1].Title"] = "Mentore",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var person = await app.WithDbAsync(db => db.People.Include(p => p.Roles).Include(p => p.Consents).SingleAsync(p => p.DisplayName == name));
        Assert.Equal(("lea@exemple.org", "+1 450 555 0100", "fr-CA,en", "America/Toronto", organisation.Id),
            (person.Email, person.Phone, person.Languages, person.TimeZoneId, person.ControllerOrganisationId));
        Assert.Equal(["Chargée de projet", "Mentore"], person.Roles.Select(r => r.Title).Order());
        Assert.False(person.HasConsentTo(Consent.DirectoryListing));
    }

    [Fact]
    public async Task Roles_are_added_and_removed_without_javascript()
    {
        var organisation = await app.CreateOrganisationAsync(Unique("Rôles"));
        var other = await app.CreateOrganisationAsync(Unique("Autre"));
        var person = await app.CreatePersonAsync(organisation.Id, "Personne aux rôles", listed: false, title: "Ancien rôle");
        var client = await app.SignedInMemberAsync(organisation.Id, MemberRole.OrganisationAdministrator);

        var form = await HtmlPage.GetAsync(client, $"/people/{person.Id}/edit");
        Assert.Equal(1 + PersonForm.BlankRoleRows, form.Document.QuerySelectorAll("fieldset.role-row").Length);
        var response = await form.SubmitAsync(client, "main form.stacked", new Dictionary<string, string>
        {
            ["Input.Roles[0].Remove"] = "true",
            ["Input.Roles[1].OrganisationId"] = other.Id.ToString(),
            ["Input.Roles[1].Title"] = "Nouveau rôle",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var role = Assert.Single((await app.ReloadPersonAsync(person.Id)).Roles);
        Assert.Equal((other.Id, "Nouveau rôle"), (role.OrganisationId, role.Title));
        var again = await HtmlPage.GetAsync(client, $"/people/{person.Id}/edit");
        Assert.Equal(1 + PersonForm.BlankRoleRows, again.Document.QuerySelectorAll("fieldset.role-row").Length);
    }

    [Theory]
    [InlineData("Input.DisplayName", "")]
    [InlineData("Input.Email", "pas-une-adresse")]
    [InlineData("Input.TimeZoneId", "Mars/Olympus")]
    [InlineData("Input.Languages", "tlh")]
    [InlineData("Input.ControllerOrganisationId", "OTHER")]
    [InlineData("Input.Roles[0].OrganisationId", "TITLE_ONLY")]
    public async Task An_invalid_person_shows_the_error_next_to_the_field_and_saves_nothing(string field, string value)
    {
        var organisation = await app.CreateOrganisationAsync(Unique("Refus"));
        var other = await app.CreateOrganisationAsync(Unique("Étrangère"));
        var client = await app.SignedInMemberAsync(organisation.Id, MemberRole.OrganisationAdministrator);
        var name = Unique("Invalide");
        var values = new Dictionary<string, string> { ["Input.DisplayName"] = name };
        switch (value)
        {
            case "OTHER":
                values[field] = other.Id.ToString();
                break;
            case "TITLE_ONLY":
                values["Input.Roles[0].Title"] = "Sans organisation";
                break;
            default:
                values[field] = value;
                break;
        }

        var response = await client.SubmitMainFormAsync("/people/new", values);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await HtmlPage.FromAsync(response)).FieldError(field));
        Assert.False(await app.WithDbAsync(db => db.People.AnyAsync(p => p.DisplayName == name || p.ControllerOrganisationId == organisation.Id)));
    }

    [Fact]
    public async Task Only_those_who_control_the_record_create_or_edit_people()
    {
        var organisation = await app.CreateOrganisationAsync(Unique("Gardée"));
        var person = await app.CreatePersonAsync(organisation.Id, "Personne gardée", listed: true);
        var coach = await app.SignedInMemberAsync(organisation.Id, MemberRole.Coach);
        var otherAdmin = await app.SignedInMemberAsync((await app.CreateOrganisationAsync(Unique("Voisine"))).Id, MemberRole.OrganisationAdministrator);

        AssertForbidden(await coach.GetAsync("/people/new"));
        AssertForbidden(await coach.GetAsync($"/people/{person.Id}/edit"));
        AssertForbidden(await otherAdmin.GetAsync($"/people/{person.Id}/edit"));
        AssertForbidden(await otherAdmin.GetAsync($"/people/{person.Id}/consent"));
        Assert.Equal(HttpStatusCode.NotFound, (await otherAdmin.GetAsync($"/people/{Guid.NewGuid()}/edit")).StatusCode);
    }

    [Fact]
    public async Task A_network_administrator_edits_anyone()
    {
        var organisation = await app.CreateOrganisationAsync(Unique("Réseau"));
        var person = await app.CreatePersonAsync(organisation.Id, "Avant", listed: false);
        var client = await app.AdministratorClientAsync();

        var response = await client.SubmitMainFormAsync($"/people/{person.Id}/edit", new Dictionary<string, string> { ["Input.DisplayName"] = "Après" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await app.ReloadPersonAsync(person.Id);
        Assert.Equal(("Après", 2), (stored.DisplayName, stored.Version));
    }
}
