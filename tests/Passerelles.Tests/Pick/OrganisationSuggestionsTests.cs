using System.Net;
using Passerelles.Tests.Directory;
using Passerelles.Tests.Organisations;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Tests.Pick;

/// <summary>What an organisation picker suggests while a person types: the organisations they may see whose name
/// matches, as choices of the picker's field, and otherwise why none.</summary>
public sealed class OrganisationSuggestionsTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Suggestions_offer_only_the_organisations_the_person_may_see()
    {
        var tag = DirectoryTesting.Tag();
        var shown = await app.PublicOrganisationAsync($"Atelier public {tag}");
        var hidden = await app.CreateOrganisationAsync($"Atelier privé {tag}");
        var outsider = await OutsiderAsync();
        var member = await app.SignedInMemberAsync(hidden.Id, MemberRole.Coach);

        var forOutsider = await HtmlPage.GetAsync(outsider, $"/pick/organisations?pick.Input.ParentId={tag}");
        var forMember = await HtmlPage.GetAsync(member, $"/pick/organisations?pick.Input.ParentId={tag}");

        Assert.Equal(HttpStatusCode.OK, forOutsider.Status);
        Assert.Equal(["no-store", "private"], forOutsider.Response.Headers.CacheControl!.ToString().Split(", ").Order());
        Assert.Equal([shown.Id.ToString()], Choices(forOutsider));
        Assert.Equal([$"Atelier public {tag}"], forOutsider.Texts("label"));
        Assert.Equal(new[] { shown.Id.ToString(), hidden.Id.ToString() }.Order(), Choices(forMember).Order());
    }

    [Fact]
    public async Task Too_short_a_search_asks_for_more_letters()
    {
        var page = await HtmlPage.GetAsync(await OutsiderAsync(), "/pick/organisations?pick.Input.ParentId=a");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Type at least 2 letters of the name.", page.Text("p"));
        Assert.Empty(Choices(page));
    }

    [Fact]
    public async Task A_search_that_finds_nothing_says_so()
    {
        var tag = DirectoryTesting.Tag();

        var page = await HtmlPage.GetAsync(await OutsiderAsync(), $"/pick/organisations?pick.Input.ParentId={tag}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal($"No organisation matches “{tag}”.", page.Text("p"));
        Assert.Empty(Choices(page));
    }

    [Fact]
    public async Task Suggestions_answer_in_the_persons_language()
    {
        var email = $"{Guid.NewGuid():N}@test.passerelles.org";
        await app.CreateUserAsync(email, culture: "fr-CA");
        var client = await app.SignedInClientAsync(email);

        var page = await HtmlPage.GetAsync(client, "/pick/organisations?pick.Input.ParentId=a");

        Assert.Equal("Tapez au moins 2 lettres du nom.", page.Text("p"));
    }

    [Fact]
    public async Task Suggestions_need_a_field_and_a_signed_in_person()
    {
        var withoutField = await (await OutsiderAsync()).GetAsync("/pick/organisations?q=atelier");
        var anonymous = await app.CreateBrowserlikeClient().GetAsync("/pick/organisations?pick.Input.ParentId=atelier");

        Assert.Equal(HttpStatusCode.BadRequest, withoutField.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Equal("/account/login", anonymous.Headers.Location!.AbsolutePath);
    }

    /// <summary>Someone signed in, reading English, who belongs to no organisation: they see the public ones only.</summary>
    private async Task<HttpClient> OutsiderAsync()
    {
        var email = $"{Guid.NewGuid():N}@test.passerelles.org";
        await app.CreateUserAsync(email, culture: "en");
        return await app.SignedInClientAsync(email);
    }

    private static List<string> Choices(HtmlPage page) =>
        page.Document.QuerySelectorAll("input[type='radio'][name='Input.ParentId']").Select(i => i.GetAttribute("value")!).ToList();
}
