using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Passerelles.Web.Features.Directory;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Tests.Directory;

/// <summary>The directory's index in memory answers searches only while it holds the database's latest data, whoever
/// wrote it, and answers them as the database would.</summary>
public sealed class DirectoryIndexTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_change_written_straight_to_the_database_is_searched_at_once()
    {
        // As another instance of the application would write it: past this one's interceptors and results cache.
        var tag = DirectoryTesting.Tag();
        var organisation = await app.OrganisationAsync($"Ancien nom {tag}");
        var before = await SearchAsync($"ancien {tag}");

        await app.WithDbAsync(db => db.Database.ExecuteSqlAsync(
            $"""UPDATE "Organisations" SET "Name" = {"Nouveau nom " + tag} WHERE "NameOrder" = {organisation.NameOrder}"""));
        await app.WithDbAsync(db => db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "OrganisationThemes" ("OrganisationId", "Name") SELECT "Id", 'Youth' FROM "Organisations" WHERE "NameOrder" = {organisation.NameOrder}"""));

        Assert.Equal([$"Ancien nom {tag}"], before.Rows.Select(r => r.Name));
        Assert.Empty((await SearchAsync($"ancien {tag}")).Rows);
        Assert.Equal([$"Nouveau nom {tag}"], (await SearchAsync($"jeunesse nouveau {tag}")).Rows.Select(r => r.Name));
        Assert.Equal(["Youth"], (await SearchAsync($"nouveau {tag}")).Rows.Single().Themes);
        await app.WithDbAsync(async db => Assert.NotNull(await CurrentIndexAsync(db)));
    }

    [Fact]
    public async Task The_index_answers_searches_as_the_database_does()
    {
        var tag = DirectoryTesting.Tag();
        await app.OrganisationAsync($"Coopérative d'habitation {tag}", o => o.Description = $"Logement des jeunes à Joliette {tag}", "Youth", "logement");
        await app.OrganisationAsync($"Habitat Jeunes Tarnos {tag}",
            o => (o.Side, o.CountryCode, o.Region, o.Locality, o.LegalForm, o.Kind) = (Side.France, "FR", "Nouvelle-Aquitaine", "Tarnos", "Association loi 1901", OrganisationKind.YouthHousing),
            "Innovation");
        var privateOne = await app.OrganisationAsync($"Privée {tag}", o => (o.IsPublic, o.Description) = (false, "habitation"));
        await app.OrganisationAsync($"Autre privée {tag}", o => (o.IsPublic, o.Description) = (false, "habitation"));
        await app.OrganisationAsync($"Œuvre {tag}", o => o.Description = "tiers-lieu");
        var (everyone, visitor) = (DirectoryReader.Everyone, DirectoryReader.Visitor);
        var member = new DirectoryReader(false, new SortedSet<Guid> { privateOne.Id });

        foreach (var (words, side, kind, reader) in new (string, Side?, OrganisationKind?, DirectoryReader)[]
                 {
                     ($"{tag}", null, null, everyone), ($"{tag}", null, null, visitor), ($"habitation {tag}", null, null, everyone),
                     ($"jeune {tag}", null, null, visitor), ($"{tag} hab", null, null, everyone), ($"{tag}", Side.France, null, visitor),
                     ($"{tag}", null, OrganisationKind.YouthHousing, everyone), ($"oeuvre tiers lieu {tag}", null, null, visitor),
                     ($"innovation sociale {tag}", null, null, visitor), ($"habitation logement {tag}", null, null, visitor),
                     ($"{tag}", null, null, member), ($"habitation {tag}", null, null, member), ($"privee {tag}", Side.Quebec, null, member),
                     ($"{tag}", Side.France, null, member),
                 })
        {
            var query = new DirectoryQuery(words, side, kind);
            var fromMemory = await app.WithDbAsync(db => query.RunAsync(db, reader, app.DirectoryIndex()));
            var fromDatabase = await app.WithDbAsync(db => query.RunAsync(db, reader, index: null));

            Assert.Equal(JsonSerializer.Serialize(fromDatabase), JsonSerializer.Serialize(fromMemory));
        }
        var membersSearch = await app.WithDbAsync(db => new DirectoryQuery($"habitation {tag}").RunAsync(db, member, app.DirectoryIndex()));
        Assert.Contains(privateOne.Name, membersSearch.Rows.Select(r => r.Name));
        Assert.DoesNotContain($"Autre privée {tag}", membersSearch.Rows.Select(r => r.Name));
        await app.WithDbAsync(async db => Assert.NotNull(await CurrentIndexAsync(db)));
    }

    [Fact]
    public async Task A_directory_of_many_words_is_searched_from_the_index_as_from_the_database()
    {
        // Enough different words (18,000) for the index's packed texts to span several blocks, and for the numbers of
        // an organisation's words to differ by more than two bytes can hold. Every search finds fewer than the 500
        // matches a search looks at: past them, which 500 the database gives is its own choice.
        var tag = DirectoryTesting.Tag();
        await app.WithDbAsync(async db =>
        {
            for (var i = 0; i < 600; i++)
            {
                db.Organisations.Add(new Organisation
                {
                    Name = $"Coopérative {tag} n° {i} des Îles-de-la-Madeleine",
                    Description = string.Join(' ', Enumerable.Range(0, 30).Select(w => $"mot{tag}x{i}x{w}")),
                    Kind = i % 2 == 0 ? OrganisationKind.Cooperative : OrganisationKind.Association,
                    Side = i % 3 == 0 ? Side.France : Side.Quebec,
                    CountryCode = i % 3 == 0 ? "FR" : "CA",
                    Region = "Lanaudière",
                    LegalForm = "OBNL",
                    DefaultCulture = "fr-CA",
                    TimeZoneId = "America/Toronto",
                    IsPublic = i % 5 != 0,
                });
            }
            await db.SaveChangesAsync();
        });

        var (everyone, visitor) = (DirectoryReader.Everyone, DirectoryReader.Visitor);
        foreach (var (words, side, kind, reader) in new (string, Side?, OrganisationKind?, DirectoryReader)[]
                 {
                     ($"{tag}", null, OrganisationKind.Cooperative, visitor), ($"{tag} iles madeleine", Side.France, null, visitor), ($"mot{tag}x599x29", null, null, everyone),
                     ($"mot{tag}x3", null, null, everyone), ($"mot{tag}x0x0 {tag}", null, null, visitor), ($"cooperative {tag}", null, OrganisationKind.Cooperative, everyone),
                 })
        {
            var query = new DirectoryQuery(words, side, kind);
            var fromMemory = await app.WithDbAsync(db => query.RunAsync(db, reader, app.DirectoryIndex()));
            var fromDatabase = await app.WithDbAsync(db => query.RunAsync(db, reader, index: null));

            Assert.Equal(JsonSerializer.Serialize(fromDatabase), JsonSerializer.Serialize(fromMemory));
        }
        Assert.Equal([$"Coopérative {tag} n° 599 des Îles-de-la-Madeleine"], (await SearchAsync($"mot{tag}x599x29")).Rows.Select(r => r.Name));
        var publicInFrance = await app.WithDbAsync(db => new DirectoryQuery($"{tag} iles madeleine", Side.France).RunAsync(db, DirectoryReader.Visitor, app.DirectoryIndex()));
        Assert.Equal(600 / 3 - 600 / 15, publicInFrance.Total);
        await app.WithDbAsync(async db => Assert.NotNull(await CurrentIndexAsync(db)));
    }

    private Task<DirectoryQuery.Results> SearchAsync(string words) =>
        app.WithDbAsync(db => new DirectoryQuery(words).RunAsync(db, DirectoryReader.Everyone, app.DirectoryIndex()));

    private async Task<DirectoryIndexSnapshot?> CurrentIndexAsync(Passerelles.Web.Data.AppDbContext db)
    {
        await db.Database.OpenConnectionAsync();
        return await app.DirectoryIndex().CurrentAsync(db, CancellationToken.None);
    }
}
