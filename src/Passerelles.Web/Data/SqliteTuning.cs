using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Passerelles.Web.Data;

/// <summary>Settings SQLite keeps per connection, applied each time one is opened: a writer waits for another rather
/// than failing at once. (Memory mapping and a larger page cache were measured too: they multiply the app's resident
/// memory by the number of pooled connections for little gain, the operating system caching the file already.)</summary>
public sealed class SqliteTuning : DbConnectionInterceptor
{
    public const string Pragmas = "PRAGMA busy_timeout = 5000;";

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
