using System.Net;
using System.Text.Json;
using Passerelles.Tests.Organisations;
using Passerelles.Web.Features.Bridges;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Tests.Directory;

public sealed class ProfileTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Shows_identity_address_website_themes_and_bridges_of_a_public_organisation_to_visitors()
    {
        var tag = DirectoryTesting.Tag();
        var organisation = await app.OrganisationAsync($"L'Espace412 {tag}", o =>
        {
            o.Kind = OrganisationKind.Incubator;
            o.StreetAddress = "180, rue Dorval";
            o.Locality = "L'Assomption";
            o.PostalCode = "J5W 6C1";
            o.Latitude = 45.8237;
            o.Longitude = -73.4289;
            o.Website = "https://espace412.example.org/";
        }, "Innovation", "tiers-lieu");
        var france = await app.OrganisationAsync($"Le Tube à ESS'ai {tag}", o => o.Side = Side.France);
        await app.BridgeAsync(organisation.Id, france.Id, BridgeKind.Agreement);

        var page = await HtmlPage.GetAsync(app.CreateBrowserlikeClient(), $"/directory/{organisation.Id}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.StartsWith(organisation.Name, page.Text("h1"));
        Assert.Contains("180, rue Dorval", page.Text("address"));
        Assert.Contains("45.8237, -73.4289", page.Html);
        var website = page.Document.QuerySelector("a[href='https://espace412.example.org/']")!;
        Assert.Equal("noopener nofollow", website.GetAttribute("rel"));
        Assert.Contains("tiers-lieu", page.Texts(".tags li"));
        Assert.Contains(france.Name, page.Text("#bridges ~ .table-wrap"));
        Assert.NotNull(page.Document.QuerySelector($"a[href='/bridges?organisation={organisation.Id}']"));
        Assert.NotNull(page.Document.QuerySelector($"a[href='/directory/{france.Id}']"));
        var apply = await HtmlPage.GetAsync(app.CreateBrowserlikeClient(), page.Document.QuerySelector("a[href^='/projects/apply']")!.GetAttribute("href")!);
        Assert.Equal(HttpStatusCode.OK, apply.Status);
        Assert.Equal(organisation.Id.ToString(), apply.Document.QuerySelector("input[name='Input.IncubatorId'][checked]")?.GetAttribute("value"));
        var plain = await HtmlPage.GetAsync(app.CreateBrowserlikeClient(), $"/directory/{france.Id}");
        Assert.Null(plain.Document.QuerySelector("a[href^='/projects/apply']"));
    }

    [Fact]
    public async Task A_private_organisation_answers_as_an_unknown_one_to_all_but_its_members_its_carriers_administrators_and_network_administrators()
    {
        var carrier = await app.OrganisationAsync($"Carrier {DirectoryTesting.Tag()}", o => o.IsPublic = false);
        var closed = await app.OrganisationAsync($"Private {DirectoryTesting.Tag()}", o => (o.IsPublic, o.ParentId) = (false, carrier.Id));
        var elsewhere = await app.OrganisationAsync($"Elsewhere {DirectoryTesting.Tag()}");
        var visitor = app.CreateBrowserlikeClient();
        var unrelatedCoach = await app.SignedInMemberAsync(elsewhere.Id, MemberRole.Coach);
        var member = await app.SignedInMemberAsync(closed.Id, MemberRole.ProjectMember);
        var carrierAdministrator = await app.SignedInMemberAsync(carrier.Id, MemberRole.OrganisationAdministrator);

        var privateOne = await visitor.GetAsync($"/directory/{closed.Id}");
        var unknown = await visitor.GetAsync($"/directory/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.Redirect, privateOne.StatusCode);
        Assert.Contains("/account/login", privateOne.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, unknown.StatusCode);
        Assert.Contains("/account/login", unknown.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, (await unrelatedCoach.GetAsync($"/directory/{closed.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await unrelatedCoach.GetAsync($"/directory/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync($"/directory/{closed.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await carrierAdministrator.GetAsync($"/directory/{closed.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await app.AdministratorClientAsync()).GetAsync($"/directory/{closed.Id}")).StatusCode);
    }

    [Fact]
    public async Task A_bridge_to_a_private_organisation_shows_on_a_public_profile_to_those_who_may_see_it_only()
    {
        var open = await app.OrganisationAsync($"Open {DirectoryTesting.Tag()}");
        var carrier = await app.OrganisationAsync($"Carrier {DirectoryTesting.Tag()}", o => o.IsPublic = false);
        var closed = await app.OrganisationAsync($"Closed {DirectoryTesting.Tag()}", o => (o.IsPublic, o.Side, o.ParentId) = (false, Side.France, carrier.Id));
        var elsewhere = await app.OrganisationAsync($"Elsewhere {DirectoryTesting.Tag()}");
        await app.BridgeAsync(open.Id, closed.Id);
        var unrelatedCoach = await app.SignedInMemberAsync(elsewhere.Id, MemberRole.Coach);
        var member = await app.SignedInMemberAsync(closed.Id, MemberRole.ProjectMember);
        var carrierAdministrator = await app.SignedInMemberAsync(carrier.Id, MemberRole.OrganisationAdministrator);

        Assert.DoesNotContain(closed.Name, (await HtmlPage.GetAsync(app.CreateBrowserlikeClient(), $"/directory/{open.Id}")).Html);
        Assert.DoesNotContain(closed.Name, (await HtmlPage.GetAsync(unrelatedCoach, $"/directory/{open.Id}")).Html);
        Assert.Contains(closed.Name, (await HtmlPage.GetAsync(member, $"/directory/{open.Id}")).Html);
        Assert.Contains(closed.Name, (await HtmlPage.GetAsync(carrierAdministrator, $"/directory/{open.Id}")).Html);
    }

    [Fact]
    public async Task Lists_only_the_people_whose_consent_stands_and_only_to_members()
    {
        var organisation = await app.OrganisationAsync($"People {DirectoryTesting.Tag()}");
        await app.PersonAsync(organisation.Id, "Consenting Person", "Chargée de projet", consented: true);
        await app.PersonAsync(organisation.Id, "Silent Person", "Coordinator", consented: false);
        await app.PersonAsync(organisation.Id, "Withdrawn Person", "Director", consented: true, withdrawn: true);
        var member = await app.MemberClientAsync();

        var asMember = await HtmlPage.GetAsync(member, $"/directory/{organisation.Id}");
        var asVisitor = await HtmlPage.GetAsync(app.CreateBrowserlikeClient(), $"/directory/{organisation.Id}");

        Assert.Equal(["Consenting Person — Chargée de projet"], asMember.Texts("#people ~ ul li"));
        Assert.DoesNotContain("Silent Person", asMember.Html);
        Assert.DoesNotContain("Withdrawn Person", asMember.Html);
        Assert.DoesNotContain("Consenting Person", asVisitor.Html);
    }

    [Fact]
    public async Task Renders_the_description_from_markdown_without_scripts_handlers_or_javascript_links()
    {
        var organisation = await app.OrganisationAsync($"Markdown {DirectoryTesting.Tag()}", o => o.Description = """
            ## Mission
            Un **incubateur** en économie sociale. [site](https://example.org) [bad](javascript:alert(1))
            <script>alert('x')</script>
            <img src=x onerror="alert(2)">
            <a href="#" onclick="alert(3)">click</a>
            """);

        var page = await HtmlPage.GetAsync(app.CreateBrowserlikeClient(), $"/directory/{organisation.Id}");

        var description = page.Document.QuerySelector(".profile-description")!;
        Assert.Equal("incubateur", description.QuerySelector("strong")!.TextContent);
        Assert.Equal("noopener nofollow", description.QuerySelector("a[href='https://example.org']")!.GetAttribute("rel"));
        Assert.Empty(description.QuerySelectorAll("script, img, [onerror], [onclick], a[href^='javascript']"));
        Assert.DoesNotContain("javascript:", description.InnerHtml);
    }

    [Fact]
    public async Task Embeds_schema_org_json_ld_that_a_closing_script_tag_cannot_break()
    {
        var parent = await app.OrganisationAsync($"Cégep régional {DirectoryTesting.Tag()}");
        var network = await app.OrganisationAsync($"Réseau {DirectoryTesting.Tag()}");
        var organisation = await app.OrganisationAsync($"CERESO </script><script>alert(1)</script> {DirectoryTesting.Tag()}", o =>
        {
            o.ParentId = parent.Id;
            o.Description = "Innovation sociale </script><script>alert(2)</script>";
            o.Website = "https://cereso.example.org";
            o.Locality = "L'Assomption";
            o.Latitude = 45.8;
            o.Longitude = -73.4;
        });
        await app.BridgeAsync(organisation.Id, network.Id, BridgeKind.Membership);

        var page = await HtmlPage.GetAsync(app.CreateBrowserlikeClient(), $"/directory/{organisation.Id}");

        var scripts = page.Document.QuerySelectorAll("script[type='application/ld+json']");
        Assert.Single(scripts);
        Assert.Empty(page.Document.QuerySelectorAll("script:not([type='application/ld+json']):not([src])"));
        using var json = JsonDocument.Parse(scripts[0].TextContent);
        var root = json.RootElement;
        Assert.Equal("Organization", root.GetProperty("@type").GetString());
        Assert.Equal(organisation.Name, root.GetProperty("name").GetString());
        Assert.Contains("</script>", root.GetProperty("description").GetString());
        Assert.Equal("PostalAddress", root.GetProperty("address").GetProperty("@type").GetString());
        Assert.Equal(45.8, root.GetProperty("geo").GetProperty("latitude").GetDouble());
        Assert.Equal("https://cereso.example.org/", root.GetProperty("sameAs")[0].GetString());
        Assert.Equal(parent.Name, root.GetProperty("parentOrganization").GetProperty("name").GetString());
        Assert.Equal(network.Name, root.GetProperty("memberOf")[0].GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,<b>x</b>")]
    [InlineData("//evil.example.org")]
    [InlineData("ftp://files.example.org")]
    public async Task A_website_that_is_not_an_http_address_is_not_linked(string website)
    {
        var organisation = await app.OrganisationAsync($"Site {DirectoryTesting.Tag()}", o => o.Website = website);

        var page = await HtmlPage.GetAsync(app.CreateBrowserlikeClient(), $"/directory/{organisation.Id}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Empty(page.Document.QuerySelectorAll("main a[rel='noopener nofollow']"));
    }
}
