using System.Net;
using Passerelles.Tests.Agreements;
using Passerelles.Tests.Circles;
using Passerelles.Tests.Coaching;
using Passerelles.Tests.Directory;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Tests.Pick;

/// <summary>What a person picker suggests while someone types: only the people they may pick for that field of that
/// record, whose name matches without regard to accents or case; and, to whoever may not edit the record, the answer its
/// own page gives them.</summary>
public sealed class PeopleSuggestionsTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_circle_s_new_member_is_suggested_among_members_of_an_organisation_not_yet_in_the_circle()
    {
        var tag = DirectoryTesting.Tag();
        var world = await app.CircleAsync();
        var espace = await app.CreateOrganisationAsync(side: Side.Quebec);
        var tube = await app.CreateOrganisationAsync(side: Side.France);
        var elodie = await app.PersonAsync(espace.Id, MemberRole.ProjectMember, $"Élodie {tag}");
        var eric = await app.PersonAsync(tube.Id, MemberRole.Coach, $"Éric {tag}");
        var alone = await app.PersonAsync(name: $"Sans organisation {tag}");
        await app.AddMemberAsync(espace.Id, world.Member.User.Id, MemberRole.Coach);
        await app.WithDbAsync(async db =>
        {
            var member = await db.Users.FindAsync(world.Member.User.Id);
            member!.DisplayName = $"Amaia {tag}";
            await db.SaveChangesAsync();
        });

        var all = await HtmlPage.GetAsync(world.Quebec.Client, $"/pick/people?circle={world.CircleId}&pick.Input.UserId={tag.ToUpperInvariant()}");
        var accents = await HtmlPage.GetAsync(world.Quebec.Client, $"/pick/people?circle={world.CircleId}&pick.Input.UserId=elodie%20{tag}");

        Assert.Equal(HttpStatusCode.OK, all.Status);
        Assert.Equal(["no-store", "private"], all.Response.Headers.CacheControl!.ToString().Split(", ").Order());
        Assert.Equal([elodie.User.Id.ToString(), eric.User.Id.ToString()], Choices(all, "Input.UserId"));
        Assert.Equal([$"Élodie {tag}", $"Éric {tag}"], all.Texts("label"));
        Assert.DoesNotContain(alone.User.Id.ToString(), all.Html);
        Assert.Equal([elodie.User.Id.ToString()], Choices(accents, "Input.UserId"));
    }

    [Fact]
    public async Task Only_those_who_run_the_circle_get_suggestions_and_others_get_the_answer_its_pages_give_them()
    {
        var world = await app.CircleAsync();
        var outsider = await app.PersonAsync(await OrganisationIdAsync(Side.Quebec));
        var url = $"/pick/people?circle={world.CircleId}&pick.Input.UserId=tremblay";

        var member = await world.Member.Client.GetAsync(url);
        var stranger = await outsider.Client.GetAsync(url);
        var unknown = await world.Quebec.Client.GetAsync($"/pick/people?circle={Guid.NewGuid()}&pick.Input.UserId=tremblay");
        var anonymous = await app.CreateBrowserlikeClient().GetAsync(url);
        var withoutField = await world.Quebec.Client.GetAsync($"/pick/people?circle={world.CircleId}");
        var withoutRecord = await world.Quebec.Client.GetAsync("/pick/people?pick.Input.UserId=tremblay");

        Assert.Equal(HttpStatusCode.Forbidden, member.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Equal("/account/login", anonymous.Headers.Location!.AbsolutePath);
        Assert.Equal(HttpStatusCode.BadRequest, withoutField.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, withoutRecord.StatusCode);
    }

    [Fact]
    public async Task A_co_facilitator_is_suggested_among_members_of_an_organisation_of_that_side_to_those_who_may_start_a_circle()
    {
        var tag = DirectoryTesting.Tag();
        var quebec = await app.PersonAsync(await OrganisationIdAsync(Side.Quebec), name: $"Julie {tag}");
        var france = await app.PersonAsync(await OrganisationIdAsync(Side.France), name: $"Pierre {tag}");
        var projectMember = await app.PersonAsync(await OrganisationIdAsync(Side.France), MemberRole.ProjectMember, $"Amaia {tag}");

        var forFrance = await HtmlPage.GetAsync(quebec.Client, $"/pick/people?side=France&pick.Input.FranceCoFacilitatorId={tag}");
        var forQuebec = await HtmlPage.GetAsync(quebec.Client, $"/pick/people?side=Quebec&pick.Input.QuebecCoFacilitatorId={tag}");
        var refused = await projectMember.Client.GetAsync($"/pick/people?side=France&pick.Input.FranceCoFacilitatorId={tag}");

        Assert.Equal(new[] { france.User.Id.ToString(), projectMember.User.Id.ToString() }.Order(), Choices(forFrance, "Input.FranceCoFacilitatorId").Order());
        Assert.Equal([quebec.User.Id.ToString()], Choices(forQuebec, "Input.QuebecCoFacilitatorId"));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task A_commitment_s_person_is_suggested_among_the_parties_members_to_its_drafters_only()
    {
        var world = await app.AgreementAsync();
        var outsider = await app.PersonAsync(await OrganisationIdAsync(Side.Quebec), name: "Geneviève Hors-réseau");
        var url = $"/pick/people?agreement={world.AgreementId}&pick.Input.PersonId=genevieve";

        var drafter = await HtmlPage.GetAsync(world.TubeAdmin.Client, url);
        var darrigade = await HtmlPage.GetAsync(world.CeresoAdmin.Client, url.Replace("genevieve", "DARRIGADE"));
        var stranger = await outsider.Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, drafter.Status);
        Assert.Equal([world.CeresoAdmin.User.Id.ToString()], Choices(drafter, "Input.PersonId"));
        Assert.Equal([$"Geneviève Gagnon ({world.Cereso.Name})"], drafter.Texts("label"));
        Assert.Equal([world.TubeAdmin.User.Id.ToString()], Choices(darrigade, "Input.PersonId"));
        Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
    }

    [Fact]
    public async Task A_search_that_finds_nobody_says_so_in_the_person_s_language()
    {
        var world = await app.CircleAsync();
        await app.WithDbAsync(async db =>
        {
            (await db.Users.FindAsync(world.Quebec.User.Id))!.PreferredCulture = "fr-CA";
            await db.SaveChangesAsync();
        });
        var client = await app.SignedInClientAsync(world.Quebec.User.Email!);

        var nobody = await HtmlPage.GetAsync(client, $"/pick/people?circle={world.CircleId}&pick.Input.UserId=zzzz");
        var tooShort = await HtmlPage.GetAsync(client, $"/pick/people?circle={world.CircleId}&pick.Input.UserId=z");

        Assert.Equal("Personne ne correspond à «\u00a0zzzz\u00a0».", nobody.Text("p"));
        Assert.Equal("Tapez au moins 2 lettres du nom.", tooShort.Text("p"));
    }

    private async Task<Guid> OrganisationIdAsync(Side side) => (await app.CreateOrganisationAsync(side: side)).Id;

    private static IReadOnlyList<string?> Choices(HtmlPage page, string field) =>
        page.Document.QuerySelectorAll($"input[type='radio'][name='{field}']").Select(i => i.GetAttribute("value")).ToList();
}
