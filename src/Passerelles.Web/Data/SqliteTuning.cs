using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Passerelles.Web.Data;

/// <summary>Settings SQLite keeps per connection, applied each time one is opened: the file is read through memory
/// mapping rather than a system call per page, with a larger page cache, and a writer waits for another rather than
/// failing at once.</summary>
public sealed class SqliteTuning : DbConnectionInterceptor
{
    public const string Pragmas = "PRAGMA mmap_size = 1073741824; PRAGMA cache_size = -32768; PRAGMA busy_timeout = 5000;";

    public static readonly SqliteTuning Instance = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }
}
