using Passerelles.Web.Features.Directory;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Tests.Directory;

/// <summary>A search looks at a bounded number of matches, so that a common word costs no more than a rare one.</summary>
public sealed class SearchLimitTests(AppFactory app) : SearchLimitBehaviour<AppFactory>(app);

/// <summary>The same, answered by the database's full-text search, as while the index in memory is rebuilt.</summary>
public sealed class SearchLimitWithoutIndexTests(DatabaseSearchApp app) : SearchLimitBehaviour<DatabaseSearchApp>(app);

public abstract class SearchLimitBehaviour<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    [Fact]
    public async Task Past_the_limit_the_count_says_more_than_and_pages_stop_at_the_limit()
    {
        var tag = DirectoryTesting.Tag();
        for (var i = 0; i < 5; i++) await app.OrganisationAsync($"Atelier {i} {tag}");

        var results = await app.WithDbAsync(db =>
            new DirectoryQuery(tag, PageSize: 2, Page: 9, MatchLimit: 3).RunAsync(db, DirectoryReader.Everyone, app.DirectoryIndex()));
        var listed = await app.WithDbAsync(db =>
            new DirectoryQuery(Region: "Lanaudière", PageSize: 2, MatchLimit: 3).RunAsync(db, DirectoryReader.Everyone, app.DirectoryIndex()));
        var within = await app.WithDbAsync(db =>
            new DirectoryQuery(tag, MatchLimit: 5).RunAsync(db, DirectoryReader.Everyone, app.DirectoryIndex()));

        Assert.True(results.MoreThanTotal);
        Assert.Equal(3, results.Total);
        Assert.Equal(2, results.PageCount);
        Assert.Equal(2, results.Page);
        Assert.Single(results.Rows);
        Assert.True(listed.MoreThanTotal);
        Assert.False(within.MoreThanTotal);
        Assert.Equal(5, within.Total);
    }

    [Fact]
    public async Task A_name_holding_every_word_is_found_even_when_other_matches_fill_the_limit()
    {
        var tag = DirectoryTesting.Tag();
        for (var i = 0; i < 4; i++)
        {
            await app.OrganisationAsync($"Maison {i} {DirectoryTesting.Tag()}", o => o.Description = $"Ateliers de vélo {tag}");
        }
        var named = await app.OrganisationAsync($"Vélo {tag}");

        var results = await app.WithDbAsync(db => new DirectoryQuery($"velo {tag}", MatchLimit: 2).RunAsync(db, DirectoryReader.Everyone, app.DirectoryIndex()));

        Assert.True(results.MoreThanTotal);
        Assert.Equal(named.Name, results.Rows[0].Name);
    }

    [Fact]
    public async Task A_long_word_found_as_typed_is_taken_as_typed_and_otherwise_as_the_start_of_a_word()
    {
        var tag = DirectoryTesting.Tag();
        await app.OrganisationAsync($"Habitat {tag}");
        await app.OrganisationAsync($"Habitations {tag}");

        var search = (string words) => app.WithDbAsync(db => new DirectoryQuery($"{tag} {words}").RunAsync(db, DirectoryReader.Visitor, app.DirectoryIndex()));
        var typed = await search("habitat");
        var typing = await search("habitati");
        var shortPrefix = await search("habit");

        Assert.Equal([$"Habitat {tag}"], typed.Rows.Select(r => r.Name));
        Assert.Equal([$"Habitations {tag}"], typing.Rows.Select(r => r.Name));
        Assert.Equal(2, shortPrefix.Total);
    }

    [Fact]
    public async Task The_names_searched_first_follow_renames_and_removals()
    {
        var tag = DirectoryTesting.Tag();
        for (var i = 0; i < 4; i++)
        {
            await app.OrganisationAsync($"Maison {i} {DirectoryTesting.Tag()}", o => o.Description = $"Ateliers de vélo {tag}");
        }
        var renamed = await app.OrganisationAsync($"Garage {tag}");
        var search = () => app.WithDbAsync(db => new DirectoryQuery($"velo {tag}", MatchLimit: 2).RunAsync(db, DirectoryReader.Everyone, app.DirectoryIndex()));
        var before = await search();

        await app.WithDbAsync(async db =>
        {
            (await db.Organisations.FindAsync(renamed.Id))!.Name = $"Vélo {tag}";
            await db.SaveChangesAsync();
        });
        var afterRename = await search();
        await app.WithDbAsync(async db =>
        {
            db.Organisations.Remove((await db.Organisations.FindAsync(renamed.Id))!);
            await db.SaveChangesAsync();
        });
        var afterRemoval = await search();

        Assert.DoesNotContain(before.Rows, r => r.Id == renamed.Id);
        Assert.Equal(renamed.Id, afterRename.Rows[0].Id);
        Assert.Equal($"Vélo {tag}", afterRename.Rows[0].Name);
        Assert.DoesNotContain(afterRemoval.Rows, r => r.Id == renamed.Id);
        Assert.True(afterRemoval.MoreThanTotal);
    }

    [Fact]
    public async Task The_word_being_typed_finds_longer_words_and_its_singular_and_the_others_their_plural()
    {
        var tag = DirectoryTesting.Tag();
        var youth = await app.OrganisationAsync($"Maison de la jeunesse {tag}");
        var young = await app.OrganisationAsync($"Un jeune {tag}");
        var pupils = await app.OrganisationAsync($"Les élèves {tag}");
        await app.OrganisationAsync($"Autre chose {tag}");

        var typing = await app.WithDbAsync(db => new DirectoryQuery($"{tag} jeunes", Sort: DirectorySort.Name).RunAsync(db, DirectoryReader.Everyone, app.DirectoryIndex()));
        var plural = await app.WithDbAsync(db => new DirectoryQuery($"eleve {tag}").RunAsync(db, DirectoryReader.Everyone, app.DirectoryIndex()));

        Assert.Equal([youth.Name, young.Name], typing.Rows.Select(r => r.Name));
        Assert.Equal([pupils.Name], plural.Rows.Select(r => r.Name));
    }

    [Fact]
    public async Task A_repeated_search_shows_changes_saved_since_the_first_one()
    {
        var tag = DirectoryTesting.Tag();
        var organisation = await app.OrganisationAsync($"Fabrique {tag}", o => o.IsPublic = true);
        var visitor = app.CreateClient();
        var before = await HtmlPage.GetAsync(visitor, $"/directory?q={tag}");

        await app.WithDbAsync(async db =>
        {
            var o = await db.Organisations.FindAsync(organisation.Id);
            o!.Name = $"Fabrique renommée {tag}";
            await db.SaveChangesAsync();
        });
        var renamed = await HtmlPage.GetAsync(visitor, $"/directory?q={tag}");
        await app.WithDbAsync(async db =>
        {
            db.Organisations.Remove((await db.Organisations.FindAsync(organisation.Id))!);
            await db.SaveChangesAsync();
        });
        var removed = await HtmlPage.GetAsync(visitor, $"/directory?q={tag}");

        Assert.Equal([organisation.Name], before.ResultNames());
        Assert.Equal([$"Fabrique renommée {tag}"], renamed.ResultNames());
        Assert.Empty(removed.ResultNames());
    }

    [Fact]
    public async Task The_page_tells_people_to_narrow_a_search_that_matches_too_much()
    {
        var tag = DirectoryTesting.Tag();
        await app.WithDbAsync(async db =>
        {
            for (var i = 0; i <= DirectoryQuery.DefaultMatchLimit; i++)
            {
                db.Organisations.Add(new Organisation
                {
                    Name = $"Épicerie {i} {tag}", Kind = OrganisationKind.Cooperative, Side = Side.France, CountryCode = "FR",
                    Region = "Nouvelle-Aquitaine", DefaultCulture = "fr-FR", TimeZoneId = "Europe/Paris", IsPublic = true,
                });
            }
            await db.SaveChangesAsync();
        });
        var client = await app.MemberClientAsync("en");

        var page = await HtmlPage.GetAsync(client, $"/directory?q=epicerie+{tag}");

        Assert.Equal("More than 500 organisations: add a word or a filter to narrow the search.", page.Text(".result-count"));
        Assert.Equal(DirectoryQuery.DefaultPageSize, page.ResultNames().Count);
        Assert.Contains("Page 1 of 20", page.Text(".pager"));
    }
}
