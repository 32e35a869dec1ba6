using System.Net;
using Passerelles.Web.Features.Organisations;
using static Passerelles.Tests.Organisations.OrganisationsTesting;

namespace Passerelles.Tests.Organisations;

public sealed class IndexTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Any_signed_in_person_sees_the_organisations_with_their_side_and_carrier()
    {
        var carrier = await app.PublicOrganisationAsync(Unique("Carrier"), Side.France);
        var carried = await app.PublicOrganisationAsync(Unique("Carried"), Side.France);
        await app.WithDbAsync(async db =>
        {
            (await db.Organisations.FindAsync(carried.Id))!.ParentId = carrier.Id;
            await db.SaveChangesAsync();
        });
        var client = await app.SignedInClientAsync((await app.CreateUserAsync($"{Guid.NewGuid():N}@test.org")).Email!);

        var page = await HtmlPage.GetAsync(client, "/organisations?q=" + Uri.EscapeDataString(carried.Name));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var row = page.Document.QuerySelector("tbody tr")!;
        Assert.Equal(carried.Name, row.QuerySelector("td a")!.TextContent);
        Assert.Equal($"/organisations/{carried.Id}", row.QuerySelector("td a")!.GetAttribute("href"));
        Assert.NotNull(row.QuerySelector(".badge.side-France"));
        Assert.Contains(carrier.Name, row.TextContent);
        Assert.Empty(page.Document.QuerySelectorAll("a[href='/organisations/create']"));
    }

    [Fact]
    public async Task Search_ignores_case_and_accents()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var organisation = await app.PublicOrganisationAsync($"Café Économie {tag}");
        var client = await app.AdministratorClientAsync();

        var page = await HtmlPage.GetAsync(client, $"/organisations?q=cafe+ECONOMIE+{tag}");

        Assert.Equal([organisation.Name], page.Texts("tbody td:first-child"));
    }

    [Fact]
    public async Task Filters_by_side_and_kind()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var quebec = await app.PublicOrganisationAsync($"Filter {tag} Q", Side.Quebec);
        await app.PublicOrganisationAsync($"Filter {tag} France", Side.France);
        var funder = await app.PublicOrganisationAsync($"Filter {tag} Funder", Side.France);
        await app.WithDbAsync(async db =>
        {
            (await db.Organisations.FindAsync(funder.Id))!.Kind = OrganisationKind.Funder;
            await db.SaveChangesAsync();
        });
        var client = await app.AdministratorClientAsync();

        var bySide = await HtmlPage.GetAsync(client, $"/organisations?q={tag}&side=Quebec");
        var byKind = await HtmlPage.GetAsync(client, $"/organisations?q={tag}&side=France&kind=Funder");

        Assert.Equal([quebec.Name], bySide.Texts("tbody td:first-child"));
        Assert.Equal([funder.Name], byKind.Texts("tbody td:first-child"));
    }

    [Fact]
    public async Task Sorts_by_name_both_ways_and_marks_the_sorted_column()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        await app.PublicOrganisationAsync($"Sort {tag} Bravo");
        await app.PublicOrganisationAsync($"Sort {tag} alpha");
        await app.PublicOrganisationAsync($"Sort {tag} Charlie", Side.France);
        var client = await app.AdministratorClientAsync();

        var ascending = await HtmlPage.GetAsync(client, $"/organisations?q={tag}");
        var descending = await HtmlPage.GetAsync(client, $"/organisations?q={tag}&descending=true");
        var bySide = await HtmlPage.GetAsync(client, $"/organisations?q={tag}&sort=side");

        Assert.Equal(["alpha", "Bravo", "Charlie"], ascending.Texts("tbody td:first-child").Select(n => n.Split(' ')[^1]));
        Assert.Equal("ascending", ascending.Document.QuerySelector("th[aria-sort]")!.GetAttribute("aria-sort"));
        Assert.Equal(["Charlie", "Bravo", "alpha"], descending.Texts("tbody td:first-child").Select(n => n.Split(' ')[^1]));
        Assert.Equal("descending", descending.Document.QuerySelector("th[aria-sort]")!.GetAttribute("aria-sort"));
        Assert.Equal("Charlie", bySide.Texts("tbody td:first-child")[0].Split(' ')[^1]);
        Assert.Single(bySide.Document.QuerySelectorAll("th[aria-sort]"));
        Assert.Equal("side", bySide.Document.QuerySelector("#results input[name=sort][form=filters]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Pages_hold_25_organisations_and_say_which_page_is_shown()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        for (var i = 1; i <= 27; i++) await app.PublicOrganisationAsync($"Paging {tag} {i:00}");
        var client = await app.AdministratorClientAsync();

        var first = await HtmlPage.GetAsync(client, $"/organisations?q={tag}");
        var second = await HtmlPage.GetAsync(client, first.Document.QuerySelector("a[rel=next]")!.GetAttribute("href")!);

        Assert.Equal(25, first.Document.QuerySelectorAll("tbody tr").Length);
        Assert.Contains("1", first.Text(".pager span"));
        Assert.Contains("2", first.Text(".pager span"));
        Assert.Equal([$"Paging {tag} 26", $"Paging {tag} 27"], second.Texts("tbody td:first-child"));
        Assert.Null(second.Document.QuerySelector("a[rel=next]"));
        Assert.NotNull(second.Document.QuerySelector("a[rel=prev]"));
    }

    [Fact]
    public async Task An_empty_search_says_so()
    {
        var client = await app.AdministratorClientAsync();

        var page = await HtmlPage.GetAsync(client, $"/organisations?q=nothing-{Guid.NewGuid():N}");

        Assert.NotNull(page.Document.QuerySelector(".empty"));
        Assert.Empty(page.Document.QuerySelectorAll("tbody tr"));
    }

    [Fact]
    public async Task An_htmx_request_gets_the_results_alone()
    {
        var organisation = await app.PublicOrganisationAsync(Unique("Htmx"));
        var client = await app.AdministratorClientAsync();
        var request = new HttpRequestMessage(HttpMethod.Get, "/organisations?q=" + Uri.EscapeDataString(organisation.Name));
        request.Headers.Add("HX-Request", "true");

        var response = await client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<html", html);
        Assert.DoesNotContain("<form", html);
        Assert.Contains(organisation.Name, html);
    }

    [Fact]
    public async Task The_search_form_works_without_script_and_is_enhanced_for_htmx()
    {
        var client = await app.AdministratorClientAsync();

        var page = await HtmlPage.GetAsync(client, "/organisations");

        var form = page.Document.QuerySelector("form[role=search]")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("/organisations", form.GetAttribute("action"));
        Assert.Equal("#results", form.GetAttribute("data-hx-target"));
        Assert.Equal("true", form.GetAttribute("data-hx-push-url"));
        Assert.NotNull(page.Document.QuerySelector("a[href='/organisations/create']"));
    }

    [Fact]
    public async Task Sorting_and_paging_links_refresh_the_results_alone_while_organisation_links_open_their_page()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        for (var i = 1; i <= 26; i++) await app.PublicOrganisationAsync($"Links {tag} {i:00}");
        var client = await app.AdministratorClientAsync();

        var page = await HtmlPage.GetAsync(client, $"/organisations?q={tag}");

        foreach (var link in page.Document.QuerySelectorAll("th a, .pager a"))
        {
            Assert.Equal(link.GetAttribute("href"), link.GetAttribute("data-hx-get"));
            Assert.Equal("#results", link.GetAttribute("data-hx-target"));
        }
        Assert.All(page.Document.QuerySelectorAll("tbody a"), link => Assert.Null(link.GetAttribute("data-hx-get")));
        Assert.Null(page.Document.QuerySelector("[hx-boost], [data-hx-boost]"));
    }

    [Theory]
    [InlineData("en", "Incubator")]
    [InlineData("fr-FR", "Incubateur")]
    [InlineData("fr-CA", "Incubateur")]
    public async Task The_directory_speaks_the_readers_language(string language, string incubator)
    {
        var organisation = await app.PublicOrganisationAsync(Unique("Language"));
        var client = await app.AdministratorClientAsync();
        var request = new HttpRequestMessage(HttpMethod.Get, "/organisations?q=" + Uri.EscapeDataString(organisation.Name));
        request.Headers.AcceptLanguage.ParseAdd(language);

        var page = await HtmlPage.FromAsync(await client.SendAsync(request));

        Assert.Equal(incubator, page.Texts("tbody td")[1]);
        Assert.DoesNotContain("Kind.", page.Html);
        Assert.DoesNotContain("Side.", page.Html);
    }
}
