using Microsoft.Extensions.DependencyInjection;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Passerelles.Web.Data;
using Passerelles.Web.Infrastructure.Files;

namespace Passerelles.Tests;

/// <summary>What the file store holds, seen from the tests on either provider: the area's folder on SQLite, the
/// database's stored files on PostgreSQL.</summary>
public static class StoredFilesTesting
{
    public static async Task<int> StoredFileCountAsync(this AppFactory app, string area)
    {
        if (app.Provider == DatabaseProvider.Postgres) return await app.WithDbAsync(db => db.StoredFiles.CountAsync(f => f.Area == area));
        var dataPath = DataPath.Resolve(app.Services.GetRequiredService<IConfiguration>(), app.Services.GetRequiredService<IWebHostEnvironment>().ContentRootPath);
        var folder = Path.Combine(dataPath, area);
        return System.IO.Directory.Exists(folder) ? System.IO.Directory.GetFiles(folder).Length : 0;
    }

    /// <summary>Stores a text under a name of the test's choosing, as a feature would have.</summary>
    public static Task StoreFileAsync(this AppFactory app, string area, string key, string text) =>
        app.Services.GetRequiredService<IFileStore>().SaveAsync(area, key, new MemoryStream(Encoding.UTF8.GetBytes(text)));

    /// <summary>The whole content of a stored file; null when there is none.</summary>
    public static async Task<byte[]?> ReadAllAsync(this Task<Stream?> opening)
    {
        await using var stream = await opening;
        if (stream is null) return null;
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer);
        return buffer.ToArray();
    }
}
