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
        await app.OrganisationAsync($"Privée {tag}", o => (o.IsPublic, o.Description) = (false, "habitation"));
        await app.OrganisationAsync($"Œuvre {tag}", o => o.Description = "tiers-lieu");

        foreach (var (words, side, kind, publicOnly) in new (string, Side?, OrganisationKind?, bool)[]
                 {
                     ($"{tag}", null, null, false), ($"{tag}", null, null, true), ($"habitation {tag}", null, null, false),
                     ($"jeune {tag}", null, null, true), ($"{tag} hab", null, null, false), ($"{tag}", Side.France, null, true),
                     ($"{tag}", null, OrganisationKind.YouthHousing, false), ($"oeuvre tiers lieu {tag}", null, null, true),
                     ($"innovation sociale {tag}", null, null, true), ($"habitation logement {tag}", null, null, true),
                 })
        {
            var query = new DirectoryQuery(words, side, kind);
            var fromMemory = await app.WithDbAsync(db => query.RunAsync(db, publicOnly, app.DirectoryIndex()));
            var fromDatabase = await app.WithDbAsync(db => query.RunAsync(db, publicOnly, index: null));

            Assert.Equal(JsonSerializer.Serialize(fromDatabase), JsonSerializer.Serialize(fromMemory));
        }
        await app.WithDbAsync(async db => Assert.NotNull(await CurrentIndexAsync(db)));
    }

    private Task<DirectoryQuery.Results> SearchAsync(string words) =>
        app.WithDbAsync(db => new DirectoryQuery(words).RunAsync(db, publicOnly: false, app.DirectoryIndex()));

    private async Task<DirectoryIndexSnapshot?> CurrentIndexAsync(Passerelles.Web.Data.AppDbContext db)
    {
        await db.Database.OpenConnectionAsync();
        return await app.DirectoryIndex().CurrentAsync(db, CancellationToken.None);
    }
}
