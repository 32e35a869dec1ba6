using System.Net;
using Microsoft.EntityFrameworkCore;
using Passerelles.Web.Features.Organisations;
using static Passerelles.Tests.Organisations.OrganisationsTesting;

namespace Passerelles.Tests.Organisations;

public sealed class ProfileTests(AppFactory app) : IClassFixture<AppFactory>
{
    private Task<Organisation> ReloadWithThemesAsync(Guid id) =>
        app.WithDbAsync(db => db.Organisations.AsNoTracking().Include(o => o.Themes).SingleAsync(o => o.Id == id));

    [Fact]
    public async Task An_administrator_saves_the_directory_profile_of_their_organisation()
    {
        var organisation = await app.CreateOrganisationAsync(Unique("Profil"));
        var client = await app.SignedInMemberAsync(organisation.Id, MemberRole.OrganisationAdministrator);

        var response = await client.SubmitMainFormAsync($"/organisations/{organisation.Id}/edit", new Dictionary<string, string>
        {
            ["Input.Profile.Description"] = "Un **tiers-lieu** pour les projets collectifs.",
            ["Input.Profile.Website"] = "https://espace412.example/",
            ["Input.Profile.StreetAddress"] = "180, rue Dorval",
            ["Input.Profile.Locality"] = "L'Assomption",
            ["Input.Profile.PostalCode"] = "J5W 6C1",
            ["Input.Profile.Latitude"] = "45,84",
            ["Input.Profile.Longitude"] = "-73.42",
            ["Input.Profile.Priorities"] = "Youth",
            ["Input.Profile.Tags"] = " alimentation, Alimentation ,mobilité, innovation,, ",
            ["Input.IsPublic"] = "true",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await ReloadWithThemesAsync(organisation.Id);
        Assert.Equal(("https://espace412.example/", "180, rue Dorval", "L'Assomption", "J5W 6C1", 45.84, -73.42, true),
            (stored.Website, stored.StreetAddress, stored.Locality, stored.PostalCode, stored.Latitude, stored.Longitude, stored.IsPublic));
        Assert.Equal(["Innovation", "Youth", "alimentation", "mobilité"], stored.Themes.Select(t => t.Name).OrderBy(n => n, StringComparer.Ordinal));
        var details = await HtmlPage.GetAsync(client, $"/organisations/{organisation.Id}");
        Assert.Contains("Un **tiers-lieu** pour les projets collectifs.", details.Text(".description"));
        Assert.Contains("mobilité", details.Html);
    }

    [Fact]
    public async Task A_new_organisation_is_not_public_unless_chosen()
    {
        var client = await app.AdministratorClientAsync();
        var name = Unique("Privée");

        await client.SubmitMainFormAsync("/organisations/create", new Dictionary<string, string> { ["Input.Name"] = name });

        var created = await app.WithDbAsync(db => db.Organisations.SingleAsync(o => o.Name == name));
        Assert.False(created.IsPublic);
        Assert.Null(created.Latitude);
    }

    [Fact]
    public async Task Unticking_a_theme_and_clearing_the_tags_removes_them()
    {
        var organisation = await app.CreateOrganisationAsync(Unique("Thèmes"));
        await app.WithDbAsync(async db =>
        {
            db.OrganisationThemes.AddRange(
                new OrganisationTheme { OrganisationId = organisation.Id, Name = "Digital" },
                new OrganisationTheme { OrganisationId = organisation.Id, Name = "économie circulaire" });
            await db.SaveChangesAsync();
        });
        var client = await app.AdministratorClientAsync();
        var form = await HtmlPage.GetAsync(client, $"/organisations/{organisation.Id}/edit");
        Assert.NotNull(form.Document.QuerySelector("input[name='Input.Profile.Priorities'][value='Digital'][checked]"));
        Assert.Equal("économie circulaire", form.Document.QuerySelector("[name='Input.Profile.Tags']")!.GetAttribute("value"));
        form.Document.QuerySelector("input[name='Input.Profile.Priorities'][value='Digital']")!.RemoveAttribute("checked");

        var response = await form.SubmitAsync(client, "main form.stacked", new Dictionary<string, string> { ["Input.Profile.Tags"] = "" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Empty((await ReloadWithThemesAsync(organisation.Id)).Themes);
        Assert.Equal(2, (await app.ReloadAsync(organisation.Id)).Version);
    }

    [Theory]
    [InlineData("Input.Profile.Website", "javascript:alert(1)")]
    [InlineData("Input.Profile.Website", "ftp://files.example")]
    [InlineData("Input.Profile.Website", "espace412.example")]
    [InlineData("Input.Profile.Latitude", "91")]
    [InlineData("Input.Profile.Latitude", "north")]
    [InlineData("Input.Profile.Longitude", "-180.5")]
    [InlineData("Input.Profile.Latitude", "MISSING")]
    [InlineData("Input.Profile.Tags", "LONG_TAG")]
    [InlineData("Input.Profile.Tags", "MANY_TAGS")]
    [InlineData("Input.Profile.Priorities", "Sport")]
    [InlineData("Input.Profile.Description", "LONG_TEXT")]
    public async Task An_invalid_profile_shows_the_error_next_to_the_field_and_saves_nothing(string field, string value)
    {
        var organisation = await app.CreateOrganisationAsync(Unique("Invalide"));
        var client = await app.AdministratorClientAsync();
        var values = new Dictionary<string, string> { ["Input.Profile.Locality"] = "Tarnos" };
        switch (value)
        {
            case "MISSING":
                values["Input.Profile.Longitude"] = "-1.46";
                break;
            case "LONG_TAG":
                values[field] = "court, " + new string('x', 61);
                break;
            case "MANY_TAGS":
                values[field] = string.Join(", ", Enumerable.Range(1, 21).Select(i => $"thème {i}"));
                break;
            case "LONG_TEXT":
                values[field] = new string('x', Organisation.DescriptionMaxLength + 1);
                break;
            default:
                values[field] = value;
                break;
        }

        var response = await client.SubmitMainFormAsync($"/organisations/{organisation.Id}/edit", values);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await HtmlPage.FromAsync(response)).FieldError(field));
        var stored = await ReloadWithThemesAsync(organisation.Id);
        Assert.Equal((1, "", 0), (stored.Version, stored.Locality, stored.Themes.Count));
    }
}
