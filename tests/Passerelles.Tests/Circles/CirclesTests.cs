using System.Net;
using Microsoft.EntityFrameworkCore;
using Passerelles.Tests.Coaching;
using Passerelles.Tests.Privacy.Transfers;
using Passerelles.Web.Features.Circles;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Features.Privacy.Transfers;

namespace Passerelles.Tests.Circles;

public sealed class CirclesTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Starting_a_circle_makes_its_two_co_facilitators_its_first_members()
    {
        var espace = await app.CreateOrganisationAsync(side: Side.Quebec);
        var tube = await app.CreateOrganisationAsync(side: Side.France);
        var quebec = await app.PersonAsync(espace.Id, name: "Québec Coach");
        var france = await app.PersonAsync(tube.Id, name: "France Coach");
        await app.AssessTransferAsync(espace.Id, tube.Id, TransferPurposes.Circles);

        var page = await HtmlPage.GetAsync(quebec.Client, "/circles/new");
        var response = await page.SubmitAsync(quebec.Client, "main form", new Dictionary<string, string>
        {
            ["Input.Name"] = "Cercle financement", ["Input.Purpose"] = "Entraide",
            ["Input.QuebecCoFacilitatorId"] = quebec.User.Id.ToString(), ["Input.FranceCoFacilitatorId"] = france.User.Id.ToString(),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var circle = await app.WithDbAsync(db => db.Circles.Include(c => c.Members).SingleAsync(c => c.Name == "Cercle financement"));
        Assert.Equal(quebec.User.Id, circle.CoFacilitator(Side.Quebec)!.UserId);
        Assert.Equal(france.User.Id, circle.CoFacilitator(Side.France)!.UserId);
        Assert.Null(circle.FacilitatorsProblem());
        var details = await HtmlPage.GetAsync(france.Client, response.Headers.Location!.OriginalString);
        Assert.Contains("Québec Coach", details.Html);
    }

    [Fact]
    public async Task A_circle_without_a_co_facilitator_from_France_is_refused_with_a_message_next_to_the_field()
    {
        var espace = await app.CreateOrganisationAsync(side: Side.Quebec);
        var quebec = await app.PersonAsync(espace.Id);
        var otherQuebec = await app.PersonAsync(espace.Id);

        var page = await HtmlPage.GetAsync(quebec.Client, "/circles/new");
        var response = await HtmlPage.FromAsync(await page.SubmitAsync(quebec.Client, "main form", new Dictionary<string, string>
        {
            ["Input.Name"] = "Cercle sans la France",
            ["Input.QuebecCoFacilitatorId"] = quebec.User.Id.ToString(), ["Input.FranceCoFacilitatorId"] = otherQuebec.User.Id.ToString(),
        }));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("The France co-facilitator must be a member of an organisation of the France side.", response.FieldError("Input.FranceCoFacilitatorId"));
        Assert.False(await app.WithDbAsync(db => db.Circles.AnyAsync(c => c.Name == "Cercle sans la France")));

        var none = await HtmlPage.FromAsync(await page.SubmitAsync(quebec.Client, "main form", new Dictionary<string, string>
        {
            ["Input.Name"] = "Cercle sans la France", ["Input.QuebecCoFacilitatorId"] = quebec.User.Id.ToString(), ["Input.FranceCoFacilitatorId"] = "",
        }));
        Assert.Equal(Circle.FacilitatorsRule, none.FieldError("Input.FranceCoFacilitatorId"));
    }

    [Fact]
    public async Task People_outside_a_circle_do_not_see_it_and_members_who_do_not_run_it_are_refused_its_management()
    {
        var world = await app.CircleAsync();
        var outsider = await app.PersonAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Client.GetAsync($"/circles/{world.CircleId}")).StatusCode);
        Assert.DoesNotContain(world.CircleId.ToString(), (await HtmlPage.GetAsync(outsider.Client, "/circles")).Html);
        Assert.Equal(HttpStatusCode.OK, (await world.Member.Client.GetAsync($"/circles/{world.CircleId}")).StatusCode);
        foreach (var page in new[] { "edit", "sessions/new", "series/new", "polls/new" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await world.Member.Client.GetAsync($"/circles/{world.CircleId}/{page}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.Client.GetAsync($"/circles/{world.CircleId}/{page}")).StatusCode);
        }
    }

    [Fact]
    public async Task Removing_a_member_asks_for_confirmation_and_a_co_facilitator_cannot_be_removed()
    {
        var world = await app.CircleAsync();

        var confirm = await HtmlPage.GetAsync(world.France.Client, $"/circles/{world.CircleId}/members/{world.Member.User.Id}/remove");
        Assert.Equal(HttpStatusCode.OK, confirm.Status);
        Assert.True(await app.WithDbAsync(db => db.CircleMembers.AnyAsync(m => m.UserId == world.Member.User.Id)));
        Assert.Equal(HttpStatusCode.Redirect, (await confirm.SubmitAsync(world.France.Client, "main form")).StatusCode);
        Assert.False(await app.WithDbAsync(db => db.CircleMembers.AnyAsync(m => m.UserId == world.Member.User.Id)));

        var facilitator = await HtmlPage.GetAsync(world.France.Client, $"/circles/{world.CircleId}/members/{world.Quebec.User.Id}/remove");
        var refused = await HtmlPage.FromAsync(await facilitator.SubmitAsync(world.France.Client, "main form"));
        Assert.Contains("A co-facilitator cannot be removed", refused.Html);
        Assert.True(await app.WithDbAsync(db => db.CircleMembers.AnyAsync(m => m.UserId == world.Quebec.User.Id)));
    }

    [Fact]
    public async Task A_co_facilitator_adds_a_member_only_for_a_side_they_belong_to()
    {
        var world = await app.CircleAsync();
        var espace = await app.CreateOrganisationAsync(side: Side.Quebec);
        var newcomer = await app.PersonAsync(espace.Id, MemberRole.ProjectMember);
        var tube = await app.WithDbAsync(db => db.Memberships.Where(m => m.UserId == world.France.User.Id).Select(m => m.OrganisationId).SingleAsync());
        await app.AssessTransferAsync(espace.Id, tube);

        var page = await HtmlPage.GetAsync(world.Quebec.Client, $"/circles/{world.CircleId}/members");
        var wrong = await HtmlPage.FromAsync(await page.SubmitAsync(world.Quebec.Client, "main form", new Dictionary<string, string>
        {
            ["Input.UserId"] = newcomer.User.Id.ToString(), ["Input.Side"] = "France",
        }));
        Assert.Equal("This person is not a member of an organisation of that side.", wrong.FieldError("Input.Side"));

        var added = await page.SubmitAsync(world.Quebec.Client, "main form", new Dictionary<string, string>
        {
            ["Input.UserId"] = newcomer.User.Id.ToString(), ["Input.Side"] = "Quebec",
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(Side.Quebec, await app.WithDbAsync(db => db.CircleMembers.Where(m => m.UserId == newcomer.User.Id).Select(m => m.Side).SingleAsync()));
    }
}
