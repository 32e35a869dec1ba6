using System.Net;
using Microsoft.EntityFrameworkCore;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Features.People;
using Passerelles.Tests.Projects;
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

        Assert.Equal(HttpStatusCode.Forbidden, (await coach.GetAsync("/people/new")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await coach.GetAsync($"/people/{person.Id}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherAdmin.GetAsync($"/people/{person.Id}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherAdmin.GetAsync($"/people/{person.Id}/consent")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherAdmin.GetAsync($"/people/{Guid.NewGuid()}/edit")).StatusCode);
    }

    [Fact]
    public async Task Whoever_may_not_see_an_unlisted_person_is_not_told_the_record_exists_and_nothing_changes()
    {
        var organisation = await app.CreateOrganisationAsync(Unique("Discrète"));
        var person = await app.CreatePersonAsync(organisation.Id, "Personne discrète", listed: false);
        var coach = await app.SignedInMemberAsync(organisation.Id, MemberRole.Coach);
        var otherAdmin = await app.SignedInMemberAsync((await app.CreateOrganisationAsync(Unique("Lointaine"))).Id, MemberRole.OrganisationAdministrator);

        foreach (var client in new[] { coach, otherAdmin })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/people/{person.Id}/edit")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/people/{person.Id}/consent")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.PostFormAsync($"/people/{person.Id}/consent?handler=Give",
                new Dictionary<string, string> { ["Confirmed"] = "true" })).StatusCode);
        }
        Assert.Empty((await app.ReloadPersonAsync(person.Id)).Consents);
    }

    [Fact]
    public async Task The_administrator_of_a_carrier_controls_the_records_of_the_organisations_it_carries()
    {
        var carrier = await app.CreateOrganisationAsync(Unique("Porteuse"));
        var carried = await app.CreateOrganisationAsync(Unique("Portée"));
        await app.CarryAsync(carrier.Id, carried.Id);
        var person = await app.CreatePersonAsync(carried.Id, "Avant", listed: false);
        var administrator = await app.SignedInMemberAsync(carrier.Id, MemberRole.OrganisationAdministrator);

        var listed = await HtmlPage.GetAsync(administrator, "/people");
        var response = await administrator.SubmitMainFormAsync($"/people/{person.Id}/edit", new Dictionary<string, string> { ["Input.DisplayName"] = "Après" });

        Assert.Contains("Avant", listed.ListedNames());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("Après", (await app.ReloadPersonAsync(person.Id)).DisplayName);
        Assert.NotNull((await HtmlPage.GetAsync(administrator, "/people/new")).Document.QuerySelector($"select[name='Input.ControllerOrganisationId'] option[value='{carried.Id}']"));
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
