using System.Net;
using Microsoft.EntityFrameworkCore;
using Passerelles.Web.Features.Organisations;
using static Passerelles.Tests.Organisations.OrganisationsTesting;

namespace Passerelles.Tests.Organisations;

public sealed class CreateAndEditTests(AppFactory app) : IClassFixture<AppFactory>
{
    private Task<int> CountAsync() => app.WithDbAsync(db => db.Organisations.CountAsync());

    [Fact]
    public async Task A_network_administrator_creates_an_organisation()
    {
        var client = await app.AdministratorClientAsync();
        var name = Unique("Créée");

        var response = await client.SubmitMainFormAsync("/organisations/create", new Dictionary<string, string>
        {
            ["Input.Name"] = name,
            ["Input.Kind"] = "Cooperative",
            ["Input.Side"] = "France",
            ["Input.CountryCode"] = "",
            ["Input.Region"] = "Nouvelle-Aquitaine",
            ["Input.LegalForm"] = "SCIC",
            ["Input.DefaultCulture"] = "fr-FR",
            ["Input.TimeZoneId"] = "Europe/Paris",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var created = await app.WithDbAsync(db => db.Organisations.SingleAsync(o => o.Name == name));
        Assert.Equal($"/organisations/{created.Id}", response.Headers.Location!.OriginalString);
        Assert.Equal((OrganisationKind.Cooperative, Side.France, "FR", "SCIC", "fr-FR", "Europe/Paris"),
            (created.Kind, created.Side, created.CountryCode, created.LegalForm, created.DefaultCulture, created.TimeZoneId));
        var details = await HtmlPage.GetAsync(client, $"/organisations/{created.Id}");
        Assert.StartsWith(name, details.Text("h1"));
    }

    [Fact]
    public async Task The_montreal_alias_is_stored_as_the_canonical_zone()
    {
        var client = await app.AdministratorClientAsync();
        var name = Unique("Alias");

        await client.SubmitMainFormAsync("/organisations/create", new Dictionary<string, string>
        {
            ["Input.Name"] = name, ["Input.Side"] = "Quebec", ["Input.TimeZoneId"] = "America/Montreal",
        });

        var created = await app.WithDbAsync(db => db.Organisations.SingleAsync(o => o.Name == name));
        Assert.Equal("America/Toronto", created.TimeZoneId);
        Assert.Equal("CA", created.CountryCode);
    }

    [Fact]
    public async Task Someone_who_is_not_a_network_administrator_cannot_create_or_edit_another_organisation()
    {
        var organisation = await app.CreateOrganisationAsync(Unique("Guarded"));
        var client = await app.SignedInMemberAsync(organisation.Id, MemberRole.Coach);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/organisations/create")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/organisations/{organisation.Id}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync("/organisations/create", new FormUrlEncodedContent([]))).StatusCode);
    }

    [Fact]
    public async Task An_organisation_administrator_edits_their_own_organisation_but_not_another()
    {
        var own = await app.CreateOrganisationAsync(Unique("Own"));
        var other = await app.PublicOrganisationAsync(Unique("Other"));
        var hidden = await app.CreateOrganisationAsync(Unique("Hidden"));
        var client = await app.SignedInMemberAsync(own.Id, MemberRole.OrganisationAdministrator);

        var response = await client.SubmitMainFormAsync($"/organisations/{own.Id}/edit", new Dictionary<string, string>
        {
            ["Input.Region"] = "Laurentides",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("Laurentides", (await app.ReloadAsync(own.Id)).Region);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/organisations/{other.Id}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/organisations/{hidden.Id}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/organisations/{hidden.Id}")).StatusCode);
    }

    [Fact]
    public async Task An_unknown_organisation_is_not_found()
    {
        var client = await app.AdministratorClientAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/organisations/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/organisations/{Guid.NewGuid()}/edit")).StatusCode);
    }

    [Theory]
    [InlineData("Input.Name", "")]
    [InlineData("Input.Name", "DUPLICATE")]
    [InlineData("Input.Name", "LONG")]
    [InlineData("Input.TimeZoneId", "Mars/Olympus")]
    [InlineData("Input.CountryCode", "XQ")]
    [InlineData("Input.CountryCode", "FRA")]
    public async Task An_invalid_creation_shows_the_error_next_to_the_field_and_saves_nothing(string field, string value)
    {
        var existing = await app.CreateOrganisationAsync(Unique("Existing"));
        value = value switch
        {
            "DUPLICATE" => existing.Name.ToUpperInvariant(),
            "LONG" => new string('a', 300),
            _ => value,
        };
        var client = await app.AdministratorClientAsync();
        var before = await CountAsync();
        var values = new Dictionary<string, string> { ["Input.Name"] = Unique("Valid") };
        values[field] = value;

        var response = await client.SubmitMainFormAsync("/organisations/create", values);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await HtmlPage.FromAsync(response)).FieldError(field));
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task A_carrier_that_the_organisation_carries_is_refused_as_a_loop()
    {
        var top = await app.CreateOrganisationAsync(Unique("Top"));
        var middle = await app.CreateOrganisationAsync(Unique("Middle"));
        var bottom = await app.CreateOrganisationAsync(Unique("Bottom"));
        await app.WithDbAsync(async db =>
        {
            (await db.Organisations.FindAsync(middle.Id))!.ParentId = top.Id;
            (await db.Organisations.FindAsync(bottom.Id))!.ParentId = middle.Id;
            await db.SaveChangesAsync();
        });
        var client = await app.AdministratorClientAsync();

        var loop = await client.SubmitMainFormAsync($"/organisations/{top.Id}/edit", new Dictionary<string, string> { ["Input.ParentId"] = bottom.Id.ToString() });
        var itself = await client.SubmitMainFormAsync($"/organisations/{top.Id}/edit", new Dictionary<string, string> { ["Input.ParentId"] = top.Id.ToString() });

        Assert.NotNull((await HtmlPage.FromAsync(loop)).FieldError("Input.ParentId"));
        Assert.NotNull((await HtmlPage.FromAsync(itself)).FieldError("Input.ParentId"));
        Assert.Null((await app.ReloadAsync(top.Id)).ParentId);
    }

    [Fact]
    public async Task A_hostile_name_is_stored_as_text_and_shown_encoded()
    {
        var client = await app.AdministratorClientAsync();
        var name = "<script>alert(1)</script> " + Guid.NewGuid().ToString("N")[..6];

        await client.SubmitMainFormAsync("/organisations/create", new Dictionary<string, string> { ["Input.Name"] = name });

        var stored = await app.WithDbAsync(db => db.Organisations.SingleAsync(o => o.Name == name));
        foreach (var url in new[] { $"/organisations/{stored.Id}", "/organisations?q=" + Uri.EscapeDataString(name) })
        {
            var html = await (await client.GetAsync(url)).Content.ReadAsStringAsync();
            Assert.DoesNotContain("<script>alert", html);
            Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        }
    }

    [Fact]
    public async Task A_stale_edit_is_refused_and_nothing_is_overwritten()
    {
        var organisation = await app.CreateOrganisationAsync(Unique("Contested"));
        var client = await app.AdministratorClientAsync();
        var form = await HtmlPage.GetAsync(client, $"/organisations/{organisation.Id}/edit");
        await app.WithDbAsync(async db =>
        {
            (await db.Organisations.FindAsync(organisation.Id))!.Region = "Changed meanwhile";
            await db.SaveChangesAsync();
        });

        var response = await form.SubmitAsync(client, "main form.stacked", new Dictionary<string, string> { ["Input.Region"] = "My change" });

        var page = await HtmlPage.FromAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("Reload the page|Rechargez la page", page.Text("[role=alert]"));
        Assert.Equal("My change", page.Document.QuerySelector("[name='Input.Region']")!.GetAttribute("value"));
        var stored = await app.ReloadAsync(organisation.Id);
        Assert.Equal("Changed meanwhile", stored.Region);
        Assert.Equal(2, stored.Version);
    }
}
