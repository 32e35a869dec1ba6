using System.Net;
using Passerelles.Tests.Organisations;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Tests.Directory;

public sealed class SearchTests(AppFactory app) : SearchBehaviour<AppFactory>(app);

/// <summary>The same, answered by the database's full-text search, as while the index in memory is rebuilt.</summary>
public sealed class SearchWithoutIndexTests(DatabaseSearchApp app) : SearchBehaviour<DatabaseSearchApp>(app);

public abstract class SearchBehaviour<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    [Theory]
    [InlineData("Les élèves du {0}", "eleve {0}")]
    [InlineData("Coopérative de solidarité {0}", "cooperative solidarite {0}")]
    [InlineData("Le Tube à ESS'ai {0}", "tube a essai {0}")]
    [InlineData("Le Tube à ESS'ai {0}", "TUBE À ess'ai {0}")]
    public async Task Finds_organisations_whatever_the_accents_and_case(string name, string query) => await FindsAsync(name, query);

    [Theory]
    [InlineData("L'Espace412 {0}", "espace 412 {0}")]
    [InlineData("L'Espace412 {0}", "{0} espace 412")]
    [InlineData("L'Espace412 {0}", "{0} espace41")]
    [InlineData("L'Espace 412 {0}", "espace412 {0}")]
    [InlineData("L'Espace 412 {0}", "{0} l'espace412")]
    [InlineData("Le Tube à ESS'ai {0}", "Tube-à-ESS'ai {0}")]
    [InlineData("Le Tube à ESS'ai {0}", "{0} ESSai")]
    [InlineData("Le Tube à ESSai {0}", "{0} ess'ai")]
    [InlineData("Association Habitat Jeunes Pau {0}", "Habitat-Jeunes {0}")]
    [InlineData("Habitat-Jeunes Sud Aquitaine {0}", "{0} habitat jeunes")]
    [InlineData("Habitat-Jeunes Sud Aquitaine {0}", "{0} HabitatJeunes")]
    public async Task Finds_organisations_whether_letters_and_digits_or_hyphenated_words_are_split_or_joined(string name, string query) =>
        await FindsAsync(name, query);

    private async Task FindsAsync(string name, string query)
    {
        var tag = DirectoryTesting.Tag();
        var organisation = await app.OrganisationAsync(string.Format(name, tag));
        await app.OrganisationAsync($"Unrelated {tag}");
        var client = await app.MemberClientAsync();

        var page = await HtmlPage.GetAsync(client, "/directory?q=" + Uri.EscapeDataString(string.Format(query, tag)));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal([organisation.Name], page.ResultNames());
    }

    [Fact]
    public async Task Finds_words_in_the_description_place_legal_form_and_themes_and_ranks_the_name_first()
    {
        var tag = DirectoryTesting.Tag();
        var inDescription = await app.OrganisationAsync($"Alpha {DirectoryTesting.Tag()}", o => o.Description = $"Un **tiers-lieu** {tag} à Joliette");
        var inName = await app.OrganisationAsync($"Zulu {tag}");
        var byTheme = await app.OrganisationAsync($"Theme {tag}", null, "Youth", "économie circulaire");
        var client = await app.MemberClientAsync();

        var byWord = await HtmlPage.GetAsync(client, $"/directory?q={tag}");
        var byFrenchThemeWord = await HtmlPage.GetAsync(client, $"/directory?q=jeunesse+circulaire+{tag}");
        var byPlace = await HtmlPage.GetAsync(client, $"/directory?q=joliette+tiers+{tag}");

        Assert.Contains(inName.Name, byWord.ResultNames());
        Assert.Equal(inDescription.Name, byWord.ResultNames()[^1]);
        Assert.Equal(3, byWord.ResultNames().Count);
        Assert.Equal([byTheme.Name], byFrenchThemeWord.ResultNames());
        Assert.Equal([inDescription.Name], byPlace.ResultNames());
    }

    [Fact]
    public async Task Search_follows_changes_to_names_and_themes()
    {
        var tag = DirectoryTesting.Tag();
        var organisation = await app.OrganisationAsync($"Avant {tag}");
        await app.WithDbAsync(async db =>
        {
            var o = await db.Organisations.FindAsync(organisation.Id);
            o!.Name = $"Après {tag}";
            db.OrganisationThemes.Add(new OrganisationTheme { OrganisationId = o.Id, Name = "agroalimentaire" });
            await db.SaveChangesAsync();
        });
        var client = await app.MemberClientAsync();

        Assert.Empty((await HtmlPage.GetAsync(client, $"/directory?q=avant+{tag}")).ResultNames());
        Assert.Single((await HtmlPage.GetAsync(client, $"/directory?q=apres+agroalimentaire+{tag}")).ResultNames());
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("\"unbalanced")]
    [InlineData("*")]
    [InlineData("a* OR b*")]
    [InlineData("NEAR(")]
    [InlineData("NEAR(a b, 2)")]
    [InlineData("-")]
    [InlineData("-foo")]
    [InlineData("'; DROP TABLE \"Organisations\"; --")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData(":* & | ! ( )")]
    [InlineData("^ {} [] \\ ")]
    public async Task Hostile_search_text_gives_results_or_none_and_is_shown_encoded(string query)
    {
        await app.OrganisationAsync($"Survivor {DirectoryTesting.Tag()}");
        var client = await app.MemberClientAsync();

        var page = await HtmlPage.GetAsync(client, "/directory?q=" + Uri.EscapeDataString(query));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(query, page.Document.QuerySelector("#search")!.GetAttribute("value"));
        Assert.DoesNotContain("<script>alert", page.Html);
        Assert.True(await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.Organisations)));
    }

    [Fact]
    public async Task Filters_by_side_kind_region_legal_form_and_themes()
    {
        var tag = DirectoryTesting.Tag();
        var quebec = await app.OrganisationAsync($"Q {tag}", null, "Digital");
        var france = await app.OrganisationAsync($"F {tag}", o =>
        {
            o.Side = Side.France;
            o.Region = "Nouvelle-Aquitaine";
            o.LegalForm = "SCIC";
            o.Kind = OrganisationKind.Cooperative;
        }, "Youth", "mobilité");
        var client = await app.MemberClientAsync();

        Assert.Equal([quebec.Name], (await HtmlPage.GetAsync(client, $"/directory?q={tag}&side=Quebec")).ResultNames());
        Assert.Equal([france.Name], (await HtmlPage.GetAsync(client, $"/directory?q={tag}&kind=Cooperative")).ResultNames());
        Assert.Equal([france.Name], (await HtmlPage.GetAsync(client, $"/directory?q={tag}&region=Nouvelle-Aquitaine")).ResultNames());
        Assert.Equal([france.Name], (await HtmlPage.GetAsync(client, $"/directory?q={tag}&legalForm=SCIC")).ResultNames());
        Assert.Equal([quebec.Name], (await HtmlPage.GetAsync(client, $"/directory?q={tag}&theme=Digital")).ResultNames());
        Assert.Equal([france.Name], (await HtmlPage.GetAsync(client, $"/directory?q={tag}&theme=Youth&tag=mobilit%C3%A9")).ResultNames());
        Assert.Empty((await HtmlPage.GetAsync(client, $"/directory?q={tag}&theme=Youth&theme=Digital")).ResultNames());
    }

    [Fact]
    public async Task Filters_organisations_with_a_bridge_to_the_other_side()
    {
        var tag = DirectoryTesting.Tag();
        var quebec = await app.OrganisationAsync($"Bridged Q {tag}");
        var france = await app.OrganisationAsync($"Bridged F {tag}", o => o.Side = Side.France);
        var sameSide = await app.OrganisationAsync($"Same side {tag}");
        await app.OrganisationAsync($"Alone {tag}");
        await app.BridgeAsync(quebec.Id, france.Id);
        await app.BridgeAsync(sameSide.Id, quebec.Id);
        var client = await app.MemberClientAsync();

        var page = await HtmlPage.GetAsync(client, $"/directory?q={tag}&bridged=true&sort=Name");

        Assert.Equal([france.Name, quebec.Name], page.ResultNames());
    }

    [Fact]
    public async Task Shows_25_a_page_with_the_count_and_links_to_the_next_page()
    {
        var tag = DirectoryTesting.Tag();
        for (var i = 0; i < 27; i++) await app.OrganisationAsync($"Page {tag} {i:00}");
        var client = await app.MemberClientAsync();

        var first = await HtmlPage.GetAsync(client, $"/directory?q={tag}&sort=Name");
        var next = first.Document.QuerySelector("a[rel=next]")!.GetAttribute("href")!;
        var second = await HtmlPage.GetAsync(client, next);

        Assert.Equal(25, first.ResultNames().Count);
        Assert.Contains("27", first.Text(".result-count"));
        Assert.Contains("p=2", next);
        Assert.Equal([$"Page {tag} 25", $"Page {tag} 26"], second.ResultNames());
        Assert.Null(second.Document.QuerySelector("a[rel=next]"));
    }

    [Fact]
    public async Task An_empty_search_says_so()
    {
        var client = await app.MemberClientAsync();

        var page = await HtmlPage.GetAsync(client, $"/directory?q={DirectoryTesting.Tag()}");

        Assert.NotNull(page.Document.QuerySelector(".empty"));
        Assert.Empty(page.ResultNames());
    }

    [Fact]
    public async Task Htmx_gets_the_results_alone_and_the_plain_form_gets_the_page()
    {
        var tag = DirectoryTesting.Tag();
        var organisation = await app.OrganisationAsync($"Htmx {tag}");
        var client = await app.MemberClientAsync();
        var request = new HttpRequestMessage(HttpMethod.Get, $"/directory?q={tag}");
        request.Headers.Add("HX-Request", "true");

        var partial = await HtmlPage.FromAsync(await client.SendAsync(request));
        var full = await HtmlPage.GetAsync(client, $"/directory?q={tag}");

        Assert.Equal([organisation.Name], partial.ResultNames());
        Assert.DoesNotContain("<html", partial.Html);
        Assert.Null(partial.Document.QuerySelector("form"));
        var form = full.Document.QuerySelector("form#directory-search")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("/directory", form.GetAttribute("data-hx-get"));
        Assert.Contains("input changed delay:300ms", form.GetAttribute("data-hx-trigger"));
        Assert.Equal("#results", form.GetAttribute("data-hx-target"));
        Assert.Equal("true", form.GetAttribute("data-hx-push-url"));
        Assert.Contains("HX-Request", full.Response.Headers.Vary);
    }

    [Fact]
    public async Task A_private_organisation_is_found_by_its_members_its_carriers_administrators_and_network_administrators_only()
    {
        var tag = DirectoryTesting.Tag();
        var open = await app.OrganisationAsync($"Public {tag}", o => o.Region = tag);
        var carrier = await app.OrganisationAsync($"Carrier {DirectoryTesting.Tag()}", o => o.IsPublic = false);
        var closed = await app.OrganisationAsync($"Private {tag}", o => (o.IsPublic, o.ParentId, o.Region) = (false, carrier.Id, tag));
        await app.OrganisationAsync($"Other private {tag}", o => (o.IsPublic, o.Region) = (false, tag));
        var elsewhere = await app.OrganisationAsync($"Elsewhere {DirectoryTesting.Tag()}");
        var unrelatedCoach = await app.SignedInMemberAsync(elsewhere.Id, MemberRole.Coach);
        var member = await app.SignedInMemberAsync(closed.Id, MemberRole.ProjectMember);
        var carrierAdministrator = await app.SignedInMemberAsync(carrier.Id, MemberRole.OrganisationAdministrator);
        var administrator = await app.AdministratorClientAsync();

        // Words alone (answered by the index or the full-text tables), with a filter they cannot answer, and none.
        foreach (var search in new[] { $"/directory?q={tag}&sort=Name", $"/directory?q={tag}&sort=Name&region={tag}", $"/directory?sort=Name&region={tag}" })
        {
            IReadOnlyList<string> Mine(HtmlPage page) => page.ResultNames().Where(n => n.EndsWith(tag, StringComparison.Ordinal)).ToList();

            Assert.Equal([open.Name], Mine(await HtmlPage.GetAsync(app.CreateBrowserlikeClient(), search)));
            Assert.Equal([open.Name], Mine(await HtmlPage.GetAsync(unrelatedCoach, search)));
            Assert.Equal([closed.Name, open.Name], Mine(await HtmlPage.GetAsync(member, search)));
            Assert.Equal([closed.Name, open.Name], Mine(await HtmlPage.GetAsync(carrierAdministrator, search)));
            Assert.Equal([$"Other private {tag}", closed.Name, open.Name], Mine(await HtmlPage.GetAsync(administrator, search)));
        }
    }

    [Fact]
    public async Task The_filter_lists_offer_what_the_private_organisations_a_member_sees_hold_and_nothing_of_the_others()
    {
        var (seen, unseen) = (DirectoryTesting.Tag(), DirectoryTesting.Tag());
        var closed = await app.OrganisationAsync($"Private {seen}", o => (o.IsPublic, o.Region, o.LegalForm) = (false, seen, seen), seen);
        await app.OrganisationAsync($"Other private {unseen}", o => (o.IsPublic, o.Region, o.LegalForm) = (false, unseen, unseen), unseen);
        var member = await app.SignedInMemberAsync(closed.Id, MemberRole.ProjectMember);

        var page = await HtmlPage.GetAsync(member, "/directory");

        var offered = page.Document.QuerySelectorAll("select option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Equal(3, offered.Count(value => value == seen));
        Assert.DoesNotContain(unseen, offered);
    }

    [Fact]
    public async Task Filtered_searches_follow_changes_to_an_organisations_side_kind_and_publicness()
    {
        var tag = DirectoryTesting.Tag();
        var organisation = await app.OrganisationAsync($"Ressourcerie {tag}", o =>
        {
            o.Side = Side.France;
            o.Kind = OrganisationKind.Cooperative;
            o.IsPublic = true;
        });
        var visitor = app.CreateBrowserlikeClient();
        Assert.Equal([organisation.Name], (await HtmlPage.GetAsync(visitor, $"/directory?q=ressourcerie+{tag}&side=France&kind=Cooperative")).ResultNames());

        await app.WithDbAsync(async db =>
        {
            var o = await db.Organisations.FindAsync(organisation.Id);
            o!.Side = Side.Quebec;
            o.Kind = OrganisationKind.Association;
            await db.SaveChangesAsync();
        });
        Assert.Empty((await HtmlPage.GetAsync(visitor, $"/directory?q=ressourcerie+{tag}&side=France&kind=Cooperative")).ResultNames());
        Assert.Equal([organisation.Name], (await HtmlPage.GetAsync(visitor, $"/directory?q=ressourcerie+{tag}&side=Quebec&kind=Association")).ResultNames());

        await app.WithDbAsync(async db =>
        {
            var o = await db.Organisations.FindAsync(organisation.Id);
            o!.IsPublic = false;
            await db.SaveChangesAsync();
        });
        Assert.Empty((await HtmlPage.GetAsync(visitor, $"/directory?q=ressourcerie+{tag}&side=Quebec&kind=Association")).ResultNames());
        Assert.Empty((await HtmlPage.GetAsync(await app.MemberClientAsync(), $"/directory?q=ressourcerie+{tag}&side=Quebec&kind=Association")).ResultNames());
        var member = await app.SignedInMemberAsync(organisation.Id, MemberRole.ProjectMember);
        Assert.Equal([organisation.Name], (await HtmlPage.GetAsync(member, $"/directory?q=ressourcerie+{tag}&side=Quebec&kind=Association")).ResultNames());
    }
}
