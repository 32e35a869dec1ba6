using Microsoft.EntityFrameworkCore;
using Passerelles.Web.Features.Directory;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Tests.Directory;

/// <summary>Results in name order follow every addition and renaming, also when new names crowd one spot.</summary>
public sealed class NameOrderTests(AppFactory app) : NameOrderBehaviour<AppFactory>(app);

/// <summary>The same, answered by the database's full-text search, as while the index in memory is rebuilt.</summary>
public sealed class NameOrderWithoutIndexTests(DatabaseSearchApp app) : NameOrderBehaviour<DatabaseSearchApp>(app);

public abstract class NameOrderBehaviour<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    [Fact]
    public async Task Names_added_one_after_another_in_the_same_spot_stay_in_order_and_searchable()
    {
        var tag = DirectoryTesting.Tag();
        await app.OrganisationAsync($"{tag} c");
        await app.OrganisationAsync($"{tag} b");
        // Each name falls between the previous one and "c".
        var names = new List<string> { $"{tag} b", $"{tag} c" };
        for (var i = 1; i <= 70; i++)
        {
            var name = $"{tag} b{new string('a', i)}";
            names.Add(name);
            await app.OrganisationAsync(name);
        }

        var results = await app.WithDbAsync(db =>
            new DirectoryQuery(tag, Sort: DirectorySort.Name, PageSize: 100).RunAsync(db, DirectoryReader.Visitor, app.DirectoryIndex()));

        Assert.Equal(names.Order(StringComparer.Ordinal), results.Rows.Select(r => r.Name));
    }

    [Fact]
    public async Task Names_saved_together_and_renamed_take_their_place_among_the_others()
    {
        var tag = DirectoryTesting.Tag();
        await app.OrganisationAsync($"{tag} Mauricie");
        await app.OrganisationAsync($"{tag} Bas-Saint-Laurent");
        string[] together = ["Outaouais", "Abitibi", "Côte-Nord", "Laval", "Estrie", "Gaspésie", "Nord-du-Québec", "Montérégie"];
        await app.WithDbAsync(async db =>
        {
            foreach (var region in together)
            {
                db.Organisations.Add(new Organisation
                {
                    Name = $"{tag} {region}", Kind = OrganisationKind.Association, Side = Side.Quebec, CountryCode = "CA", IsPublic = true,
                });
            }
            await db.SaveChangesAsync();
        });
        await app.WithDbAsync(async db =>
        {
            var renamed = await db.Organisations.SingleAsync(o => o.Name == $"{tag} Mauricie");
            renamed.Name = $"{tag} Chaudière-Appalaches";
            await db.SaveChangesAsync();
        });

        var byName = await app.WithDbAsync(db => new DirectoryQuery(tag, Sort: DirectorySort.Name).RunAsync(db, DirectoryReader.Visitor, app.DirectoryIndex()));

        string[] expected = ["Abitibi", "Bas-Saint-Laurent", "Chaudière-Appalaches", "Côte-Nord", "Estrie", "Gaspésie", "Laval", "Montérégie", "Nord-du-Québec", "Outaouais"];
        Assert.Equal(expected.Select(r => $"{tag} {r}"), byName.Rows.Select(r => r.Name));
        var mauricie = await app.WithDbAsync(db => new DirectoryQuery($"{tag} mauricie").RunAsync(db, DirectoryReader.Visitor, app.DirectoryIndex()));
        Assert.Empty(mauricie.Rows);
    }

    [Fact]
    public async Task A_member_sees_public_and_private_organisations_merged_in_order_and_a_visitor_only_the_public_ones()
    {
        var tag = DirectoryTesting.Tag();
        await app.OrganisationAsync($"Atelier {tag} Dauphin", o => o.IsPublic = false);
        await app.OrganisationAsync($"Atelier {tag} Brochet");
        await app.OrganisationAsync($"Atelier {tag} Espadon");
        await app.OrganisationAsync($"Atelier {tag} Anguille", o => o.IsPublic = false);
        await app.OrganisationAsync($"Atelier {tag} Cabillaud", o => o.IsPublic = false);
        await app.OrganisationAsync($"Coopérative {tag} Lotte", o => o.Description = "Un atelier");

        var member = await app.WithDbAsync(db => new DirectoryQuery($"atelier {tag}").RunAsync(db, DirectoryReader.Everyone, app.DirectoryIndex()));
        var visitor = await app.WithDbAsync(db => new DirectoryQuery($"atelier {tag}").RunAsync(db, DirectoryReader.Visitor, app.DirectoryIndex()));
        var privateOnes = await app.WithDbAsync(db =>
            new DirectoryQuery($"{tag} dauphin").RunAsync(db, DirectoryReader.Visitor, app.DirectoryIndex()));

        // Names holding every word first, shortest first, then alphabetical; then the other matches.
        Assert.Equal(
            ["Brochet", "Dauphin", "Espadon", "Anguille", "Cabillaud", "Lotte"],
            member.Rows.Select(r => r.Name.Split(' ')[^1]));
        Assert.Equal(["Brochet", "Espadon", "Lotte"], visitor.Rows.Select(r => r.Name.Split(' ')[^1]));
        Assert.Empty(privateOnes.Rows);
    }

    [Fact]
    public async Task Side_and_kind_filter_a_search_and_follow_changes()
    {
        var tag = DirectoryTesting.Tag();
        var changing = await app.OrganisationAsync($"Habitat {tag} Joliette");
        await app.OrganisationAsync($"Habitat {tag} Tarnos", o => (o.Side, o.CountryCode, o.Kind) = (Side.France, "FR", OrganisationKind.Cooperative));

        var search = (Side? side, OrganisationKind? kind) =>
            app.WithDbAsync(db => new DirectoryQuery($"habitat {tag}", Side: side, Kind: kind).RunAsync(db, DirectoryReader.Visitor, app.DirectoryIndex()));
        var france = await search(Side.France, null);
        var cooperatives = await search(null, OrganisationKind.Cooperative);
        await app.WithDbAsync(async db =>
        {
            var organisation = await db.Organisations.SingleAsync(o => o.Id == changing.Id);
            organisation.Kind = OrganisationKind.Cooperative;
            organisation.IsPublic = false;
            await db.SaveChangesAsync();
        });
        var cooperativesAfter = await search(null, OrganisationKind.Cooperative);
        var memberCooperatives = await app.WithDbAsync(db => new DirectoryQuery($"habitat {tag}", Kind: OrganisationKind.Cooperative).RunAsync(db, DirectoryReader.Everyone, app.DirectoryIndex()));

        Assert.Equal([$"Habitat {tag} Tarnos"], france.Rows.Select(r => r.Name));
        Assert.Equal([$"Habitat {tag} Tarnos"], cooperatives.Rows.Select(r => r.Name));
        Assert.Equal([$"Habitat {tag} Tarnos"], cooperativesAfter.Rows.Select(r => r.Name));
        Assert.Equal([$"Habitat {tag} Tarnos", $"Habitat {tag} Joliette"], memberCooperatives.Rows.Select(r => r.Name).OrderDescending());
    }
}
