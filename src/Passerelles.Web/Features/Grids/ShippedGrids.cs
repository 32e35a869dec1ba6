namespace Passerelles.Web.Features.Grids;

/// <summary>The three grids Passerelles ships, written in its own words (Shipped/*.json, embedded in the assembly).
/// At start-up, in every environment, a shipped grid whose key is absent is installed as published version 1; a grid
/// already there is left alone, whatever versions its users made since.</summary>
public static class ShippedGrids
{
    public const string SocialInnovation = "social-innovation-potential";
    public const string QuickScreen = "social-innovation-quick-screen";
    public const string PtceFeasibility = "ptce-feasibility";

    public static readonly IReadOnlyList<string> Keys = [SocialInnovation, QuickScreen, PtceFeasibility];

    public static GridDefinition Definition(string key)
    {
        var name = $"Passerelles.Web.Features.Grids.Shipped.{key}.json";
        using var stream = typeof(ShippedGrids).Assembly.GetManifestResourceStream(name)
                           ?? throw new InvalidOperationException($"The shipped grid {key} is missing from the assembly.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return GridFile.ReadShipped(buffer.ToArray(), key);
    }

    public static async Task EnsureAsync(AppDbContext db, Instant now)
    {
        var present = await db.Grids.Where(g => Keys.Contains(g.Key)).Select(g => g.Key).ToListAsync();
        foreach (var key in Keys.Except(present))
        {
            var definition = Definition(key);
            var grid = new Grid { Key = definition.Key, Subject = GridFile.SubjectOf(definition) };
            var version = GridFile.ToDraft(definition, grid.Id, 1);
            version.Publish(now, by: null);
            grid.Versions.Add(version);
            db.Grids.Add(grid);
        }
        if (db.ChangeTracker.HasChanges()) await db.SaveChangesAsync();
    }
}
