namespace Passerelles.Web.Infrastructure.Files;

/// <summary>The files in folders of the data path, one per area (circle-resources/, documents/, ...), each file under
/// its key: the layout SQLite installations have always had, outside the web root.</summary>
public sealed class DiskFileStore(string root) : IFileStore
{
    public async Task SaveAsync(string area, string key, Stream content, CancellationToken cancellationToken = default)
    {
        var path = PathOf(area, key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // Written beside, then moved into place: a reader never sees half a file.
        var partial = path + ".partial";
        await using (var target = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            await content.CopyToAsync(target, cancellationToken);
        File.Move(partial, path, overwrite: true);
    }

    public Task<Stream?> OpenReadAsync(string area, string key, CancellationToken cancellationToken = default)
    {
        try
        {
            return Task.FromResult<Stream?>(new FileStream(PathOf(area, key), FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 81920, useAsync: true));
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return Task.FromResult<Stream?>(null);
        }
    }

    public Task DeleteAsync(string area, string key, CancellationToken cancellationToken = default)
    {
        File.Delete(PathOf(area, key));
        return Task.CompletedTask;
    }

    public Task<bool> ExistsAsync(string area, string key, CancellationToken cancellationToken = default) =>
        Task.FromResult(File.Exists(PathOf(area, key)));

    private string PathOf(string area, string key)
    {
        FileStoreSetup.Check(area, key);
        return Path.Combine(root, area, key);
    }
}
