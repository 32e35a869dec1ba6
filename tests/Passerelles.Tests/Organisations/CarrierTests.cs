using System.Net;
using Microsoft.EntityFrameworkCore;
using Passerelles.Web.Features.Organisations;
using static Passerelles.Tests.Organisations.OrganisationsTesting;

namespace Passerelles.Tests.Organisations;

/// <summary>The administrators of a carrier act for the organisations it carries, as far down as the chain goes; a
/// private organisation is seen by its members, its carriers' administrators and network administrators only.</summary>
public sealed class CarrierTests(AppFactory app) : IClassFixture<AppFactory>
{
    /// <summary>A carrier, an organisation it carries and one that organisation carries in turn, all private.</summary>
    private async Task<(Organisation Carrier, Organisation Middle, Organisation Carried)> ChainAsync()
    {
        var carrier = await app.CreateOrganisationAsync(Unique("Cégep"));
        var middle = await app.CreateOrganisationAsync(Unique("CERESO"));
        var carried = await app.CreateOrganisationAsync(Unique("Espace"));
        await app.CarryAsync(carrier.Id, middle.Id);
        await app.CarryAsync(middle.Id, carried.Id);
        return (carrier, middle, carried);
    }

    [Fact]
    public async Task The_administrator_of_a_carrier_edits_the_organisations_it_carries_down_the_chain()
    {
        var (carrier, _, carried) = await ChainAsync();
        var administrator = await app.SignedInMemberAsync(carrier.Id, MemberRole.OrganisationAdministrator);

        var response = await administrator.SubmitMainFormAsync($"/organisations/{carried.Id}/edit", new Dictionary<string, string>
        {
            ["Input.Region"] = "Laurentides",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("Laurentides", (await app.ReloadAsync(carried.Id)).Region);
        var page = await HtmlPage.GetAsync(administrator, $"/organisations/{carried.Id}");
        Assert.NotNull(page.Document.QuerySelector($"a[href='/organisations/{carried.Id}/edit']"));
        Assert.NotNull(page.Document.QuerySelector($"a[href='/organisations/{carried.Id}/members']"));
    }

    [Fact]
    public async Task The_administrator_of_a_carrier_manages_the_members_and_invitations_of_what_it_carries()
    {
        var (carrier, _, carried) = await ChainAsync();
        var administrator = await app.SignedInMemberAsync(carrier.Id, MemberRole.OrganisationAdministrator);
        var email = $"{Guid.NewGuid():N}@test.passerelles.org";

        var page = await HtmlPage.GetAsync(administrator, $"/organisations/{carried.Id}/members");
        var response = await page.SubmitAsync(administrator, "form.invite", new Dictionary<string, string>
        {
            ["Invite.Email"] = email,
            ["Invite.Role"] = nameof(MemberRole.Coach),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.Invitations.CountAsync(i => i.OrganisationId == carried.Id && i.Email == email)));
    }

    [Fact]
    public async Task The_administrator_of_a_carrier_decides_the_proposals_made_to_what_it_carries()
    {
        var (carrier, middle, _) = await ChainAsync();
        var member = await app.SignedInMemberAsync(middle.Id, MemberRole.ProjectMember);
        var administrator = await app.SignedInMemberAsync(carrier.Id, MemberRole.OrganisationAdministrator);
        await member.SubmitMainFormAsync($"/organisations/{middle.Id}/propose", new Dictionary<string, string> { ["Input.Locality"] = "Joliette" });

        var page = await HtmlPage.GetAsync(administrator, $"/organisations/{middle.Id}/proposals");
        var response = await page.SubmitAsync(administrator, "form[action*='handler=Approve']", new Dictionary<string, string> { ["note"] = "" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("Joliette", (await app.ReloadAsync(middle.Id)).Locality);
    }

    [Fact]
    public async Task Only_network_administrators_change_an_organisations_carrier()
    {
        var (carrier, middle, carried) = await ChainAsync();
        var elsewhere = await app.PublicOrganisationAsync(Unique("Ailleurs"));
        var carrierAdministrator = await app.SignedInMemberAsync(carrier.Id, MemberRole.OrganisationAdministrator);
        var ownAdministrator = await app.SignedInMemberAsync(carried.Id, MemberRole.OrganisationAdministrator);

        foreach (var client in new[] { carrierAdministrator, ownAdministrator })
        {
            var form = await HtmlPage.GetAsync(client, $"/organisations/{carried.Id}/edit");
            Assert.Null(form.Document.QuerySelector($"[name='Input.ParentId'][value='{elsewhere.Id}']"));
            var response = await form.SubmitAsync(client, "main form.stacked", new Dictionary<string, string> { ["Input.ParentId"] = elsewhere.Id.ToString() });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.NotNull((await HtmlPage.FromAsync(response)).FieldError("Input.ParentId"));
        }
        Assert.Equal(middle.Id, (await app.ReloadAsync(carried.Id)).ParentId);
    }

    [Fact]
    public async Task A_private_organisation_is_seen_by_its_members_and_its_carriers_administrators_and_not_found_by_others()
    {
        var (carrier, _, carried) = await ChainAsync();
        var carrierAdministrator = await app.SignedInMemberAsync(carrier.Id, MemberRole.OrganisationAdministrator);
        var carrierCoach = await app.SignedInMemberAsync(carrier.Id, MemberRole.Coach);
        var member = await app.SignedInMemberAsync(carried.Id, MemberRole.ProjectMember);
        var unrelatedCoach = await app.SignedInMemberAsync((await app.PublicOrganisationAsync(Unique("Ailleurs"))).Id, MemberRole.Coach);
        var search = "/organisations?q=" + Uri.EscapeDataString(carried.Name);

        foreach (var client in new[] { carrierAdministrator, member })
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/organisations/{carried.Id}")).StatusCode);
            Assert.Equal([carried.Name], (await HtmlPage.GetAsync(client, search)).Texts("tbody tr td a:first-child").Take(1));
        }
        foreach (var client in new[] { carrierCoach, unrelatedCoach })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/organisations/{carried.Id}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/organisations/{carried.Id}/members")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/organisations/{carried.Id}/propose")).StatusCode);
            Assert.DoesNotContain(carried.Name, (await HtmlPage.GetAsync(client, search)).Texts("tbody tr td a"));
        }
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync($"/organisations/{carried.Id}/edit")).StatusCode);
    }
}
