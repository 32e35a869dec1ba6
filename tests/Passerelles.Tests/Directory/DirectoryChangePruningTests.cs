using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Passerelles.Web.Features.Directory;

namespace Passerelles.Tests.Directory;

/// <summary>The directory's change log does not grow forever: entries older than a day are deleted, and an instance
/// that had not read them indexes the whole directory again, once, instead of missing what they changed.</summary>
public sealed class DirectoryChangePruningTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Entries_older_than_a_day_are_deleted_but_the_newest_is_kept()
    {
        var tag = DirectoryTesting.Tag();
        var old = await app.OrganisationAsync($"Ancienne {tag}");
        app.Clock.Advance(TimeSpan.FromHours(23));
        var recent = await app.OrganisationAsync($"Récente {tag}");

        app.Clock.Advance(TimeSpan.FromHours(2));
        await PruneAsync();
        var afterADay = await LoggedAsync(old.Id, recent.Id);
        app.Clock.Advance(TimeSpan.FromDays(2));
        await PruneAsync();
        var newestKept = await LoggedAsync(old.Id, recent.Id);

        Assert.Equal([recent.Id], afterADay);
        Assert.Equal([recent.Id], newestKept);
    }

    [Fact]
    public async Task An_instance_that_missed_pruned_entries_indexes_the_directory_again_once_and_one_that_read_them_does_not()
    {
        var tag = DirectoryTesting.Tag();
        await using var other = new AppFactory().WithSetting("ConnectionStrings:Passerelles", app.ConnectionString);
        var renamed = await app.OrganisationAsync($"Maison {tag}");
        var here = app.DirectoryIndex();
        var there = other.DirectoryIndex();
        await here.BuildAsync(CancellationToken.None);
        await there.BuildAsync(CancellationToken.None);
        // Both instances up to date before the scenario.
        await SearchAsync(app, here, tag);
        await SearchAsync(other, there, tag);
        var (buildsHere, buildsThere) = (here.FullBuilds, there.FullBuilds);

        await RenameAsync(renamed.Id, $"Maison renommée {tag}");
        // This instance reads the rename; the other reads nothing until after the pruning.
        var seenHere = await SearchAsync(app, here, tag);
        app.Clock.Advance(TimeSpan.FromDays(2));
        var added = await app.OrganisationAsync($"Nouvelle venue {tag}");
        await PruneAsync();
        var stillHere = await SearchAsync(app, here, tag);
        var seenThere = await SearchAsync(other, there, tag);
        var seenThereAgain = await SearchAsync(other, there, tag);

        Assert.Equal([$"Maison renommée {tag}"], seenHere);
        Assert.Equal([$"Maison renommée {tag}", added.Name], stillHere);
        Assert.Equal([$"Maison renommée {tag}", added.Name], seenThere);
        Assert.Equal(seenThere, seenThereAgain);
        Assert.Equal(buildsHere, here.FullBuilds);
        Assert.Equal(buildsThere + 1, there.FullBuilds);
    }

    private Task PruneAsync() =>
        app.WithDbAsync(db => app.Services.GetRequiredService<DirectoryChangePruning>().PruneAsync(db, CancellationToken.None));

    private Task<List<Guid>> LoggedAsync(params Guid[] ids) =>
        app.WithDbAsync(db => db.DirectoryChanges.Where(c => ids.Contains(c.OrganisationId)).Select(c => c.OrganisationId).ToListAsync());

    private Task RenameAsync(Guid id, string name) =>
        app.WithDbAsync(async db =>
        {
            (await db.Organisations.SingleAsync(o => o.Id == id)).Name = name;
            await db.SaveChangesAsync();
        });

    private static async Task<List<string>> SearchAsync(AppFactory instance, DirectoryIndex index, string words) =>
        (await instance.WithDbAsync(db => new DirectoryQuery(words, Sort: DirectorySort.Name).RunAsync(db, DirectoryReader.Everyone, index)))
        .Rows.Select(r => r.Name).ToList();
}
