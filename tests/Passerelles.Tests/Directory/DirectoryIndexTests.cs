using Microsoft.EntityFrameworkCore;
using Passerelles.Web.Features.Directory;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Tests.Directory;

/// <summary>The directory's search index reads French as people type it, filters, and follows every saved change
/// through the change log, on every instance of the application, without indexing the whole directory again.</summary>
public sealed class DirectoryIndexTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("Les élèves du {0}", "ELEVE {0}")]
    [InlineData("Coopérative de solidarité {0}", "cooperatives solidarite {0}")]
    [InlineData("Société d'économie mixte {0}", "societe economie {0}")]
    [InlineData("L'Atelier des Îles {0}", "{0} l’atelier iles")]
    [InlineData("L'Espace412 {0}", "espace 412 {0}")]
    [InlineData("L'Espace412 {0}", "{0} espace412")]
    [InlineData("L'Espace 412 {0}", "{0} L'Espace412")]
    [InlineData("Œuvres sociales {0}", "oeuvre {0}")]
    public async Task The_index_reads_french_accents_elisions_plurals_and_words_run_together(string name, string search)
    {
        var tag = DirectoryTesting.Tag();
        await app.OrganisationAsync(string.Format(name, tag));
        await app.OrganisationAsync($"Autre chose {tag}");

        var results = await SearchAsync(string.Format(search, tag));

        Assert.Equal([string.Format(name, tag)], results.Rows.Select(r => r.Name));
    }

    [Fact]
    public async Task A_code_of_letters_around_a_number_finds_its_holder_not_everyone_with_the_number()
    {
        var number = Random.Shared.Next(100_000, 1_000_000);
        await app.OrganisationAsync($"Atelier a{number}b");
        await app.OrganisationAsync($"Épicerie {number}");

        var results = await SearchAsync($"a{number}b");

        Assert.Equal([$"Atelier a{number}b"], results.Rows.Select(r => r.Name));
    }

    [Fact]
    public async Task The_index_filters_by_side_kind_region_legal_form_theme_and_publicness()
    {
        var tag = DirectoryTesting.Tag();
        var quebec = await app.OrganisationAsync($"Fabrique {tag} Joliette", null, "Digital");
        var france = await app.OrganisationAsync($"Fabrique {tag} Tarnos",
            o => (o.Side, o.CountryCode, o.Region, o.LegalForm, o.Kind) = (Side.France, "FR", "Nouvelle-Aquitaine", "SCIC", OrganisationKind.Cooperative), "Youth");
        var hidden = await app.OrganisationAsync($"Fabrique {tag} Privée", o => o.IsPublic = false);
        var member = new DirectoryReader(false, new SortedSet<Guid> { hidden.Id });

        Assert.Equal([quebec.Name], await NamesAsync(new DirectoryQuery(tag, Side: Side.Quebec), DirectoryReader.Visitor));
        Assert.Equal([france.Name], await NamesAsync(new DirectoryQuery(tag, Kind: OrganisationKind.Cooperative), DirectoryReader.Visitor));
        Assert.Equal([france.Name], await NamesAsync(new DirectoryQuery(tag, Region: "Nouvelle-Aquitaine"), DirectoryReader.Visitor));
        Assert.Equal([france.Name], await NamesAsync(new DirectoryQuery(tag, LegalForm: "SCIC"), DirectoryReader.Visitor));
        Assert.Equal([quebec.Name], await NamesAsync(new DirectoryQuery(tag, Themes: ["Digital"]), DirectoryReader.Visitor));
        Assert.Equal([france.Name], await NamesAsync(new DirectoryQuery($"jeunesse {tag}"), DirectoryReader.Visitor));
        Assert.Equal([quebec.Name, france.Name], await NamesAsync(new DirectoryQuery(tag, Sort: DirectorySort.Name), DirectoryReader.Visitor));
        Assert.Equal([quebec.Name, hidden.Name, france.Name], await NamesAsync(new DirectoryQuery(tag, Sort: DirectorySort.Name), member));
        Assert.Equal([quebec.Name, hidden.Name, france.Name], await NamesAsync(new DirectoryQuery(tag, Sort: DirectorySort.Name), DirectoryReader.Everyone));
    }

    [Fact]
    public async Task Relevance_puts_names_holding_the_words_first_the_shortest_first_then_by_name()
    {
        var tag = DirectoryTesting.Tag();
        await app.OrganisationAsync($"Ressourcerie {tag} du Val", o => o.Description = "Réemploi et réparation");
        await app.OrganisationAsync($"Atelier {tag}", o => o.Description = "Une ressourcerie de quartier");
        await app.OrganisationAsync($"Ressourcerie {tag} Brest");
        await app.OrganisationAsync($"Ressourcerie {tag} Arles");

        Assert.Equal([$"Ressourcerie {tag} Arles", $"Ressourcerie {tag} Brest", $"Ressourcerie {tag} du Val", $"Atelier {tag}"],
            await NamesAsync(new DirectoryQuery($"ressourcerie {tag}"), DirectoryReader.Everyone));
    }

    [Fact]
    public async Task Past_the_limit_the_count_says_more_than_and_a_name_holding_the_word_still_comes_first()
    {
        var tag = DirectoryTesting.Tag();
        for (var i = 0; i < 6; i++) await app.OrganisationAsync($"Atelier {i} {tag[..4]}", o => o.Description = $"Partenaire de {tag}");
        await app.OrganisationAsync($"Zèbre {tag}");
        var index = await BuiltIndexAsync();

        var results = await app.WithDbAsync(db => new DirectoryQuery(tag, MatchLimit: 3).RunAsync(db, DirectoryReader.Everyone, index));

        Assert.Equal((3, true), (results.Total, results.MoreThanTotal));
        Assert.Equal($"Zèbre {tag}", results.Rows[0].Name);
        Assert.Equal(3, results.Rows.Count);
    }

    [Fact]
    public async Task An_edit_is_found_by_the_next_search_without_indexing_the_directory_again()
    {
        var tag = DirectoryTesting.Tag();
        var organisation = await app.OrganisationAsync($"Ancien nom {tag}");
        var index = await BuiltIndexAsync();
        var before = await SearchAsync($"ancien {tag}");
        var (builds, reindexed) = (index.FullBuilds, index.Reindexed);

        await app.WithDbAsync(async db =>
        {
            var stored = await db.Organisations.Include(o => o.Themes).SingleAsync(o => o.Id == organisation.Id);
            stored.Name = $"Nouveau nom {tag}";
            stored.Themes.Add(new OrganisationTheme { Name = "Youth" });
            await db.SaveChangesAsync();
        });

        Assert.Equal([organisation.Name], before.Rows.Select(r => r.Name));
        Assert.Empty((await SearchAsync($"ancien {tag}")).Rows);
        Assert.Equal([$"Nouveau nom {tag}"], (await SearchAsync($"jeunesse nouveau {tag}")).Rows.Select(r => r.Name));
        Assert.Equal(["Youth"], (await SearchAsync($"nouveau {tag}")).Rows.Single().Themes);
        Assert.Equal(builds, index.FullBuilds);
        Assert.Equal(1, index.FullBuilds);
        Assert.Equal(reindexed + 1, index.Reindexed);
    }

    [Fact]
    public async Task A_removed_organisation_leaves_the_index()
    {
        var tag = DirectoryTesting.Tag();
        var organisation = await app.OrganisationAsync($"Éphémère {tag}");
        await BuiltIndexAsync();
        var before = await SearchAsync(tag);

        await app.WithDbAsync(async db =>
        {
            db.Organisations.Remove(await db.Organisations.SingleAsync(o => o.Id == organisation.Id));
            await db.SaveChangesAsync();
        });

        Assert.Equal([organisation.Name], before.Rows.Select(r => r.Name));
        Assert.Empty((await SearchAsync(tag)).Rows);
    }

    [Fact]
    public async Task An_edit_through_one_instance_is_found_by_the_next_search_of_another()
    {
        var tag = DirectoryTesting.Tag();
        await using var other = new AppFactory().WithSetting("ConnectionStrings:Passerelles", app.ConnectionString);
        var organisation = await app.OrganisationAsync($"Maison {tag}");
        await BuiltIndexAsync();
        var otherIndex = other.DirectoryIndex();
        await otherIndex.BuildAsync(CancellationToken.None);
        var seenByOther = await other.WithDbAsync(db => new DirectoryQuery(tag).RunAsync(db, DirectoryReader.Everyone, otherIndex));

        await other.WithDbAsync(async db =>
        {
            (await db.Organisations.SingleAsync(o => o.Id == organisation.Id)).Name = $"Maison renommée {tag}";
            db.Organisations.Add(new Organisation
            {
                Name = $"Nouvelle venue {tag}", Kind = OrganisationKind.Association, Side = Side.France, CountryCode = "FR", IsPublic = true,
            });
            await db.SaveChangesAsync();
        });
        var seenHere = await SearchAsync(tag);

        Assert.Equal([organisation.Name], seenByOther.Rows.Select(r => r.Name));
        Assert.Equal([$"Maison renommée {tag}", $"Nouvelle venue {tag}"], seenHere.Rows.Select(r => r.Name).Order());
        Assert.Equal(1, app.DirectoryIndex().FullBuilds);
        Assert.Equal(1, otherIndex.FullBuilds);
    }

    private async Task<DirectoryIndex> BuiltIndexAsync()
    {
        var index = app.DirectoryIndex();
        await index.BuildAsync(CancellationToken.None);
        return index;
    }

    private async Task<DirectoryQuery.Results> SearchAsync(string words)
    {
        var index = await BuiltIndexAsync();
        return await app.WithDbAsync(db => new DirectoryQuery(words).RunAsync(db, DirectoryReader.Everyone, index));
    }

    private async Task<List<string>> NamesAsync(DirectoryQuery query, DirectoryReader reader)
    {
        var index = await BuiltIndexAsync();
        return (await app.WithDbAsync(db => query.RunAsync(db, reader, index))).Rows.Select(r => r.Name).ToList();
    }
}
