using System.Net;
using Microsoft.EntityFrameworkCore;
using Passerelles.Tests.Directory;
using Passerelles.Tests.Organisations;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Tests.Pick;

/// <summary>Without JavaScript, a picker's search button sends the form back: the server answers the same form with the
/// matching choices, keeping everything typed, and saving waits for the person to pick. What is saved is checked
/// again on the server. The network administrator and the coach here read Québec French, the default.</summary>
public sealed class SearchStepTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Searching_a_carrier_without_javascript_offers_the_matches_keeps_the_form_and_saves_the_one_picked()
    {
        var tag = DirectoryTesting.Tag();
        var carrier = await app.PublicOrganisationAsync($"Cégep {tag}");
        var administrator = await app.AdministratorClientAsync();
        var form = await HtmlPage.GetAsync(administrator, "/organisations/create");
        var name = OrganisationsTesting.Unique("Tiers-lieu");

        var search = await HtmlPage.FromAsync(await form.SubmitAsync(administrator, "main form.stacked", new Dictionary<string, string>
        {
            ["Input.Name"] = name, ["Input.Region"] = "Lanaudière", ["pick"] = "Input.ParentId", ["pick.Input.ParentId"] = tag,
        }));
        var saved = await search.SubmitAsync(administrator, "main form.stacked", new Dictionary<string, string> { ["Input.ParentId"] = carrier.Id.ToString() });

        Assert.Equal(HttpStatusCode.OK, search.Status);
        Assert.Equal([carrier.Id.ToString()], search.Document.QuerySelectorAll("input[type='radio'][name='Input.ParentId']:not([value=''])").Select(i => i.GetAttribute("value")));
        Assert.Equal(name, search.Document.QuerySelector("input[name='Input.Name']")!.GetAttribute("value"));
        Assert.Equal("Lanaudière", search.Document.QuerySelector("input[name='Input.Region']")!.GetAttribute("value"));
        Assert.Equal(tag, search.Document.QuerySelector("input[name='pick.Input.ParentId']")!.GetAttribute("value"));
        Assert.Null(search.FieldError("Input.ParentId"));
        Assert.False(await app.WithDbAsync(db => db.Organisations.AnyAsync(o => o.Name == name && o.ParentId == null)));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(carrier.Id, await app.WithDbAsync(db => db.Organisations.Where(o => o.Name == name).Select(o => o.ParentId).SingleAsync()));
    }

    [Fact]
    public async Task A_search_step_that_finds_nothing_says_so_next_to_the_field_and_keeps_what_was_typed()
    {
        var tag = DirectoryTesting.Tag();
        var administrator = await app.AdministratorClientAsync();
        var form = await HtmlPage.GetAsync(administrator, "/organisations/create");
        var name = OrganisationsTesting.Unique("Atelier");

        var search = await HtmlPage.FromAsync(await form.SubmitAsync(administrator, "main form.stacked", new Dictionary<string, string>
        {
            ["Input.Name"] = name, ["pick"] = "Input.ParentId", ["pick.Input.ParentId"] = tag,
        }));
        var tooShort = await HtmlPage.FromAsync(await form.SubmitAsync(administrator, "main form.stacked", new Dictionary<string, string>
        {
            ["Input.Name"] = "", ["pick"] = "Input.ParentId", ["pick.Input.ParentId"] = "c",
        }));

        Assert.Equal(HttpStatusCode.OK, search.Status);
        Assert.Equal($"Aucune organisation ne correspond à «\u00a0{tag}\u00a0».", search.FieldError("Input.ParentId"));
        Assert.Equal(name, search.Document.QuerySelector("input[name='Input.Name']")!.GetAttribute("value"));
        Assert.Equal("Tapez au moins 2 lettres du nom.", tooShort.FieldError("Input.ParentId"));
        Assert.Null(tooShort.FieldError("Input.Name"));
        Assert.False(await app.WithDbAsync(db => db.Organisations.AnyAsync(o => o.Name == name)));
    }

    [Fact]
    public async Task A_bridge_to_an_organisation_the_person_may_not_see_is_refused_next_to_the_field()
    {
        var own = await app.PublicOrganisationAsync(OrganisationsTesting.Unique("Espace"));
        var hidden = await app.CreateOrganisationAsync(OrganisationsTesting.Unique("Privée"), Side.France);
        var coach = await app.SignedInMemberAsync(own.Id, MemberRole.Coach);
        var form = await HtmlPage.GetAsync(coach, $"/bridges/new?from={own.Id}");

        var response = await HtmlPage.FromAsync(await form.SubmitAsync(coach, "main form.stacked", new Dictionary<string, string>
        {
            ["Input.ToOrganisationId"] = hidden.Id.ToString(), ["Input.Kind"] = "Partnership",
        }));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("Cette organisation ne fait pas partie du réseau.", response.FieldError("Input.ToOrganisationId"));
        Assert.Null(response.Document.QuerySelector($"input[name='Input.ToOrganisationId'][value='{hidden.Id}']"));
        Assert.Equal(own.Id.ToString(), response.Document.QuerySelector("input[name='Input.FromOrganisationId'][checked]")!.GetAttribute("value"));
        Assert.False(await app.WithDbAsync(db => db.Bridges.AnyAsync(b => b.ToOrganisationId == hidden.Id || b.FromOrganisationId == hidden.Id)));
    }

    [Fact]
    public async Task Editing_shows_the_current_carrier_by_name_without_listing_the_directory()
    {
        var tag = DirectoryTesting.Tag();
        var carrier = await app.PublicOrganisationAsync($"Cégep {tag}");
        var carried = await app.PublicOrganisationAsync(OrganisationsTesting.Unique("Espace"));
        await app.PublicOrganisationAsync($"Autre {tag}");
        await app.CarryAsync(carrier.Id, carried.Id);

        var form = await HtmlPage.GetAsync(await app.AdministratorClientAsync(), $"/organisations/{carried.Id}/edit");

        var choices = form.Document.QuerySelectorAll("input[name='Input.ParentId']");
        Assert.Equal([carrier.Id.ToString(), ""], choices.Select(c => c.GetAttribute("value")));
        Assert.Equal($"Cégep {tag}", choices[0].ParentElement!.TextContent.Trim());
        Assert.True(choices[0].HasAttribute("checked"));
    }
}
