using Microsoft.EntityFrameworkCore;
using System.Net;
using Passerelles.Web.Features.Organisations;
using static Passerelles.Tests.Organisations.OrganisationsTesting;

namespace Passerelles.Tests.People;

public sealed class DirectoryTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_list_shows_only_people_who_consent_and_controllers_also_see_their_own_people_marked_not_listed()
    {
        var organisation = await app.CreateOrganisationAsync(Unique("Annuaire"));
        var tag = Guid.NewGuid().ToString("N")[..6];
        await app.CreatePersonAsync(organisation.Id, $"Listée {tag}", listed: true);
        await app.CreatePersonAsync(organisation.Id, $"Discrète {tag}", listed: false);
        var outsider = await app.SignedInOutsiderAsync();
        var admin = await app.SignedInMemberAsync(organisation.Id, MemberRole.OrganisationAdministrator);
        var network = await app.AdministratorClientAsync();

        var seenByOutsider = await HtmlPage.GetAsync(outsider, "/people?q=" + tag);
        var seenByAdmin = await HtmlPage.GetAsync(admin, "/people?q=" + tag);
        var seenByNetwork = await HtmlPage.GetAsync(network, "/people?q=" + tag);

        Assert.Equal([$"Listée {tag}"], seenByOutsider.ListedNames());
        Assert.Equal([$"Discrète {tag}", $"Listée {tag}"], seenByAdmin.ListedNames());
        Assert.Equal([$"Discrète {tag}", $"Listée {tag}"], seenByNetwork.ListedNames());
        Assert.Single(seenByAdmin.Document.QuerySelectorAll("table.people .not-listed"));
        Assert.Empty(seenByOutsider.Document.QuerySelectorAll("table.people .not-listed"));
    }

    [Fact]
    public async Task People_are_found_by_name_and_filtered_by_organisation()
    {
        var espace = await app.CreateOrganisationAsync(Unique("Espace"));
        var tube = await app.CreateOrganisationAsync(Unique("Tube"), Side.France);
        var tag = Guid.NewGuid().ToString("N")[..6];
        await app.CreatePersonAsync(espace.Id, $"Amélie {tag}", listed: true);
        await app.CreatePersonAsync(tube.Id, $"Bastien {tag}", listed: true);
        var client = await app.SignedInOutsiderAsync();

        Assert.Equal([$"Amélie {tag}"], (await HtmlPage.GetAsync(client, $"/people?q=AMÉLIE {tag}")).ListedNames());
        Assert.Equal([$"Bastien {tag}"], (await HtmlPage.GetAsync(client, $"/people?q={tag}&organisation={tube.Id}")).ListedNames());
    }

    [Theory]
    [InlineData("Élodie", "elodie")]
    [InlineData("Céline", "celine")]
    [InlineData("Lefèvre", "lefevre")]
    [InlineData("Lefevre", "LEFÈVRE")]
    [InlineData("Françoise Lœuvre", "francoise loeuvre")]
    public async Task The_search_ignores_accents_as_well_as_case(string name, string typed)
    {
        var organisation = await app.CreateOrganisationAsync(Unique("Accents"));
        var tag = Guid.NewGuid().ToString("N")[..6];
        await app.CreatePersonAsync(organisation.Id, $"{name} {tag}", listed: true);
        var client = await app.SignedInOutsiderAsync();

        Assert.Equal([$"{name} {tag}"], (await HtmlPage.GetAsync(client, $"/people?q={Uri.EscapeDataString(typed)}%20{tag}")).ListedNames());
    }

    [Fact]
    public async Task A_renamed_person_is_found_by_the_new_name_only()
    {
        var organisation = await app.CreateOrganisationAsync(Unique("Renommée"));
        var tag = Guid.NewGuid().ToString("N")[..6];
        var person = await app.CreatePersonAsync(organisation.Id, $"Hélène {tag}", listed: true);
        await app.WithDbAsync(async db =>
        {
            var stored = await db.People.SingleAsync(p => p.Id == person.Id);
            stored.DisplayName = $"Anaïs {tag}";
            await db.SaveChangesAsync();
        });
        var client = await app.SignedInOutsiderAsync();

        Assert.Equal([$"Anaïs {tag}"], (await HtmlPage.GetAsync(client, $"/people?q=anais {tag}")).ListedNames());
        Assert.Empty((await HtmlPage.GetAsync(client, $"/people?q=helene {tag}")).ListedNames());
    }

    [Fact]
    public async Task The_list_is_paged()
    {
        var organisation = await app.CreateOrganisationAsync(Unique("Nombreux"));
        var tag = Guid.NewGuid().ToString("N")[..6];
        for (var i = 0; i < 27; i++) await app.CreatePersonAsync(organisation.Id, $"Membre {tag} {i:00}", listed: true);
        var client = await app.SignedInOutsiderAsync();

        var first = await HtmlPage.GetAsync(client, $"/people?q={tag}");
        var second = await HtmlPage.GetAsync(client, $"/people?q={tag}&p=2");

        Assert.Equal(25, first.ListedNames().Count);
        Assert.Equal([$"Membre {tag} 25", $"Membre {tag} 26"], second.ListedNames());
        Assert.NotNull(first.Document.QuerySelector(".pager a[rel=next]"));
    }

    [Fact]
    public async Task An_unlisted_person_is_not_found_by_others_but_shown_to_those_who_control_the_record()
    {
        var organisation = await app.CreateOrganisationAsync(Unique("Contrôle"));
        var hidden = await app.CreatePersonAsync(organisation.Id, "Personne discrète", listed: false);
        var listed = await app.CreatePersonAsync(organisation.Id, "Personne listée", listed: true);
        var outsider = await app.SignedInOutsiderAsync();
        var admin = await app.SignedInMemberAsync(organisation.Id, MemberRole.OrganisationAdministrator);

        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/people/{hidden.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await outsider.GetAsync($"/people/{listed.Id}")).StatusCode);
        var page = await HtmlPage.GetAsync(admin, $"/people/{hidden.Id}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Personne discrète", page.Text("h1"));
    }

    [Fact]
    public async Task The_organisation_page_lists_its_people_who_consent_only()
    {
        var organisation = await app.PublicOrganisationAsync(Unique("Équipe"));
        await app.CreatePersonAsync(organisation.Id, "Coordinatrice listée", listed: true, title: "Coordinatrice");
        await app.CreatePersonAsync(organisation.Id, "Stagiaire discret", listed: false);
        var client = await app.SignedInOutsiderAsync();

        var page = await HtmlPage.GetAsync(client, $"/organisations/{organisation.Id}");

        Assert.Equal(["Coordinatrice listée — Coordinatrice"], page.Texts(".people-list li"));
    }

    [Fact]
    public async Task A_hostile_name_is_stored_as_text_and_shown_encoded()
    {
        var organisation = await app.PublicOrganisationAsync(Unique("Hostile"));
        var name = "<script>alert(1)</script> " + Guid.NewGuid().ToString("N")[..6];
        var person = await app.CreatePersonAsync(organisation.Id, name, listed: true, title: "<img src=x onerror=alert(2)>");
        var client = await app.SignedInOutsiderAsync();

        foreach (var url in new[] { $"/people/{person.Id}", "/people?q=" + Uri.EscapeDataString(name[^6..]), $"/organisations/{organisation.Id}" })
        {
            var html = await (await client.GetAsync(url)).Content.ReadAsStringAsync();
            Assert.DoesNotContain("<script>alert", html);
            Assert.DoesNotContain("<img src=x", html);
            Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        }
    }
}
