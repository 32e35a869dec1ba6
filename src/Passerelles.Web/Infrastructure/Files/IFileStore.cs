namespace Passerelles.Web.Infrastructure.Files;

/// <summary>Where every feature keeps its uploaded files, each under an area (the feature's kind of file, e.g.
/// "circle-resources") and a key (the random name the feature made). On SQLite the files are in folders of the data
/// path, one per area; on PostgreSQL they are in the database, so every instance serves them and backups carry them.
/// Content is streamed in and out: no implementation holds a whole file in memory.</summary>
public interface IFileStore
{
    /// <summary>Stores the content read to its end from <paramref name="content"/>, replacing any file of that key.</summary>
    Task SaveAsync(string area, string key, Stream content, CancellationToken cancellationToken = default);

    /// <summary>A stream of the file's content, to dispose of; null when there is no such file.</summary>
    Task<Stream?> OpenReadAsync(string area, string key, CancellationToken cancellationToken = default);

    /// <summary>Deletes the file; nothing happens when there is none.</summary>
    Task DeleteAsync(string area, string key, CancellationToken cancellationToken = default);

    Task<bool> ExistsAsync(string area, string key, CancellationToken cancellationToken = default);
}

public static class FileStoreSetup
{
    /// <summary>Chooses the store by database provider, in this one place: PostgreSQL keeps the files in its tables,
    /// SQLite in the data path's folders, as it always did.</summary>
    public static void AddFileStore(this WebApplicationBuilder builder, DatabaseSettings settings)
    {
        if (settings.Provider == DatabaseProvider.Postgres)
            builder.Services.AddSingleton<IFileStore>(_ => new PostgresFileStore(settings.ConnectionString));
        else
            builder.Services.AddSingleton<IFileStore>(new DiskFileStore(DataPath.Of(builder)));
    }

    /// <summary>Areas and keys become folder names and file names on disk: only lower-case letters, digits and dashes
    /// are accepted, so no name ever leaves its folder.</summary>
    internal static void Check(string area, string key)
    {
        if (!IsName(area, 40) || !IsName(key, 64)) throw new ArgumentException($"'{area}/{key}' is not a stored file's name.");
    }

    private static bool IsName(string name, int maxLength) =>
        name.Length is > 0 and var length && length <= maxLength && name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');
}
