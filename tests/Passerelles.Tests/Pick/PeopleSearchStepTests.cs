using System.Net;
using Microsoft.EntityFrameworkCore;
using Passerelles.Tests.Agreements;
using Passerelles.Tests.Circles;
using Passerelles.Tests.Coaching;
using Passerelles.Tests.Directory;
using Passerelles.Web.Features.Agreements;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Features.Privacy.Transfers;
using Passerelles.Tests.Privacy.Transfers;

namespace Passerelles.Tests.Pick;

/// <summary>Without JavaScript, a person picker's search button sends the form back: the same form comes back with the
/// people found, keeping what was typed, and nothing is saved until someone is picked; the server checks the one picked
/// again. The people here read English.</summary>
public sealed class PeopleSearchStepTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Starting_a_circle_without_javascript_searches_each_co_facilitator_keeps_the_form_and_saves_those_picked()
    {
        var tag = DirectoryTesting.Tag();
        var (espace, tube) = (await app.CreateOrganisationAsync(side: Side.Quebec), await app.CreateOrganisationAsync(side: Side.France));
        var quebec = await app.PersonAsync(espace.Id, name: $"Julie {tag}");
        var france = await app.PersonAsync(tube.Id, name: $"Pierre Étcheverry {tag}");
        await app.AssessTransferAsync(espace.Id, tube.Id, TransferPurposes.Circles);
        var name = $"Cercle {tag}";
        var form = await HtmlPage.GetAsync(quebec.Client, "/circles/new");

        var search = await HtmlPage.FromAsync(await form.SubmitAsync(quebec.Client, "main form", new Dictionary<string, string>
        {
            ["Input.Name"] = name, ["Input.Purpose"] = "Entraide", ["Input.QuebecCoFacilitatorId"] = quebec.User.Id.ToString(),
            ["pick"] = "Input.FranceCoFacilitatorId", ["pick.Input.FranceCoFacilitatorId"] = $"etcheverry {tag}",
        }));
        var saved = await search.SubmitAsync(quebec.Client, "main form", new Dictionary<string, string> { ["Input.FranceCoFacilitatorId"] = france.User.Id.ToString() });

        Assert.Equal(HttpStatusCode.OK, search.Status);
        Assert.Equal([france.User.Id.ToString()], search.Document.QuerySelectorAll("input[type='radio'][name='Input.FranceCoFacilitatorId']").Select(i => i.GetAttribute("value")));
        Assert.Equal(quebec.User.Id.ToString(), search.Document.QuerySelector("input[name='Input.QuebecCoFacilitatorId'][checked]")!.GetAttribute("value"));
        Assert.Equal(name, search.Document.QuerySelector("input[name='Input.Name']")!.GetAttribute("value"));
        Assert.Equal($"etcheverry {tag}", search.Document.QuerySelector("input[name='pick.Input.FranceCoFacilitatorId']")!.GetAttribute("value"));
        Assert.Null(search.FieldError("Input.FranceCoFacilitatorId"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var circle = await app.WithDbAsync(db => db.Circles.Include(c => c.Members).SingleAsync(c => c.Name == name));
        Assert.Equal(france.User.Id, circle.CoFacilitator(Side.France)!.UserId);
    }

    [Fact]
    public async Task A_search_step_that_finds_nobody_says_so_next_to_the_field_and_saves_nothing()
    {
        var world = await app.CircleAsync();
        var form = await HtmlPage.GetAsync(world.Quebec.Client, $"/circles/{world.CircleId}/members");

        var search = await HtmlPage.FromAsync(await form.SubmitAsync(world.Quebec.Client, "main form", new Dictionary<string, string>
        {
            ["pick"] = "Input.UserId", ["pick.Input.UserId"] = "zzzz", ["Input.Side"] = "France",
        }));

        Assert.Equal(HttpStatusCode.OK, search.Status);
        Assert.Equal("Nobody matches “zzzz”.", search.FieldError("Input.UserId"));
        Assert.Equal("France", search.Document.QuerySelector("select[name='Input.Side'] option[selected]")!.GetAttribute("value"));
        Assert.Equal(3, await app.WithDbAsync(db => db.CircleMembers.CountAsync(m => m.CircleId == world.CircleId)));
    }

    [Fact]
    public async Task Adding_to_a_circle_someone_of_no_organisation_is_refused_next_to_the_field()
    {
        var world = await app.CircleAsync();
        var alone = await app.PersonAsync();
        var form = await HtmlPage.GetAsync(world.Quebec.Client, $"/circles/{world.CircleId}/members");

        var refused = await HtmlPage.FromAsync(await form.SubmitAsync(world.Quebec.Client, "main form", new Dictionary<string, string>
        {
            ["Input.UserId"] = alone.User.Id.ToString(), ["Input.Side"] = "Quebec",
        }));

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Equal("This person is not a member of an organisation of that side.", refused.FieldError("Input.Side"));
        Assert.Null(refused.Document.QuerySelector($"input[name='Input.UserId'][value='{alone.User.Id}']"));
        Assert.False(await app.WithDbAsync(db => db.CircleMembers.AnyAsync(m => m.UserId == alone.User.Id)));
    }

    [Fact]
    public async Task Editing_a_circle_shows_its_co_facilitators_by_name_without_listing_the_people()
    {
        var world = await app.CircleAsync();
        await app.PersonAsync((await app.CreateOrganisationAsync(side: Side.France)).Id, name: "Pierre Autre");

        var form = await HtmlPage.GetAsync(world.Quebec.Client, $"/circles/{world.CircleId}/edit");

        var france = form.Document.QuerySelectorAll("input[name='Input.FranceCoFacilitatorId']");
        Assert.Equal([world.France.User.Id.ToString()], france.Select(c => c.GetAttribute("value")));
        Assert.Equal("Pierre Etcheverry", france[0].ParentElement!.TextContent.Trim());
        Assert.True(france[0].HasAttribute("checked"));
        Assert.DoesNotContain("Pierre Autre", form.Html);
    }

    [Fact]
    public async Task A_commitment_s_person_is_searched_without_javascript_keeping_what_was_typed()
    {
        var world = await app.AgreementAsync();
        var article = await app.WithDbAsync(async db => (await AgreementFile.VersionAsync(db, world.AgreementId, 1))!.Articles[0].Key);
        var form = await HtmlPage.GetAsync(world.CeresoAdmin.Client, $"/agreements/{world.AgreementId}/commitments/new");

        var search = await HtmlPage.FromAsync(await form.SubmitAsync(world.CeresoAdmin.Client, "main form", new Dictionary<string, string>
        {
            ["Input.ArticleKey"] = article.ToString(), ["Input.What"] = "Co-animer une séance", ["Input.PartyId"] = world.TubeParty.ToString(),
            ["pick"] = "Input.PersonId", ["pick.Input.PersonId"] = "isabelle",
        }));
        var saved = await search.SubmitAsync(world.CeresoAdmin.Client, "main form", new Dictionary<string, string>
        {
            ["Input.PersonId"] = world.TubeAdmin.User.Id.ToString(), ["Input.DueOn"] = "2026-04-15",
        });

        Assert.Equal(HttpStatusCode.OK, search.Status);
        Assert.Equal(["", world.TubeAdmin.User.Id.ToString()], search.Document.QuerySelectorAll("input[type='radio'][name='Input.PersonId']").Select(i => i.GetAttribute("value")));
        Assert.Equal("Co-animer une séance", search.Document.QuerySelector("textarea[name='Input.What']")!.TextContent.Trim());
        Assert.Null(search.FieldError("Input.What"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(world.TubeAdmin.User.Id, await app.WithDbAsync(db => db.Commitments.Where(c => c.AgreementId == world.AgreementId).Select(c => c.PersonId).SingleAsync()));
    }
}
